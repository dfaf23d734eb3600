import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importMSProjectXML } from '../../src/io/mspdi/read.js';
import { toMSProjectXML } from '../../src/io/mspdi/write.js';
import type { ProjectData } from '../../src/model/types.js';
import { schedule } from '../../src/schedule/schedule.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const shared = resolve(process.env.ROADLINE_SHARED_DATA ?? join(here, '../../../../../shared/data'));
const sample = join(shared, 'mspdi', 'sample.xml');

describe('MSPDI resources and assignments', () => {
  it('sample.xml task 2: two people at 50 % and 75 % on different calendars finish where Project says', (t) => {
    if (!existsSync(sample)) return t.skip('shared data not present');
    const { data } = importMSProjectXML(readFileSync(sample, 'utf8'));
    assert.deepEqual(
      data.assignments?.filter((a) => a.taskId === '2'),
      [
        { taskId: '2', personId: '1', units: 50, work: 200 },
        { taskId: '2', personId: '2', units: 75, work: 300 },
      ],
    );
    assert.equal(data.people?.[0]?.calendarId, '3');
    assert.equal(data.people?.[1]?.calendarId, '4');
    assert.equal(data.people?.[0]?.costPerHour, 10);
    const task = schedule(data).tasks.get('2');
    assert.equal(task?.start, '2003-01-07T08:00');
    assert.equal(task?.end, '2003-03-18T08:00');
  });

  it('round-trips assignments, units, work, resource calendars and task types through toMSProjectXML', () => {
    const data: ProjectData = {
      id: 'p',
      name: 'P',
      start: '2026-03-02',
      calendar: { id: 'std', workingHours: [['09:00', '17:00']] },
      calendars: [{ id: 'short', workingDays: [1, 2, 3, 4], workingHours: [['09:00', '17:00']] }],
      people: [
        { id: 'ann', name: 'Ann', maxUnits: 50, calendarId: 'short', costPerHour: 40 },
        { id: 'bob', name: 'Bob' },
        { id: 'oil', name: 'Oil', type: 'material' },
      ],
      tasks: [
        {
          id: 't',
          name: 'T',
          start: '2026-03-02',
          duration: 4,
          assignees: ['ann', 'bob'],
          taskType: 'fixed-work',
        },
        { id: 'u', name: 'U', start: '2026-03-02', duration: 2, assignees: ['bob'], effortDriven: true },
      ],
      assignments: [{ taskId: 't', personId: 'ann', units: 50, work: 16 }],
    };
    const back = importMSProjectXML(toMSProjectXML(data)).data;
    assert.deepEqual(back.assignments, [{ taskId: 't', personId: 'ann', units: 50, work: 16 }]);
    assert.deepEqual(
      back.tasks.map((t) => [t.assignees, t.taskType, t.effortDriven]),
      [
        [['ann', 'bob'], 'fixed-work', undefined],
        [['bob'], undefined, true],
      ],
    );
    const ann = back.people?.find((p) => p.id === 'ann');
    assert.equal(ann?.maxUnits, 50);
    const calendar = back.calendars?.find((c) => c.id === ann?.calendarId);
    assert.deepEqual(calendar?.workingDays, [1, 2, 3, 4], 'calendars are renumbered, the reference follows');
    assert.equal(ann?.costPerHour, 40);
    assert.equal(back.people?.find((p) => p.id === 'oil')?.type, 'material');
  });
});
