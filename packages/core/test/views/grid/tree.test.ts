import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  gridCollator,
  sortedTree,
  toggleCollapsed,
  treeRows,
  wbsDepths,
} from '../../../src/views/grid/index.js';

const collator = gridCollator('en');
// A(9) ─ B(3) ─ C(1)
//      └ D(2)
// E(1)
const order = ['A', 'B', 'C', 'D', 'E'];
const parents: Record<string, string> = { B: 'A', C: 'B', D: 'A' };
const depth = wbsDepths(order, (id) => parents[id]);
const value: Record<string, number> = { A: 9, B: 3, C: 1, D: 2, E: 1 };
const key = (direction: 'ascending' | 'descending') => ({
  value: (i: number) => value[order[i] as string],
  direction,
});

describe('tree rows', () => {
  it('sorts within parents and carries depths', () => {
    const t = sortedTree(order, depth, [key('ascending')], collator);
    assert.deepEqual(t.order, ['E', 'A', 'D', 'B', 'C']);
    assert.deepEqual([...(t.depth as Int32Array)], [0, 0, 1, 1, 2]);
  });
  it('hides the subtrees of collapsed summaries and hands back the order itself when unsorted', () => {
    const rows = treeRows(order, depth, new Set(), [], collator);
    assert.equal(rows.ids, order);
    assert.deepEqual(treeRows(order, depth, new Set(['A']), [key('descending')], collator).ids, ['A', 'E']);
  });
  it('toggles collapse and keeps the state when nothing changes', () => {
    const none = new Set<string>();
    assert.equal(toggleCollapsed(none, 'A', true), none);
    const c = toggleCollapsed(none, 'A');
    assert.deepEqual([...c], ['A']);
    assert.deepEqual([...toggleCollapsed(c, 'A')], []);
  });
  it('builds 100k sorted, partly collapsed rows quickly', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => `t${i}`);
    // Ten-task families: a summary and nine children.
    const d = Int32Array.from({ length: n }, (_, i) => (i % 10 === 0 ? 0 : 1));
    const collapsed = new Set(ids.filter((_, i) => i % 20 === 0));
    const rows = treeRows(
      ids,
      d,
      collapsed,
      [{ value: (i) => `${(i * 31) % 97} <b>&`, direction: 'descending' }],
      collator,
    );
    assert.equal(rows.ids.length, n - (n / 20) * 9);
    // Each summary's children stay right under it.
    const at = rows.ids.indexOf('t10');
    assert.equal(rows.depth[at], 0);
    assert.equal(rows.depth[at + 1], 1);
  });
});
