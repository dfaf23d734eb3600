import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ancestorsAt,
  ROW_EXPANDED,
  ROW_PARENT,
  rowWindow,
  scrollToRow,
  sortTree,
  visibleRows,
  wbsDepths,
} from '../../../src/views/grid/rows.js';
import { createProject } from '../../../src/store/project.js';
import { generateProject } from '../../../src/testing/generate.js';

// A ─ B ─ C
//   └ D
// E ─ F
// G
const order = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const parents: Record<string, string | undefined> = { B: 'A', C: 'B', D: 'A', F: 'E' };
const depth = wbsDepths(order, (id) => parents[id]);

describe('wbsDepths', () => {
  it('counts ancestors from parent ids', () => {
    assert.deepEqual([...depth], [0, 1, 2, 1, 0, 1, 0]);
  });
  it('treats an unknown or later parent as the root, and hostile ids as plain keys', () => {
    const d = wbsDepths(['__proto__', 'constructor', 'x'], (id) =>
      id === 'constructor' ? '__proto__' : id === 'x' ? 'missing' : undefined,
    );
    assert.deepEqual([...d], [0, 1, 0]);
    assert.deepEqual([...wbsDepths([], () => undefined)], []);
  });
});

describe('visibleRows', () => {
  it('shows everything with nothing collapsed, flagging summaries as expanded', () => {
    const rows = visibleRows(order, depth, new Set());
    assert.deepEqual(rows.ids, order);
    assert.deepEqual([...rows.depth], [0, 1, 2, 1, 0, 1, 0]);
    const P = ROW_PARENT | ROW_EXPANDED;
    assert.deepEqual([...rows.flags], [P, P, 0, 0, P, 0, 0]);
  });

  it('hides the whole subtree of a collapsed summary and keeps its siblings', () => {
    const rows = visibleRows(order, depth, new Set(['A']));
    assert.deepEqual(rows.ids, ['A', 'E', 'F', 'G']);
    assert.deepEqual([...rows.depth], [0, 0, 1, 0]);
    assert.equal(rows.flags[0], ROW_PARENT);
    assert.equal(rows.flags[1], ROW_PARENT | ROW_EXPANDED);
  });

  it('hides a nested collapsed summary’s children only', () => {
    const rows = visibleRows(order, depth, new Set(['B', 'E']));
    assert.deepEqual(rows.ids, ['A', 'B', 'D', 'E', 'G']);
    assert.equal(rows.flags[1], ROW_PARENT);
  });

  it('ignores a collapsed leaf and an unknown id', () => {
    const rows = visibleRows(order, depth, new Set(['C', 'nope', '__proto__']));
    assert.deepEqual(rows.ids, order);
    assert.equal(rows.flags[2], 0);
  });

  it('returns no rows for an empty project', () => {
    const rows = visibleRows([], new Int32Array(0), new Set());
    assert.deepEqual(rows.ids, []);
    assert.equal(rows.depth.length, 0);
  });

  it('handles a chain a million levels deep without recursion', () => {
    const n = 1_000_000;
    const ids = Array.from({ length: n }, (_, i) => `t${i}`);
    const d = new Int32Array(n);
    for (let i = 0; i < n; i++) d[i] = i;
    assert.equal(visibleRows(ids, d, new Set()).ids.length, n);
    assert.deepEqual(visibleRows(ids, d, new Set(['t10'])).ids.length, 11);
    assert.equal(ancestorsAt(ids, d, n - 1).length, n - 1);
    assert.equal(sortTree(ids, d, (a, b) => b - a).length, n);
  });

  it('matches a naive recursive reference on random trees (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (parentPicks, collapsePicks) => {
          // Task i's parent is some earlier task or the root.
          const ids = parentPicks.map((_, i) => `t${i}`);
          const parentIdx = parentPicks.map((p, i) => (i === 0 ? -1 : (p % (i + 1)) - 1));
          const kids = new Map<number, number[]>();
          parentIdx.forEach((p, i) => {
            kids.set(p, [...(kids.get(p) ?? []), i]);
          });
          const dfs: number[] = [];
          const walk = (p: number): void => {
            for (const c of kids.get(p) ?? []) {
              dfs.push(c);
              walk(c);
            }
          };
          walk(-1);
          const wbs = dfs.map((i) => ids[i] as string);
          const parentOf = (id: string): string | undefined => {
            const p = parentIdx[Number(id.slice(1))] as number;
            return p < 0 ? undefined : ids[p];
          };
          const collapsed = new Set(collapsePicks.map((c) => `t${c % Math.max(1, ids.length)}`));
          const expected: string[] = [];
          const show = (p: number): void => {
            for (const c of kids.get(p) ?? []) {
              expected.push(ids[c] as string);
              if (!collapsed.has(ids[c] as string)) show(c);
            }
          };
          show(-1);
          const d = wbsDepths(wbs, parentOf);
          const rows = visibleRows(wbs, d, collapsed);
          assert.deepEqual(rows.ids, expected);
          rows.ids.forEach((id, r) => {
            const i = Number(id.slice(1));
            assert.equal(Boolean((rows.flags[r] as number) & ROW_PARENT), (kids.get(i) ?? []).length > 0);
          });
        },
      ),
    );
  });

  it('lays out 100k generated tasks (speed is measured by the benchmarks)', () => {
    const project = createProject(generateProject({ tasks: 100_000 }), { scheduler: false });
    const wbs = project.wbsOrder();
    const d = wbsDepths(wbs, (id) => project.task(id)?.parentId);
    const all = visibleRows(wbs, d, new Set());
    assert.equal(all.ids.length, 100_000);
    const tops = project.children().map((t) => t.id);
    assert.equal(visibleRows(wbs, d, new Set(tops)).ids.length, tops.length);
  });
});

describe('ancestorsAt', () => {
  it('lists the ancestors nearest first', () => {
    assert.deepEqual(ancestorsAt(order, depth, 2), ['B', 'A']);
    assert.deepEqual(ancestorsAt(order, depth, 3), ['A']);
    assert.deepEqual(ancestorsAt(order, depth, 0), []);
  });
});

describe('sortTree', () => {
  it('sorts siblings and keeps subtrees under their parents', () => {
    const byNameDesc = (a: number, b: number) => (order[b] as string).localeCompare(order[a] as string);
    assert.deepEqual(sortTree(order, depth, byNameDesc), ['G', 'E', 'F', 'A', 'D', 'B', 'C']);
  });
  it('is stable for equal keys', () => {
    assert.deepEqual(
      sortTree(order, depth, () => 0),
      order,
    );
  });
});

describe('rowWindow and scrollToRow', () => {
  it('covers the viewport plus overscan, clamped to the rows', () => {
    assert.deepEqual(rowWindow(0, 320, 32, 1000, 2), { first: 0, end: 12 });
    assert.deepEqual(rowWindow(3200, 320, 32, 1000, 2), { first: 98, end: 112 });
    assert.deepEqual(rowWindow(31_990, 320, 32, 1000, 2), { first: 997, end: 1000 });
    assert.deepEqual(rowWindow(50, 320, 32, 0), { first: 0, end: 0 });
    assert.deepEqual(rowWindow(-100, 64, 32, 10, 0), { first: 0, end: 2 });
  });
  it('scrolls just enough to show a row whole', () => {
    assert.equal(scrollToRow(5, 0, 320, 32), 0);
    assert.equal(scrollToRow(20, 0, 320, 32), 21 * 32 - 320);
    assert.equal(scrollToRow(2, 320, 320, 32), 64);
    assert.equal(scrollToRow(0, 0, 10, 32), 0);
  });
});
