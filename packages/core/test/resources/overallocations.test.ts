import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProjectData } from '../../src/model/types.js';
import { resourceLoad } from '../../src/resources/load.js';
import { overallocations } from '../../src/resources/overallocations.js';

/**
 * 09:00–17:00, Monday to Friday. A: Mon 2 – Wed 4 March, Ann 100 % and Bob (max 50 %) by the
 * shorthand. B: Wed 4 – Thu 5, Ann 50 %. C: the same days as B, a material resource at 500 %.
 */
function data(): ProjectData {
  return {
    id: 'p',
    name: 'P',
    start: '2026-03-02',
    calendar: { workingHours: [['09:00', '17:00']] },
    people: [
      { id: 'ann', name: 'Ann' },
      { id: 'bob', name: 'Bob', maxUnits: 50 },
      { id: 'oil', name: 'Oil', type: 'material', maxUnits: 100 },
    ],
    tasks: [
      { id: 'a', name: 'A', start: '2026-03-02', duration: 3, assignees: ['ann', 'bob'] },
      { id: 'b', name: 'B', start: '2026-03-04', duration: 2 },
      { id: 'c', name: 'C', start: '2026-03-04', duration: 2 },
    ],
    assignments: [
      { taskId: 'b', personId: 'ann', units: 50 },
      { taskId: 'c', personId: 'oil', units: 500 },
    ],
  };
}

describe('resources: overallocations', () => {
  it('per instant: the working stretches where units add up above max units', () => {
    assert.deepEqual(overallocations(data()), [
      { personId: 'ann', start: '2026-03-04T09:00', end: '2026-03-04T17:00', units: 150, maxUnits: 100 },
      { personId: 'bob', start: '2026-03-02T09:00', end: '2026-03-04T17:00', units: 100, maxUnits: 50 },
    ]);
  });

  it('per day: days whose work exceeds the capacity (Ann 12 h of 8 on Wednesday)', () => {
    assert.deepEqual(overallocations(data(), { granularity: 'day' }), [
      { personId: 'ann', start: '2026-03-04', end: '2026-03-05', units: 150, maxUnits: 100 },
      { personId: 'bob', start: '2026-03-02', end: '2026-03-05', units: 100, maxUnits: 50 },
    ]);
  });

  it('per week: Ann’s 32 h fit her 40, Bob’s 24 h do not fit his 20', () => {
    assert.deepEqual(overallocations(data(), { granularity: 'week' }), [
      { personId: 'bob', start: '2026-03-02', end: '2026-03-09', units: 60, maxUnits: 50 },
    ]);
  });

  it('counts only working time of the person’s own calendar', () => {
    const d = data();
    d.calendars = [{ id: 'mon-tue', workingDays: [1, 2], workingHours: [['09:00', '17:00']] }];
    d.people = [{ id: 'ann', name: 'Ann', calendarId: 'mon-tue' }];
    d.tasks = [
      { id: 'a', name: 'A', start: '2026-03-02', end: '2026-03-06', manual: true, assignees: ['ann'] },
      { id: 'b', name: 'B', start: '2026-03-04', end: '2026-03-06', manual: true, assignees: ['ann'] },
    ];
    d.assignments = [];
    assert.deepEqual(
      overallocations(d),
      [],
      'they overlap on Wednesday and Thursday, when Ann does not work',
    );
  });

  it('the load series: work against capacity per cell', () => {
    const ann = resourceLoad(data()).find((l) => l.personId === 'ann');
    assert.deepEqual(
      ann?.cells.map((c) => [c.start, c.work, c.capacity, c.units]),
      [
        ['2026-03-02', 480, 480, 100],
        ['2026-03-03', 480, 480, 100],
        ['2026-03-04', 720, 480, 150],
        ['2026-03-05', 240, 480, 50],
      ],
    );
    assert.equal(
      resourceLoad(data()).some((l) => l.personId === 'oil'),
      false,
      'material is not load',
    );
  });

  it('an empty project has no load and no over-allocation', () => {
    const empty: ProjectData = { id: 'e', name: 'E', tasks: [] };
    assert.deepEqual(overallocations(empty), []);
    assert.deepEqual(overallocations(empty, { granularity: 'week' }), []);
    assert.deepEqual(resourceLoad(empty), []);
  });
});
