import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProjectData } from '../../src/model/types.js';
import { checkProjectData } from '../../src/validate/validate.js';
import { assignmentsByTask, taskAssignments } from '../../src/model/assignments.js';
import { load, sample, throwsCode, throwsIssue } from '../store/helpers.js';

function withAssignments(): ProjectData {
  const data = sample();
  data.calendars = [{ id: 'four', workingDays: [1, 2, 3, 4] }];
  data.people = [
    { id: 'ann', name: 'Ann', capacity: 8, maxUnits: 100, calendarId: 'four', costPerHour: 50 },
    { id: 'bob', name: 'Bob', type: 'work' },
    { id: 'cem', name: 'Cem', type: 'material' },
  ];
  data.assignments = [{ id: 'a1', taskId: 'build', personId: 'ann', units: 50 }];
  return data;
}

function issuesOf(data: unknown): { path: string; code: string }[] {
  return checkProjectData(data).issues.map(({ path, code }) => ({ path, code }));
}

describe('resources: model and validation', () => {
  it('accepts people as resources and assignments, and fills missing assignment ids', () => {
    const data = withAssignments();
    data.assignments?.push({ taskId: 'design', personId: 'bob' });
    const { data: copy, issues } = checkProjectData(data);
    assert.deepEqual(issues, []);
    assert.equal(copy.assignments?.[1]?.id, 'design:bob');
    assert.equal(data.assignments?.[1]?.id, undefined, 'the input is not touched');
  });

  it('reports each bad field with its own typed issue', () => {
    const bad = (patch: (d: ProjectData) => void): { path: string; code: string }[] => {
      const d = withAssignments();
      patch(d);
      return issuesOf(d);
    };
    assert.deepEqual(
      bad((d) => {
        (d.assignments as unknown[])[0] = { id: 'a1', taskId: 'nope', personId: 'ann' };
      }),
      [{ path: 'assignments[0].taskId', code: 'UNKNOWN_REFERENCE' }],
    );
    assert.deepEqual(
      bad((d) => {
        (d.assignments as unknown[])[0] = { id: 'a1', taskId: 'build', personId: 'zed' };
      }),
      [{ path: 'assignments[0].personId', code: 'UNKNOWN_REFERENCE' }],
    );
    assert.deepEqual(
      bad((d) => {
        (d.assignments as unknown[])[0] = { id: 'a1', taskId: 'build', personId: 'ann', units: -5 };
      }),
      [{ path: 'assignments[0].units', code: 'INVALID_VALUE' }],
    );
    assert.deepEqual(
      bad((d) => {
        (d.assignments as unknown[])[0] = { id: 'a1', taskId: 'build', personId: 'ann', work: -1 };
      }),
      [{ path: 'assignments[0].work', code: 'INVALID_VALUE' }],
    );
    assert.deepEqual(
      bad((d) => {
        (d.assignments as unknown[])[0] = { id: 'a1', personId: 'ann' };
      }),
      [{ path: 'assignments[0].taskId', code: 'MISSING_FIELD' }],
    );
    assert.deepEqual(
      bad((d) => d.assignments?.push({ id: 'a1', taskId: 'design', personId: 'ann' })),
      [{ path: 'assignments[1].id', code: 'DUPLICATE_ID' }],
    );
    assert.deepEqual(
      bad((d) => d.assignments?.push({ id: 'a2', taskId: 'build', personId: 'ann' })),
      [{ path: 'assignments[1]', code: 'DUPLICATE_ASSIGNMENT' }],
    );
    assert.deepEqual(
      bad((d) => {
        (d.people as unknown[])[0] = { id: 'ann', name: 'Ann', calendarId: 'nope' };
      }),
      [{ path: 'people[0].calendarId', code: 'UNKNOWN_REFERENCE' }],
    );
    assert.deepEqual(
      bad((d) => {
        (d.people as unknown[])[0] = { id: 'ann', name: 'Ann', maxUnits: -1 };
      }),
      [{ path: 'people[0].maxUnits', code: 'INVALID_VALUE' }],
    );
    assert.deepEqual(
      bad((d) => {
        (d.people as unknown[])[0] = { id: 'ann', name: 'Ann', type: 'robot' };
      }),
      [{ path: 'people[0].type', code: 'INVALID_VALUE' }],
    );
    assert.deepEqual(
      bad((d) => {
        (d.people as unknown[])[0] = { id: 'ann', name: 'Ann', costPerHour: 'lots' };
      }),
      [{ path: 'people[0].costPerHour', code: 'WRONG_TYPE' }],
    );
    assert.deepEqual(
      bad((d) => {
        (d.tasks[1] as unknown as Record<string, unknown>).taskType = 'fixed-cost';
      }),
      [{ path: 'tasks[1].taskType', code: 'INVALID_VALUE' }],
    );
    assert.deepEqual(
      bad((d) => {
        (d.tasks[1] as unknown as Record<string, unknown>).effortDriven = 'yes';
      }),
      [{ path: 'tasks[1].effortDriven', code: 'WRONG_TYPE' }],
    );
    assert.deepEqual(
      bad((d) => {
        (d as unknown as Record<string, unknown>).assignments = 'a1';
      }),
      [{ path: 'assignments', code: 'WRONG_TYPE' }],
    );
  });

  it('combines assignees (100 % each) with assignments, an assignment winning for its person', () => {
    const data = withAssignments();
    data.assignments?.push({ id: 'a2', taskId: 'design', personId: 'cem', units: 300 });
    const byTask = assignmentsByTask(data);
    assert.deepEqual(
      byTask.get('build')?.map((a) => [a.personId, a.units, a.implicit]),
      [
        ['ann', 50, false],
        ['bob', 100, true],
      ],
    );
    assert.deepEqual(
      byTask.get('design')?.map((a) => [a.id, a.units]),
      [
        ['design:ann', 100],
        ['a2', 300],
      ],
    );
    assert.equal(byTask.has('ship'), false);
    assert.deepEqual(taskAssignments({ id: 'x', name: 'X' }, []), []);
  });
});

describe('resources: store operations on assignments', () => {
  it('round-trips assignments and people members through toJSON', () => {
    const p = load(withAssignments());
    const json = p.toJSON();
    assert.deepEqual(json.assignments, [{ id: 'a1', taskId: 'build', personId: 'ann', units: 50 }]);
    assert.equal(json.people?.[0]?.calendarId, 'four');
    assert.deepEqual(load(json).toJSON(), json);
    assert.equal(load(sample()).toJSON().assignments, undefined, 'no empty list is written');
  });

  it('adds, updates and removes assignments as undoable steps', () => {
    const p = load(withAssignments());
    const before = JSON.stringify(p.toJSON());
    const a = p.addAssignment({ taskId: 'design', personId: 'bob', units: 100 });
    assert.equal(a.id, 'design:bob');
    assert.equal(p.assignments('design').length, 1);
    p.updateAssignment(a.id, { personId: 'cem' });
    assert.equal(p.assignments('design')[0]?.personId, 'cem');
    p.removeAssignment(a.id);
    assert.equal(p.assignments('design').length, 0);
    p.undo();
    p.undo();
    p.undo();
    assert.equal(JSON.stringify(p.toJSON()), before);
    p.redo();
    assert.equal(p.assignments().length, 2);
  });

  it('rejects bad assignments with the same typed errors as a load', () => {
    const p = load(withAssignments());
    throwsIssue(() => p.addAssignment({ taskId: 'nope', personId: 'ann' }), 'UNKNOWN_REFERENCE');
    throwsIssue(() => p.addAssignment({ taskId: 'design', personId: 'zed' }), 'UNKNOWN_REFERENCE');
    throwsIssue(() => p.addAssignment({ taskId: 'design', personId: 'ann', units: -1 }), 'INVALID_VALUE');
    throwsIssue(() => p.addAssignment({ id: 'b', taskId: 'build', personId: 'ann' }), 'DUPLICATE_ASSIGNMENT');
    throwsCode(() => p.addAssignment({ id: 'a1', taskId: 'design', personId: 'bob' }), 'DUPLICATE_ID');
    throwsIssue(() => p.updateAssignment('a1', { units: -10 }), 'INVALID_VALUE');
    throwsCode(() => p.updateAssignment('zz', { units: 10 }), 'NOT_FOUND');
    throwsIssue(() => p.updatePerson('ann', { calendarId: 'nope' }), 'UNKNOWN_REFERENCE');
    throwsIssue(() => p.applyOperations([{ kind: 'remove', entity: 'person', id: 'ann' }]), 'IN_USE');
    throwsIssue(() => p.applyOperations([{ kind: 'remove', entity: 'task', id: 'build' }]), 'IN_USE');
    throwsIssue(() => p.applyOperations([{ kind: 'remove', entity: 'calendar', id: 'four' }]), 'IN_USE');
  });

  it('removing a task or a person removes their assignments; removing a calendar frees its people', () => {
    const p = load(withAssignments());
    p.removePerson('ann');
    assert.equal(p.assignments().length, 0);
    p.undo();
    assert.equal(p.assignments().length, 1);
    p.removeTask('phase');
    assert.equal(p.assignments().length, 0);
    p.undo();
    p.removeCalendar('four');
    assert.equal(p.person('ann')?.calendarId, undefined);
    p.undo();
    assert.equal(p.person('ann')?.calendarId, 'four');
  });
});
