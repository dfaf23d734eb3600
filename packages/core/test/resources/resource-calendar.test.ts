import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProjectData } from '../../src/model/types.js';
import { schedule } from '../../src/schedule/schedule.js';
import { createProject } from '../../src/store/project.js';

/** Ann works Monday to Thursday; the task is 4 days from Tuesday 3 March 2026. */
function data(): ProjectData {
  return {
    id: 'p',
    name: 'P',
    start: '2026-03-02',
    calendars: [{ id: 'no-fridays', workingDays: [1, 2, 3, 4] }],
    people: [
      { id: 'ann', name: 'Ann', calendarId: 'no-fridays' },
      { id: 'bob', name: 'Bob' },
      { id: 'oil', name: 'Oil', type: 'material', calendarId: 'no-fridays' },
    ],
    tasks: [
      { id: 't', name: 'T', start: '2026-03-03', duration: 4 },
      { id: 'next', name: 'Next', duration: 1 },
    ],
    dependencies: [{ id: 'd', from: 't', to: 'next' }],
  };
}

describe('resources: resource calendars', () => {
  it('a task works only when its person works: no Fridays stretches it over the weekend', () => {
    const free = schedule(data());
    assert.equal(free.tasks.get('t')?.end, '2026-03-07');
    const withAnn = data();
    withAnn.assignments = [{ taskId: 't', personId: 'ann' }];
    assert.equal(schedule(withAnn).tasks.get('t')?.end, '2026-03-10');
    const viaShorthand = data();
    viaShorthand.tasks[0] = { ...viaShorthand.tasks[0], assignees: ['ann'] } as ProjectData['tasks'][0];
    assert.equal(schedule(viaShorthand).tasks.get('t')?.end, '2026-03-10');
  });

  it('a material resource never moves dates; a task calendar of its own wins', () => {
    const material = data();
    material.assignments = [{ taskId: 't', personId: 'oil', units: 300 }];
    assert.equal(schedule(material).tasks.get('t')?.end, '2026-03-07');
    const own = data();
    own.calendars?.push({ id: 'all', workingDays: [0, 1, 2, 3, 4, 5, 6] });
    own.tasks[0] = { ...own.tasks[0], calendarId: 'all' } as ProjectData['tasks'][0];
    own.assignments = [{ taskId: 't', personId: 'ann' }];
    assert.equal(schedule(own).tasks.get('t')?.end, '2026-03-07');
  });

  it('the store reschedules when an assignment or a person changes, and on undo', () => {
    const p = createProject(data());
    assert.equal(p.scheduled('t')?.end, '2026-03-07');
    const a = p.addAssignment({ taskId: 't', personId: 'ann' });
    assert.equal(p.scheduled('t')?.end, '2026-03-10');
    assert.equal(p.scheduled('next')?.start, '2026-03-10');
    p.updatePerson('ann', { calendarId: undefined });
    assert.equal(p.scheduled('t')?.end, '2026-03-07');
    p.undo();
    assert.equal(p.scheduled('t')?.end, '2026-03-10');
    p.updateAssignment(a.id, { personId: 'bob' });
    assert.equal(p.scheduled('t')?.end, '2026-03-07');
    p.updateTask('t', { assignees: ['ann'] });
    assert.equal(
      p.scheduled('t')?.end,
      '2026-03-10',
      'Ann (assignees come first) and Bob tie as the longest: the first, Ann, sets the calendar',
    );
    p.removeAssignment(a.id);
    assert.equal(p.scheduled('t')?.end, '2026-03-10');
  });
});
