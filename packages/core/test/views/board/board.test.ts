import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createProject, type ProjectData } from '../../../src/index.js';
import { dueDay, endForDueDay, isLate } from '../../../src/views/dates/index.js';
import { summarizeGroup, tableRows } from '../../../src/views/grid/board-table.js';
import type { Project } from '../../../src/store/project.js';
import {
  type BoardMove,
  type BoardUpdate,
  boardFieldOptions,
  boardFieldPatch,
  boardFieldValue,
  buildBoard,
  exceedsLimit,
  insertionIndex,
  NO_VALUE,
  orderForPosition,
  planBoardMove,
} from '../../../src/views/board/index.js';
import { generateProject } from '../../../src/testing/index.js';
import { WorkCalendar } from '../../../src/time/calendar.js';

const data: ProjectData = {
  id: 'p',
  name: 'Board',
  statuses: [
    { id: 'todo', label: 'To do', category: 'todo' },
    { id: 'doing', label: 'Doing', category: 'active' },
    { id: 'done', label: 'Done', category: 'done' },
  ],
  priorities: [
    { id: 'low', label: 'Low', rank: 3 },
    { id: 'high', label: 'High', rank: 1 },
  ],
  people: [
    { id: 'ada', name: 'Ada' },
    { id: 'ben', name: 'Ben' },
  ],
  groups: [{ id: 'g1', name: 'Web' }],
  tasks: [
    { id: 'a', name: 'Alpha', status: 'todo', order: 0, start: '2026-03-02', duration: 2 },
    { id: 'b', name: 'Beta', status: 'todo', order: 1, assignees: ['ada', 'ben'], priority: 'high' },
    { id: 'c', name: 'Gamma', status: 'doing', order: 2, tags: ['api'] },
    { id: 'd', name: 'Delta', status: 'done', order: 3, groupId: 'g1' },
    { id: 'e', name: 'Epsilon', order: 4 },
  ],
};

describe('orderForPosition', () => {
  it('puts an item between, before and after its neighbours without renumbering', () => {
    assert.deepEqual(orderForPosition([0, 1, 2], 1), { order: 0.5, renumber: undefined });
    assert.deepEqual(orderForPosition([0, 1, 2], 0), { order: -1, renumber: undefined });
    assert.deepEqual(orderForPosition([0, 1, 2.5], 3), { order: 3, renumber: undefined });
    assert.deepEqual(orderForPosition([], 5), { order: 0, renumber: undefined });
    assert.deepEqual(orderForPosition([4, 7], 99), { order: 8, renumber: undefined });
  });

  it('renumbers when neighbours tie or are out of sequence', () => {
    assert.deepEqual(orderForPosition([1, 1, 1], 1), { order: 1, renumber: [0, 2, 3] });
    assert.deepEqual(orderForPosition([3, 2], 0), { order: 0, renumber: [1, 2] });
    const tight = 1 + Number.EPSILON;
    assert.deepEqual(orderForPosition([1, tight], 1), { order: 1, renumber: [0, 2] });
  });

  it('always yields a sequence that puts the item at the index (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 20 }),
        fc.nat(25),
        (raw, index) => {
          const orders = raw.slice();
          const { order, renumber } = orderForPosition(orders, index);
          const final = renumber ?? orders;
          const at = Math.min(index, orders.length);
          const seq = [...final.slice(0, at).map((o) => ({ o, me: false })), { o: order, me: true }];
          seq.push(...final.slice(at).map((o) => ({ o, me: false })));
          if (renumber === undefined) {
            assert.ok(orders.every((o, i) => i === 0 || o > (orders[i - 1] as number)));
          }
          for (let i = 1; i < seq.length; i++) {
            const prev = seq[i - 1] as { o: number; me: boolean };
            const cur = seq[i] as { o: number; me: boolean };
            if (prev.me || cur.me) assert.ok(prev.o < cur.o, `${prev.o} < ${cur.o}`);
          }
          return true;
        },
      ),
    );
  });

  it('maps a pointer offset to the nearest gap', () => {
    assert.equal(insertionIndex(0, 100, 5), 0);
    assert.equal(insertionIndex(149, 100, 5), 1);
    assert.equal(insertionIndex(151, 100, 5), 2);
    assert.equal(insertionIndex(9999, 100, 5), 5);
    assert.equal(insertionIndex(-20, 100, 5), 0);
    assert.equal(insertionIndex(Number.NaN, 100, 5), 0);
  });
});

describe('board fields', () => {
  const project = createProject(data);
  it('reads column values, with "" for none', () => {
    const b = project.task('b');
    assert.ok(b);
    assert.equal(boardFieldValue(b, 'status'), 'todo');
    assert.equal(boardFieldValue(b, 'person'), 'ada');
    assert.equal(boardFieldValue(b, 'priority'), 'high');
    assert.equal(boardFieldValue(b, 'group'), NO_VALUE);
    assert.equal(boardFieldValue(b, '__proto__'), NO_VALUE);
  });
  it('patches: person replaces the first assignee; none removes', () => {
    const b = project.task('b');
    assert.ok(b);
    assert.deepEqual(boardFieldPatch(b, 'person', 'ben'), { assignees: ['ben'] });
    assert.deepEqual(boardFieldPatch(b, 'person', NO_VALUE), { assignees: ['ben'] });
    assert.deepEqual(boardFieldPatch(b, 'status', NO_VALUE), { status: undefined });
    assert.deepEqual(boardFieldPatch(b, 'custom', 'x'), { fields: { custom: 'x' } });
  });
  it('lists options in their natural order', () => {
    assert.deepEqual(
      boardFieldOptions(project, 'priority', true).map((o) => o.value),
      ['', 'high', 'low'],
    );
    assert.deepEqual(
      boardFieldOptions(project, 'status', false).map((o) => o.label),
      ['To do', 'Doing', 'Done'],
    );
  });
});

describe('buildBoard', () => {
  const project = createProject(data);
  const columns = boardFieldOptions(project, 'status', true);
  it('sorts items into columns by order, counts them and marks WIP', () => {
    const layout = buildBoard({
      items: project.tasks(),
      columnField: 'status',
      columns,
      wipLimits: { todo: 1, doing: 1 },
    });
    assert.deepEqual(layout.lanes[0]?.cells, [['e'], ['a', 'b'], ['c'], ['d']]);
    assert.deepEqual(
      layout.columns.map((c) => [c.value, c.count, c.overLimit]),
      [
        ['', 1, false],
        ['todo', 2, true],
        ['doing', 1, false],
        ['done', 1, false],
      ],
    );
    assert.deepEqual(layout.place.get('b'), [0, 1, 1]);
  });
  it('splits into swimlanes', () => {
    const layout = buildBoard({
      items: project.tasks(),
      columnField: 'status',
      columns,
      laneField: 'person',
      lanes: boardFieldOptions(project, 'person', true),
    });
    assert.deepEqual(
      layout.lanes.map((l) => [l.value, l.count]),
      [
        ['', 4],
        ['ada', 1],
        ['ben', 0],
      ],
    );
    assert.deepEqual(layout.lanes[1]?.cells[1], ['b']);
  });
  it('handles an empty project', () => {
    const layout = buildBoard({ items: [], columnField: 'status', columns: [] });
    assert.equal(layout.columns.length, 0);
    assert.equal(layout.lanes[0]?.cells.length, 0);
  });
  it('says when an add goes over a limit', () => {
    assert.equal(exceedsLimit(3, 3), true);
    assert.equal(exceedsLimit(2, 3), false);
    assert.equal(exceedsLimit(100, undefined), false);
  });
});

/** What `rl-board` does on a drop: plan the move (pure), then apply it with the store's one-step update. */
function applyBoardMove(project: Project, move: BoardMove): BoardUpdate[] {
  const updates = planBoardMove(project, move);
  project.updateTasks(updates);
  return updates;
}

describe('board moves', () => {
  it('moves a card to another column and position in one undoable transaction that round-trips', () => {
    const project = createProject(data);
    const batches: number[] = [];
    project.subscribe((b) => batches.push(b.operations.length));
    const updates = applyBoardMove(project, {
      id: 'c',
      columnField: 'status',
      column: 'todo',
      targetIds: ['a', 'b'],
      index: 1,
    });
    assert.deepEqual(updates, [{ id: 'c', patch: { status: 'todo', order: 0.5 } }]);
    assert.equal(batches.length, 1);
    const json = project.toJSON();
    const again = createProject(json);
    const layout = buildBoard({
      items: again.tasks(),
      columnField: 'status',
      columns: boardFieldOptions(again, 'status', false),
    });
    assert.deepEqual(layout.lanes[0]?.cells[0], ['a', 'c', 'b']);
    assert.ok(project.undo());
    assert.equal(project.task('c')?.status, 'doing');
    assert.equal(project.task('c')?.order, 2);
    assert.equal(project.canUndo, false);
  });

  it('renumbers the cell when orders tie, still as one step', () => {
    const tied: ProjectData = {
      ...data,
      tasks: data.tasks.map((t) => ({ ...t, order: 0 })),
    };
    const project = createProject(tied);
    const updates = planBoardMove(project, {
      id: 'd',
      columnField: 'status',
      column: 'todo',
      targetIds: ['a', 'b'],
      index: 1,
    });
    assert.deepEqual(updates, [
      { id: 'b', patch: { order: 2 } },
      { id: 'd', patch: { status: 'todo', order: 1 } },
    ]);
    assert.equal(project.version, 0, 'planning changes nothing');
    assert.equal(project.canUndo, false);
    applyBoardMove(project, {
      id: 'd',
      columnField: 'status',
      column: 'todo',
      targetIds: ['a', 'b'],
      index: 1,
    });
    project.undo();
    assert.equal(project.task('b')?.order, 0);
    assert.equal(project.task('d')?.status, 'done');
  });

  it('changes the lane too, and nothing when dropped where it was', () => {
    const project = createProject(data);
    applyBoardMove(project, {
      id: 'a',
      columnField: 'status',
      column: 'todo',
      laneField: 'person',
      lane: 'ben',
      targetIds: [],
      index: 0,
    });
    assert.deepEqual(project.task('a')?.assignees, ['ben']);
    const before = project.version;
    const none = applyBoardMove(project, {
      id: 'b',
      columnField: 'status',
      column: 'todo',
      targetIds: ['a', 'b'],
      index: 1,
    });
    assert.equal(project.version, before + (none.length > 0 ? 1 : 0));
    assert.equal(project.task('b')?.status, 'todo');
  });

  it('rejects an unknown id without changing anything', () => {
    const project = createProject(data);
    assert.throws(
      () =>
        applyBoardMove(project, { id: 'zz', columnField: 'status', column: 'todo', targetIds: [], index: 0 }),
      /zz/,
    );
    assert.equal(project.version, 0);
  });
});

describe('table rows and summaries', () => {
  it('flattens groups with headers and summaries, honouring collapse', () => {
    const rows = tableRows([['a', 'b'], [], ['c']], (g) => g === 2);
    assert.deepEqual(
      rows.map((r) => `${r.kind}:${r.group}:${r.id ?? ''}`),
      ['group:0:', 'item:0:a', 'item:0:b', 'summary:0:', 'group:1:', 'summary:1:', 'group:2:'],
    );
    assert.equal(tableRows([[], ['x']], () => false, false).length, 3);
  });
  it('summarizes count, status mix, date range and numbers', () => {
    const s = summarizeGroup(
      [
        { id: 'a', name: 'A', status: 'todo', start: '2026-03-02', end: '2026-03-05', progress: 50 },
        { id: 'b', name: 'B', status: 'todo', start: '2026-03-02T08:00', end: '2026-03-04', progress: 20 },
        { id: 'c', name: 'C', start: '2026-02-27', end: '2026-03-05T12:00' },
      ],
      [{ id: 'progress', value: (t) => t.progress }],
    );
    assert.equal(s.count, 3);
    assert.deepEqual(
      [...s.statuses],
      [
        ['todo', 2],
        ['', 1],
      ],
    );
    assert.equal(s.start, '2026-02-27');
    assert.equal(s.end, '2026-03-05T12:00');
    assert.deepEqual(s.numbers.get('progress'), { sum: 70, counted: 2 });
    assert.equal(summarizeGroup([]).count, 0);
  });
});

describe('due dates', () => {
  it('shows the last day of an exclusive end and converts back', () => {
    assert.equal(dueDay('2026-03-03'), '2026-03-02');
    assert.equal(dueDay('2026-03-02T17:00'), '2026-03-02');
    assert.equal(dueDay('2026-03-01'), '2026-02-28');
    assert.equal(dueDay(undefined), undefined);
    assert.equal(dueDay('nonsense'), undefined);
    // A milestone is due the day it happens, or the working day its midnight ends, given the calendar.
    assert.equal(dueDay('2026-03-07', '2026-03-07'), '2026-03-07');
    assert.equal(dueDay('2026-03-07', '2026-03-07', WorkCalendar.from(undefined)), '2026-03-06');
    assert.equal(dueDay('2026-03-09', '2026-03-09', WorkCalendar.from(undefined)), '2026-03-09');
    assert.equal(endForDueDay('2026-02-28'), '2026-03-01');
    assert.equal(endForDueDay('2028-02-28'), '2028-02-29');
    assert.equal(endForDueDay('2026-02-30'), undefined);
    assert.equal(endForDueDay('2026-02-28T10:00'), undefined);
  });
  it('is late once the last day has passed, unless done', () => {
    assert.equal(isLate('2026-03-02', '2026-03-03', false), true);
    assert.equal(isLate('2026-03-02', '2026-03-02', false), false);
    assert.equal(isLate('2026-03-02', '2026-03-03T09:00', false), true);
    assert.equal(isLate('2026-03-02', '2026-03-09', true), false);
    assert.equal(isLate(undefined, '2026-03-09', false), false);
  });
});

describe('a large board', () => {
  it('lays out 10k generated items and moves one', () => {
    const project = createProject(generateProject({ tasks: 10_000, statuses: true, people: 20, groups: 6 }));
    const items = project.tasks().filter((t) => !project.isSummary(t.id));
    const columns = boardFieldOptions(project, 'status', true);
    const layout = buildBoard({ items, columnField: 'status', columns });
    const total = layout.columns.reduce((n, c) => n + c.count, 0);
    assert.equal(total, items.length);
    const first = layout.lanes[0]?.cells.find((c) => c.length > 2) ?? [];
    const column = layout.columns[layout.lanes[0]?.cells.indexOf(first) ?? 0]?.value ?? '';
    const moved = items.find((t) => !first.includes(t.id));
    assert.ok(moved);
    applyBoardMove(project, { id: moved.id, columnField: 'status', column, targetIds: first, index: 1 });
    const after = buildBoard({
      items: project.tasks().filter((t) => !project.isSummary(t.id)),
      columnField: 'status',
      columns,
    });
    const [, c, i] = after.place.get(moved.id) ?? [];
    assert.equal(after.columns[c ?? -1]?.value, column);
    assert.equal(i, 1);
  });
});
