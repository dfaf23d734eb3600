import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { packRows } from '../../../src/views/roadmap/roadmap-pack.js';
import { laneAt, roadmapRows } from '../../../src/views/roadmap/roadmap-rows.js';

/** The largest number of spans covering one instant: the fewest rows any packing can use. */
function maxOverlap(spans: [number, number][]): number {
  const events: [number, number][] = [];
  for (const [s, e] of spans) {
    events.push([s, 1], [e, -1]);
  }
  // Ends before starts at the same instant: touching spans do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let most = 0;
  for (const [, d] of events) {
    open += d;
    most = Math.max(most, open);
  }
  return most;
}

describe('packRows', () => {
  it('packs nothing into no rows', () => {
    const r = packRows([], []);
    assert.equal(r.rowCount, 0);
    assert.equal(r.rows.length, 0);
  });

  it('puts disjoint and touching bars in one row, overlapping ones below, reusing freed rows', () => {
    // a [0,10) b [10,20) touches a; c [5,15) overlaps both; d [15,30) fits after a/b? no: b ends 20.
    // Start order: a(0) c(5) b(10) d(15) e(21). a→0, c→1, b: row 0 free at 10 → 0, d: row 1 free at 15 → 1, e → 0.
    const starts = [0, 10, 5, 15, 21];
    const ends = [10, 20, 15, 30, 25];
    const r = packRows(starts, ends);
    assert.deepEqual(Array.from(r.rows), [0, 0, 1, 1, 0]);
    assert.equal(r.rowCount, 2);
  });

  it('takes the lowest free row, not the one freed first', () => {
    // a [0,10) row 0, b [0,5) row 1 (a is longer, so it goes first), c [0,3) row 2;
    // at 10 rows 0, 1 and 2 are all free: d goes to row 0.
    const r = packRows([0, 0, 0, 10], [10, 5, 3, 12]);
    assert.deepEqual(Array.from(r.rows), [0, 1, 2, 0]);
    assert.equal(r.rowCount, 3);
  });

  it('gives short bars their minimum length and keeps a gap', () => {
    // Milestones at 0 and 4 with minLength 5 overlap; with minLength 4 they touch.
    assert.equal(packRows([0, 4], [0, 4], 5).rowCount, 2);
    assert.equal(packRows([0, 4], [0, 4], 4).rowCount, 1);
    // A gap of 1 separates touching bars.
    assert.equal(packRows([0, 10], [10, 20], 0, 1).rowCount, 2);
    assert.equal(packRows([0, 11], [10, 20], 0, 1).rowCount, 1);
  });

  it('puts undated bars in row 0 without taking room', () => {
    const r = packRows([Number.NaN, 0, 0], [Number.NaN, 10, 10]);
    assert.deepEqual(Array.from(r.rows), [0, 0, 1]);
    assert.equal(r.rowCount, 2);
  });

  it('is deterministic for equal spans (input order)', () => {
    const r = packRows([0, 0, 0], [5, 5, 5]);
    assert.deepEqual(Array.from(r.rows), [0, 1, 2]);
  });

  it('never overlaps in a row and uses exactly the fewest rows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 200 }), fc.integer({ min: 0, max: 60 })), {
          maxLength: 80,
        }),
        (raw) => {
          const spans = raw.map(([s, d]) => [s, s + d] as [number, number]);
          const positive = spans.filter(([s, e]) => e > s);
          const r = packRows(
            positive.map((x) => x[0]),
            positive.map((x) => x[1]),
          );
          const byRow = new Map<number, [number, number][]>();
          positive.forEach((span, i) => {
            const row = r.rows[i] as number;
            assert.ok(row >= 0 && row < r.rowCount);
            const list = byRow.get(row) ?? [];
            for (const [s, e] of list) assert.ok(span[1] <= s || span[0] >= e, 'overlap in a row');
            list.push(span);
            byRow.set(row, list);
          });
          assert.equal(r.rowCount, maxOverlap(positive));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('packs 100k bars into as few rows as the deepest overlap', () => {
    const n = 100_000;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      starts[i] = (i * 7919) % 100_000;
      ends[i] = (starts[i] as number) + 50 + (i % 13) * 10;
    }
    const r = packRows(starts, ends);
    const spans = Array.from(starts, (s, i) => [s, ends[i] as number] as [number, number]);
    assert.equal(r.rowCount, maxOverlap(spans));
  });
});

describe('roadmapRows', () => {
  it('stacks lanes by their packed rows, with padding, collapsed and hidden features', () => {
    // Lane 0: two overlapping features (2 rows). Lane 1: collapsed. Lane 2: empty. Lane 3: one.
    // Feature 4 is hidden (lane −1).
    const rows = roadmapRows({
      lanes: [0, 0, 1, 3, -1],
      starts: [0, 5, 0, 0, 0],
      ends: [10, 15, 10, 10, 10],
      laneCount: 4,
      collapsed: [false, true, false, false],
      rowHeight: 30,
      lanePadding: 4,
    });
    assert.deepEqual(Array.from(rows.laneRows), [2, 1, 0, 1]);
    assert.deepEqual(Array.from(rows.laneHeight), [68, 38, 38, 38]);
    assert.deepEqual(Array.from(rows.laneTop), [0, 68, 106, 144]);
    assert.equal(rows.height, 182);
    assert.deepEqual(Array.from(rows.row), [0, 1, -1, 0, -1]);
    assert.deepEqual(Array.from(rows.y).slice(0, 2), [4, 34]);
    assert.ok(Number.isNaN(rows.y[2]));
    assert.equal(rows.y[3], 148);
    assert.ok(Number.isNaN(rows.y[4]));
  });

  it('handles no lanes and lanes out of range', () => {
    const rows = roadmapRows({ lanes: [5], starts: [0], ends: [1], laneCount: 0, rowHeight: 20 });
    assert.equal(rows.height, 0);
    assert.equal(rows.row[0], -1);
    assert.equal(laneAt(rows, 10), -1);
  });

  it('finds the lane under a y, clamped to the ends', () => {
    const rows = roadmapRows({ lanes: [], starts: [], ends: [], laneCount: 3, rowHeight: 20 });
    assert.equal(laneAt(rows, -5), 0);
    assert.equal(laneAt(rows, 19.9), 0);
    assert.equal(laneAt(rows, 20), 1);
    assert.equal(laneAt(rows, 59), 2);
    assert.equal(laneAt(rows, 500), 2);
  });
});
