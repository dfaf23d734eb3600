import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  afterCommit,
  canEdit,
  type ColumnDef,
  columnStates,
  columnStarts,
  columnWidth,
  configsOf,
  createSlice,
  EMPTY_SELECTION,
  filterConditions,
  functionalUpdate,
  groupedVisibleRows,
  isFiltering,
  moveColumn,
  navigate,
  planEdit,
  resizeColumn,
  resolveColumns,
  searchMatcher,
  selectRow,
  summarizeGroup,
  summaryText,
  tableRows,
  toggleAll,
  toggleGroup,
  treeVisibleRows,
  visibleRows,
  type Updater,
} from '../../../src/views/grid/index.js';

type Row = { id: string; name: string; n?: number };
const def = (
  id: string,
  extra: Partial<ColumnDef<Row, null, { name: string }>> = {},
): ColumnDef<Row, null, { name: string }> => ({
  id,
  header: id.toUpperCase(),
  width: 100,
  minWidth: 40,
  align: 'start',
  text: (r) => r.name,
  ...extra,
});

describe('state slices', () => {
  it('an uncontrolled slice keeps what it is given and tells onChange', () => {
    const seen: Updater<number>[] = [];
    const s = createSlice(1, () => ({ onChange: (u) => seen.push(u) }));
    s.set((n) => n + 1);
    assert.equal(s.get(), 2);
    assert.equal(seen.length, 1);
    assert.equal(s.controlled, false);
  });
  it('a controlled slice reads the host and changes only through it', () => {
    let host = 5;
    const s = createSlice(0, () => ({
      state: host,
      onChange: (u) => (host = functionalUpdate(u, host) * 10),
    }));
    s.set(6);
    assert.equal(s.get(), 60);
    assert.equal(s.controlled, true);
  });
});

describe('columns and sizing', () => {
  const defs = new Map(['name', 'start', 'end'].map((id) => [id, def(id)]));
  it('resolves configs in order with widths and headers, skipping unknown and repeated ids', () => {
    const out = resolveColumns(
      ['end', { id: 'name', width: 10, header: 'Task' }, 'nope', 'end', { id: 'start', width: Number.NaN }],
      (id) => defs.get(id),
    );
    assert.deepEqual(
      out.map((d) => [d.id, d.width, d.header]),
      [
        ['end', 100, 'END'],
        ['name', 40, 'Task'],
        ['start', 100, 'START'],
      ],
    );
  });
  it('applies a legacy width map under a configured width', () => {
    const out = resolveColumns(['name', { id: 'end', width: 90 }], (id) => defs.get(id), {
      name: 70,
      end: 300,
    });
    assert.deepEqual(
      out.map((d) => d.width),
      [70, 90],
    );
  });
  it('moves columns, reports states and keeps configured headers', () => {
    assert.deepEqual(moveColumn(['a', 'b', 'c'], 0, 2), ['b', 'c', 'a']);
    assert.deepEqual(moveColumn(['a', 'b'], 5, 0), ['a', 'b']);
    const states = columnStates([def('name'), def('end')], 'end', 150);
    assert.deepEqual(states, [
      { id: 'name', width: 100 },
      { id: 'end', width: 150 },
    ]);
    assert.deepEqual(configsOf(states, [{ id: 'name', header: 'Task' }]), [
      { id: 'name', width: 100, header: 'Task' },
      { id: 'end', width: 150 },
    ]);
  });
  it('clamps resizes to the minimum and lays out starts', () => {
    const d = def('name');
    assert.deepEqual(resizeColumn({}, d, 3), { name: 40 });
    assert.equal(columnWidth(d, { name: 77 }), 77);
    assert.equal(columnWidth(d, { name: Number.POSITIVE_INFINITY }), 100);
    assert.equal(columnWidth(d, {}, { id: 'name', width: 5 }), 40);
    assert.deepEqual(columnStarts([10, 20]), [0, 10, 30]);
  });
});

describe('selection', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('selects one, toggles and extends a range from the anchor', () => {
    let s = selectRow(EMPTY_SELECTION, 'b', 'only', ids);
    assert.deepEqual(s.selected, ['b']);
    s = selectRow(s, 'd', 'range', ids);
    assert.deepEqual(s.selected, ['b', 'c', 'd']);
    assert.equal(s.anchor, 'b');
    s = selectRow(s, 'a', 'toggle', ids);
    assert.deepEqual(s.selected, ['b', 'c', 'd', 'a']);
    assert.equal(selectRow(s, 'a', 'toggle', ids).selected.includes('a'), false);
  });
  it('returns the same state when nothing changes, and toggles all', () => {
    const s = { selected: ['a'], anchor: 'a' };
    assert.equal(selectRow(s, 'a', 'only', ids), s);
    assert.deepEqual(toggleAll(s, ids).selected, ids);
    assert.deepEqual(toggleAll({ selected: ids, anchor: undefined }, ids).selected, []);
  });
  it('a range from a vanished anchor selects the one row', () => {
    assert.deepEqual(selectRow({ selected: [], anchor: 'zz' }, 'c', 'range', ids).selected, ['c']);
  });
});

describe('editing', () => {
  const name = def('name', {
    editValue: (r) => r.name,
    parse: (v) => (v.trim() === '' ? { error: 'A name is needed' } : { name: v.trim() }),
  });
  const row = { id: 't', name: 'Old' };
  it('knows which cells edit', () => {
    assert.equal(canEdit(name, row, null), true);
    assert.equal(canEdit(name, row, null, true), false);
    assert.equal(canEdit(def('x'), row, null), false);
    assert.equal(canEdit({ ...name, editable: () => false }, row, null), false);
  });
  it('plans an edit: unchanged, invalid with the message, or the change', () => {
    assert.deepEqual(planEdit(name, row, null, 'Old'), { kind: 'unchanged' });
    assert.deepEqual(planEdit(name, row, null, '  '), { kind: 'invalid', error: 'A name is needed' });
    assert.deepEqual(planEdit(name, row, null, '<img onerror=x>'), {
      kind: 'change',
      change: { name: '<img onerror=x>' },
    });
    const stringly = def('s', { editValue: () => '', parse: () => 'bad' as unknown as { name: string } });
    assert.deepEqual(planEdit(stringly, row, null, 'x'), { kind: 'invalid', error: 'bad' });
  });
  it('keeps the editor open with a refusal, closes it otherwise', () => {
    const state = { row: 't', column: 'name', error: undefined };
    assert.deepEqual(afterCommit(state, 'Cycle'), { ...state, error: 'Cycle' });
    assert.equal(afterCommit(state, undefined), undefined);
  });
});

describe('filter', () => {
  it('builds conditions from per-column filters, ignoring inherited keys', () => {
    const state = { search: '', columns: { status: 'done', person: 'p1', priority: '' } };
    assert.deepEqual(
      filterConditions(state, ['status', 'person', 'priority', 'toString'], (c) =>
        c === 'person' ? 'assignees' : c,
      ),
      [
        { field: 'status', op: 'eq', value: 'done' },
        { field: 'assignees', op: 'eq', value: 'p1' },
      ],
    );
    assert.equal(isFiltering(state), true);
    assert.equal(isFiltering({ search: '  ', columns: {} }), false);
  });
  it('searches every word as plain text, hostile strings included', () => {
    const match = searchMatcher('.* (a', (t) => [t.name]);
    assert.equal(match({ id: '1', name: 'x .* y (abc' } as never), true);
    assert.equal(match({ id: '2', name: 'anything' } as never), false);
  });
});

describe('grouping and visible rows', () => {
  it('toggles groups and writes summary texts', () => {
    assert.deepEqual([...toggleGroup(new Set(), 'done')], ['done']);
    assert.deepEqual([...toggleGroup(new Set(['done']), 'done')], []);
    const s = summarizeGroup(
      [
        { id: 'a', name: 'a', progress: 50 },
        { id: 'b', name: 'b', progress: 25 },
      ] as never,
      [{ id: 'progress', value: (t) => t.progress }],
    );
    assert.equal(summaryText(s, 'progress', 'average', true), 'avg 38%');
    assert.equal(summaryText(s, 'progress', 'sum'), 'sum 75');
    assert.equal(summaryText(s, 'other', 'sum'), '');
  });
  it('reads grouped and tree rows the same way', () => {
    const grouped = groupedVisibleRows(tableRows([['a', 'b'], []], (g) => g === 1));
    assert.equal(grouped.count, 5);
    assert.deepEqual(
      Array.from({ length: grouped.count }, (_, i) => grouped.kind(i)),
      ['group', 'task', 'task', 'summary', 'group'],
    );
    assert.equal(grouped.id(1), 'a');
    const tree = treeVisibleRows(visibleRows(['p', 'c'], [0, 1], new Set()));
    assert.equal(tree.kind(0), 'task');
    assert.equal(tree.parent(0), true);
    assert.equal(tree.parent(1), false);
  });
});

describe('keyboard', () => {
  const bounds = { rows: 10, columns: 4, page: 5, firstRow: -1 };
  it('swaps the horizontal arrows in right to left', () => {
    assert.deepEqual(navigate({ key: 'ArrowRight' }, { row: 2, column: 1 }, bounds, false), {
      row: 2,
      column: 2,
    });
    assert.deepEqual(navigate({ key: 'ArrowRight' }, { row: 2, column: 1 }, bounds, true), {
      row: 2,
      column: 0,
    });
    assert.deepEqual(navigate({ key: 'ArrowLeft' }, { row: 2, column: 1 }, bounds, true), {
      row: 2,
      column: 2,
    });
  });
  it('Home, End, Ctrl, pages and clamping', () => {
    assert.deepEqual(navigate({ key: 'End', ctrlKey: true }, { row: 2, column: 1 }, bounds, false), {
      row: 9,
      column: 3,
    });
    assert.deepEqual(navigate({ key: 'Home', metaKey: true }, { row: 5, column: 3 }, bounds, false), {
      row: 0,
      column: 0,
    });
    assert.deepEqual(navigate({ key: 'PageUp' }, { row: 3, column: 0 }, bounds, false), {
      row: 0,
      column: 0,
    });
    assert.deepEqual(navigate({ key: 'PageUp' }, { row: -1, column: 0 }, bounds, false), {
      row: -1,
      column: 0,
    });
    assert.deepEqual(navigate({ key: 'ArrowUp' }, { row: 0, column: 0 }, { ...bounds, firstRow: 0 }, false), {
      row: 0,
      column: 0,
    });
    assert.equal(navigate({ key: 'x' }, { row: 0, column: 0 }, bounds, false), undefined);
  });
});
