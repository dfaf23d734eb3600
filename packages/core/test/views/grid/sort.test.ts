import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareCellValues,
  gridCollator,
  indexComparator,
  nextSorting,
  type SortingState,
  sortIds,
  withoutColumn,
} from '../../../src/views/grid/index.js';

const collator = gridCollator('en');

describe('nextSorting', () => {
  it('cycles one column ascending, descending, unsorted', () => {
    let s: SortingState = [];
    s = nextSorting(s, 'name');
    assert.deepEqual(s, [{ column: 'name', direction: 'ascending' }]);
    s = nextSorting(s, 'name');
    assert.deepEqual(s, [{ column: 'name', direction: 'descending' }]);
    s = nextSorting(s, 'name');
    assert.deepEqual(s, []);
  });
  it('a plain activation on another column replaces the key', () => {
    const s = nextSorting([{ column: 'name', direction: 'descending' }], 'start');
    assert.deepEqual(s, [{ column: 'start', direction: 'ascending' }]);
  });
  it('multi adds, flips and removes a key; plain on a key of several keeps only it, flipped', () => {
    let s: SortingState = nextSorting([], 'status', true);
    s = nextSorting(s, 'name', true);
    assert.deepEqual(
      s.map((k) => k.column),
      ['status', 'name'],
    );
    s = nextSorting(s, 'name', true);
    assert.equal(s[1]?.direction, 'descending');
    assert.deepEqual(nextSorting(s, 'name', true), [{ column: 'status', direction: 'ascending' }]);
    assert.deepEqual(nextSorting(s, 'status'), [{ column: 'status', direction: 'descending' }]);
  });
  it('withoutColumn drops a hidden column and keeps the same state otherwise', () => {
    const s: SortingState = [{ column: 'a', direction: 'ascending' }];
    assert.equal(withoutColumn(s, 'b'), s);
    assert.deepEqual(withoutColumn(s, 'a'), []);
  });
});

describe('compareCellValues', () => {
  it('puts empty values last in either direction', () => {
    for (const sign of [1, -1] as const) {
      const values = ['b', undefined, '', 'a', Number.NaN];
      const sorted = values.slice().sort((a, b) => compareCellValues(a, b, collator, sign));
      assert.deepEqual(sorted.slice(0, 2), sign === 1 ? ['a', 'b'] : ['b', 'a']);
      for (const v of sorted.slice(2)) assert.ok(v === undefined || v === '' || Number.isNaN(v));
    }
  });
  it('compares numbers numerically and text naturally, case-insensitively', () => {
    assert.ok(compareCellValues(2, 10, collator) < 0);
    assert.ok(compareCellValues('Task 2', 'Task 10', collator) < 0);
    assert.equal(compareCellValues('abc', 'ABC', collator), 0);
    assert.ok(compareCellValues(5, 'x', collator) < 0);
  });
  it('survives hostile strings and a bad locale', () => {
    const hostile = ['<script>alert(1)</script>', '__proto__', '.*+?^$ {}()|[]\\', '\u0000', '😀', 'ﷺ', ''];
    const c = gridCollator('not a locale!!');
    const sorted = sortIds(hostile, [{ value: (id) => id, direction: 'ascending' }], c);
    assert.equal(sorted.length, hostile.length);
    assert.equal(sorted[sorted.length - 1], '');
  });
});

describe('sortIds and indexComparator', () => {
  it('is stable and multi-key', () => {
    const rows: Record<string, [string, number]> = {
      a: ['x', 2],
      b: ['y', 1],
      c: ['x', 1],
      d: ['x', 2],
    };
    const sorted = sortIds(
      Object.keys(rows),
      [
        { value: (id) => rows[id]?.[0], direction: 'ascending' },
        { value: (id) => rows[id]?.[1], direction: 'descending' },
      ],
      collator,
    );
    assert.deepEqual(sorted, ['a', 'd', 'c', 'b']);
  });
  it('sorts 100k rows in well under a second and reads each value once', () => {
    const n = 100_000;
    let reads = 0;
    const compare = indexComparator(
      n,
      [
        {
          value: (i) => {
            reads++;
            return i % 7 === 0 ? undefined : `Task ${(i * 7919) % n}`;
          },
          direction: 'ascending',
        },
      ],
      collator,
    );
    const index = Array.from({ length: n }, (_, i) => i);
    index.sort(compare);
    assert.equal(reads, n);
    // Empties last.
    assert.equal((index[n - 1] as number) % 7, 0);
  });
});
