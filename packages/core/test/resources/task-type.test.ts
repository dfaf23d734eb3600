import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProjectData, Task } from '../../src/model/types.js';
import { recomputeWork } from '../../src/resources/task-type.js';
import { createProject } from '../../src/store/project.js';

/** A 4-day task on an 8-hour calendar, Ann on it at 100 % (work 32 h). */
function project(task: Partial<Task> = {}): ProjectData {
  return {
    id: 'p',
    name: 'P',
    start: '2026-03-02',
    calendar: { workingHours: [['09:00', '17:00']] },
    people: [
      { id: 'ann', name: 'Ann' },
      { id: 'bob', name: 'Bob' },
    ],
    tasks: [{ id: 't', name: 'T', start: '2026-03-02', duration: 4, ...task }],
    assignments: [{ id: 'a', taskId: 't', personId: 'ann' }],
  };
}

describe('resources: task types (as Microsoft Project)', () => {
  it('fixed units: new units change the duration, work stays', () => {
    const p = createProject(project());
    p.updateAssignment('a', { units: 50 });
    assert.equal(p.task('t')?.duration, 8);
    assert.equal(p.assignments('t')[0]?.units, 50);
    assert.equal(p.assignments('t')[0]?.work, undefined, 'work = duration × units, so none is stored');
    p.undo();
    assert.equal(p.task('t')?.duration, 4);
  });

  it('new work changes the duration of a fixed-units or fixed-work task', () => {
    const p = createProject(project({ taskType: 'fixed-work' }));
    p.updateAssignment('a', { work: 16 });
    assert.equal(p.task('t')?.duration, 2);
  });

  it('fixed duration: new units change the work, new work changes the units', () => {
    const p = createProject(project({ taskType: 'fixed-duration' }));
    p.updateAssignment('a', { units: 50, work: 32 });
    p.updateAssignment('a', { units: 50 });
    assert.equal(p.task('t')?.duration, 4);
    p.updateAssignment('a', { work: 8 });
    assert.equal(p.task('t')?.duration, 4);
    assert.equal(p.assignments('t')[0]?.units, 25);
    p.updateAssignment('a', { units: 100 });
    assert.equal(p.assignments('t')[0]?.work, 32);
  });

  it('effort-driven: a second person shares the work and the duration shrinks, and back', () => {
    const p = createProject(project({ effortDriven: true }));
    p.addAssignment({ taskId: 't', personId: 'bob' });
    assert.equal(p.task('t')?.duration, 2);
    assert.equal(p.task('t')?.end, '2026-03-03T17:00');
    p.removeAssignment('t:bob');
    assert.equal(p.task('t')?.duration, 4);
    p.undo();
    p.undo();
    assert.equal(p.task('t')?.duration, 4);
    assert.equal(p.assignments('t').length, 1);
  });

  it('effort-driven counts assignees as 100 % assignments and writes them out when they change', () => {
    const data = project({ effortDriven: true, assignees: ['bob'] });
    data.assignments = [];
    const p = createProject(data);
    p.addAssignment({ taskId: 't', personId: 'ann' });
    assert.equal(p.task('t')?.duration, 2);
    const bob = p.assignments('t').find((a) => a.personId === 'bob');
    assert.equal(bob?.work, undefined);
  });

  it('not effort-driven: a second person brings work of their own, the duration stays', () => {
    const p = createProject(project());
    p.addAssignment({ taskId: 't', personId: 'bob', units: 50 });
    assert.equal(p.task('t')?.duration, 4);
  });

  it('a new duration moves stated work (fixed units) or units (fixed work)', () => {
    const p = createProject(project());
    p.updateAssignment('a', { work: 32 });
    p.updateTask('t', { duration: 2 });
    assert.equal(p.assignments('t')[0]?.work, 16);
    const q = createProject(project({ taskType: 'fixed-work' }));
    q.updateAssignment('a', { work: 32 });
    q.updateTask('t', { duration: 8 });
    assert.equal(q.assignments('t')[0]?.units, 50);
    assert.equal(q.scheduled('t')?.end, '2026-03-11T17:00');
  });

  it('the pure rule table', () => {
    const items = [{ units: 100, work: 960 }];
    assert.equal(
      recomputeWork('fixed-units', false, 960, [{ units: 200, work: 960 }], { kind: 'units', index: 0 })
        .duration,
      480,
    );
    assert.deepEqual(recomputeWork('fixed-work', false, 480, items, { kind: 'duration' }).items, [
      { units: 200, work: 960 },
    ]);
    assert.deepEqual(recomputeWork('fixed-units', false, 480, items, { kind: 'duration' }).items, [
      { units: 100, work: 480 },
    ]);
    const shared = recomputeWork(
      'fixed-duration',
      true,
      960,
      [
        { units: 100, work: 960 },
        { units: 100, work: 0 },
      ],
      { kind: 'added', index: 1, workGiven: false },
    );
    assert.deepEqual(shared, {
      duration: 960,
      items: [
        { units: 50, work: 480 },
        { units: 50, work: 480 },
      ],
    });
  });
});
