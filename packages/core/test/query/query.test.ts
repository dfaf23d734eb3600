import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterTasks, groupTasks, sortTasks } from '../../src/query/index.js';
import { createProject } from '../../src/store/project.js';

const project = createProject(
  {
    id: 'q',
    name: 'Q',
    people: [
      { id: 'zoe', name: 'Zoe' },
      { id: 'ann', name: 'Ann' },
    ],
    groups: [
      { id: 'g1', name: 'One' },
      { id: 'g2', name: 'Two' },
    ],
    releases: [
      { id: 'late', name: 'Late', date: '2026-09-01' },
      { id: 'early', name: 'Early', date: '2026-04-01' },
    ],
    fields: [
      {
        id: 'size',
        label: 'Size',
        type: 'select',
        options: [
          { id: 's', label: 'S' },
          { id: 'm', label: 'M' },
          { id: 'l', label: 'L' },
        ],
      },
      { id: 'pts', label: 'Points', type: 'number' },
    ],
    tasks: [
      {
        id: 't1',
        name: 'Task 10',
        status: 'done',
        priority: 'low',
        assignees: ['zoe'],
        start: '2026-03-05',
        fields: { size: 'l', pts: 3 },
        tags: ['api'],
      },
      {
        id: 't2',
        name: 'Task 2',
        status: 'todo',
        priority: 'critical',
        assignees: ['ann', 'zoe'],
        start: '2026-03-02',
        groupId: 'g2',
        releaseId: 'early',
        fields: { size: 's' },
      },
      {
        id: 't3',
        name: 'Write docs',
        status: 'in-progress',
        priority: 'high',
        groupId: 'g1',
        releaseId: 'late',
        fields: { pts: 1 },
      },
      { id: 't4', name: 'Review', status: 'todo', start: '2026-03-03', tags: ['Docs'] },
    ],
  },
  { scheduler: false },
);
const tasks = project.tasks();
const ids = (list: readonly { id: string }[]) => list.map((t) => t.id);

describe('filterTasks', () => {
  it('filters by field conditions', () => {
    assert.deepEqual(ids(filterTasks(tasks, { where: [{ field: 'status', op: 'eq', value: 'todo' }] })), [
      't2',
      't4',
    ]);
    assert.deepEqual(ids(filterTasks(tasks, { where: [{ field: 'assignee', op: 'eq', value: 'zoe' }] })), [
      't1',
      't2',
    ]);
    assert.deepEqual(
      ids(filterTasks(tasks, { where: [{ field: 'priority', op: 'in', value: ['high', 'critical'] }] })),
      ['t2', 't3'],
    );
    assert.deepEqual(ids(filterTasks(tasks, { where: [{ field: 'groupId', op: 'empty' }] })), ['t1', 't4']);
    assert.deepEqual(ids(filterTasks(tasks, { where: [{ field: 'fields.pts', op: 'gte', value: 2 }] })), [
      't1',
    ]);
    assert.deepEqual(
      ids(filterTasks(tasks, { where: [{ field: 'start', op: 'lt', value: '2026-03-04' }] })),
      ['t2', 't4'],
    );
    assert.deepEqual(
      ids(
        filterTasks(tasks, {
          where: [
            { field: 'status', op: 'neq', value: 'done' },
            { field: 'fields.size', op: 'notEmpty' },
          ],
        }),
      ),
      ['t2'],
    );
  });

  it('filters by text in names, tags, text fields and assignee names', () => {
    assert.deepEqual(ids(filterTasks(tasks, { text: 'docs' }, project)), ['t3', 't4']);
    assert.deepEqual(ids(filterTasks(tasks, { text: 'ANN' }, project)), ['t2']);
    assert.deepEqual(ids(filterTasks(tasks, { text: '  ' }, project)), ['t1', 't2', 't3', 't4']);
    assert.deepEqual(ids(filterTasks(tasks, { text: '__proto__' }, project)), []);
  });
});

describe('sortTasks', () => {
  it('sorts stably by several keys with catalog-aware order', () => {
    assert.deepEqual(ids(sortTasks(tasks, [{ field: 'priority' }], project)), ['t2', 't3', 't1', 't4']);
    assert.deepEqual(ids(sortTasks(tasks, [{ field: 'status' }, { field: 'name' }], project)), [
      't4',
      't2',
      't3',
      't1',
    ]);
    assert.deepEqual(ids(sortTasks(tasks, [{ field: 'name' }], project)), ['t4', 't2', 't1', 't3']);
    assert.deepEqual(ids(sortTasks(tasks, [{ field: 'start', direction: 'desc' }], project)), [
      't1',
      't4',
      't2',
      't3',
    ]);
    assert.deepEqual(ids(sortTasks(tasks, [{ field: 'fields.size' }], project)), ['t2', 't1', 't3', 't4']);
    assert.deepEqual(ids(sortTasks(tasks, [{ field: 'releaseId' }], project)), ['t2', 't3', 't1', 't4']);
    assert.deepEqual(ids(sortTasks(tasks, [{ field: 'assignee' }], project)), ['t2', 't1', 't3', 't4']);
    assert.deepEqual(ids(sortTasks(tasks, [{ field: 'wbs', direction: 'desc' }], project)), [
      't4',
      't3',
      't2',
      't1',
    ]);
    assert.deepEqual(ids(sortTasks(tasks, [], project)), ['t1', 't2', 't3', 't4']);
  });
});

describe('groupTasks', () => {
  it('groups by status in catalog order, keeping empty columns', () => {
    const groups = groupTasks(tasks, 'status', project);
    assert.deepEqual(
      groups.map((g) => [g.key, g.label, ids(g.tasks)]),
      [
        ['todo', 'To do', ['t2', 't4']],
        ['in-progress', 'In progress', ['t3']],
        ['blocked', 'Blocked', []],
        ['done', 'Done', ['t1']],
      ],
    );
  });

  it('groups by person (a task in each assignee), release, priority, group and select field', () => {
    assert.deepEqual(
      groupTasks(tasks, 'assignee', project).map((g) => [g.key, ids(g.tasks)]),
      [
        ['ann', ['t2']],
        ['zoe', ['t1', 't2']],
        [undefined, ['t3', 't4']],
      ],
    );
    assert.deepEqual(
      groupTasks(tasks, 'releaseId', project).map((g) => g.key),
      ['early', 'late', undefined],
    );
    assert.deepEqual(
      groupTasks(tasks, 'priority', project, { includeEmpty: false }).map((g) => g.key),
      ['critical', 'high', 'low', undefined],
    );
    assert.deepEqual(
      groupTasks(tasks, 'groupId', project, { noneLabel: 'Unassigned' }).map((g) => g.label),
      ['One', 'Two', 'Unassigned'],
    );
    assert.deepEqual(
      groupTasks(tasks, { field: 'size' }, project).map((g) => [g.key, ids(g.tasks)]),
      [
        ['s', ['t2']],
        ['m', []],
        ['l', ['t1']],
        [undefined, ['t3', 't4']],
      ],
    );
  });
});
