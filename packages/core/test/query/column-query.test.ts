import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnTextMatcher, sortByColumns } from '../../src/query/column-query.js';
import { sortTasks } from '../../src/query/sort.js';
import { createProject } from '../../src/store/project.js';
import { generateProject } from '../../src/testing/index.js';

const project = createProject({
  id: 'c',
  name: 'Columns',
  statuses: [
    { id: 'todo', label: 'To do', category: 'todo' },
    { id: 'doing', label: 'Doing', category: 'active' },
    { id: 'done', label: 'Done', category: 'done' },
  ],
  priorities: [
    { id: 'high', label: 'High', rank: 1 },
    { id: 'low', label: 'Low', rank: 5 },
  ],
  tasks: [
    { id: '1', name: 'b', progress: 10, priority: 'low', status: 'done' },
    { id: '2', name: 'a', progress: 10, status: 'todo' },
    { id: '3', name: 'c', progress: 5, priority: 'high', status: 'doing' },
    { id: '4', name: 'item 10', status: 'todo' },
    { id: '5', name: 'item 9' },
  ],
});
const tasks = project.tasks();
const ids = (list: readonly { id: string }[]): string[] => list.map((t) => t.id);

describe('sortByColumns', () => {
  it('mixes readers and query fields: unset progress read as 0, then names naturally', () => {
    const sorted = sortByColumns(
      tasks,
      [{ read: (t) => t.progress ?? 0, direction: 'desc' }, { field: 'name' }],
      project,
    );
    // 10, 10 (a before b), 5, then 0 and 0 (item 9 before item 10).
    assert.deepEqual(ids(sorted), ['2', '1', '3', '5', '4']);
  });

  it('sorts statuses by catalog order and priorities by rank, missing values last either way', () => {
    assert.deepEqual(ids(sortByColumns(tasks, [{ field: 'status' }], project)), ['2', '4', '3', '1', '5']);
    assert.deepEqual(ids(sortByColumns(tasks, [{ field: 'status', direction: 'desc' }], project)), [
      '1',
      '3',
      '2',
      '4',
      '5',
    ]);
    assert.deepEqual(ids(sortByColumns(tasks, [{ field: 'priority' }], project)), ['3', '1', '2', '4', '5']);
    assert.deepEqual(ids(sortByColumns(tasks, [{ read: (t) => t.priority, direction: 'desc' }], project)), [
      '1',
      '3',
      '2',
      '4',
      '5',
    ]);
  });

  it('keeps the input order without keys and on full ties, and does not touch its input', () => {
    const before = ids(tasks);
    assert.deepEqual(ids(sortByColumns(tasks, [])), before);
    assert.deepEqual(ids(sortByColumns(tasks, [{ read: () => 1 }])), before);
    assert.deepEqual(ids(tasks), before);
    assert.deepEqual(sortByColumns([], [{ field: 'name' }]), []);
  });

  it('agrees with sortTasks when every key is a field (10k generated tasks)', () => {
    const big = createProject(generateProject({ tasks: 10_000, statuses: true, people: 20, seed: 7 }));
    const keys = [{ field: 'status' }, { field: 'assignees', direction: 'desc' as const }, { field: 'name' }];
    assert.deepEqual(ids(sortByColumns(big.tasks(), keys, big)), ids(sortTasks(big.tasks(), keys, big)));
  });
});

describe('columnTextMatcher', () => {
  it('matches every word in any text, case-insensitively', () => {
    const match = columnTextMatcher('  ADA  api ', (t) => [t.name, ...(t.tags ?? [])]);
    assert.equal(match({ id: 'x', name: 'Ada review', tags: ['API'] }), true);
    assert.equal(match({ id: 'y', name: 'Ada review' }), false);
    assert.equal(columnTextMatcher('', () => [])({ id: 'z', name: '' }), true);
    assert.equal(columnTextMatcher('   ', () => [undefined])({ id: 'z', name: '' }), true);
  });

  it('reads hostile strings as plain text, never as patterns or markup', () => {
    const hostile = columnTextMatcher('<img', (t) => [t.name]);
    assert.equal(hostile({ id: 'h', name: '<img src=x onerror=alert(1)>' }), true);
    assert.equal(columnTextMatcher('.*', (t) => [t.name])({ id: 'r', name: 'abc' }), false);
    assert.equal(columnTextMatcher('__proto__', (t) => [t.name])({ id: 'p', name: 'x __proto__ y' }), true);
  });
});
