import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  clampGridInt,
  type GridItem,
  gridOverlaps,
  MAX_GRID_ROW,
  placeOnGrid,
} from '../../../src/views/dashboard/dashboard-grid.js';

const item = (id: string, x: number, y: number, w: number, h: number): GridItem => ({ id, x, y, w, h });

describe('placeOnGrid', () => {
  it('pushes the widgets a move covers down, in reading order, below what is already placed', () => {
    // a a b b      a moves right by one: it covers b's first column, so b goes below a;
    // c c . .      c is not covered (a left column 0) and stays.
    const items = [item('a', 0, 0, 2, 1), item('b', 2, 0, 2, 1), item('c', 0, 1, 2, 1)];
    const out = placeOnGrid(items, 4, 'a', { x: 1, y: 0 });
    assert.deepEqual(out, [item('a', 1, 0, 2, 1), item('b', 2, 1, 2, 1), item('c', 0, 1, 2, 1)]);
  });

  it('chains pushes: a widget pushed down pushes the ones under it', () => {
    const items = [item('big', 0, 3, 4, 2), item('top', 0, 0, 4, 1), item('mid', 0, 1, 4, 1)];
    const out = placeOnGrid(items, 4, 'big', { y: 0 });
    assert.deepEqual(
      out.map((i) => [i.id, i.y]),
      [
        ['big', 0],
        ['top', 2],
        ['mid', 3],
      ],
    );
  });

  it('clamps the new place into the grid and keeps current values for what is not a number', () => {
    const items = [item('a', 0, 0, 2, 1)];
    assert.deepEqual(placeOnGrid(items, 4, 'a', { x: 9, w: 3 }), [item('a', 1, 0, 3, 1)]);
    assert.deepEqual(placeOnGrid(items, 4, 'a', { x: -5, y: -1, w: 99, h: 0 }), [item('a', 0, 0, 4, 1)]);
    const hostile = { x: Number.NaN, y: '3' as unknown as number, w: Number.POSITIVE_INFINITY };
    assert.deepEqual(placeOnGrid(items, 4, 'a', hostile), [item('a', 0, 0, 2, 1)]);
    assert.equal(placeOnGrid(items, 4, 'a', { y: 1e9 })[0]?.y, MAX_GRID_ROW);
  });

  it('leaves the input alone, returns unknown ids unchanged, and treats odd ids as plain keys', () => {
    const items = [item('__proto__', 0, 0, 2, 2), item('constructor', 0, 2, 2, 2)];
    const copy = structuredClone(items);
    const out = placeOnGrid(items, 4, '__proto__', { y: 1 });
    assert.deepEqual(items, copy);
    assert.deepEqual(out, [item('__proto__', 0, 1, 2, 2), item('constructor', 0, 3, 2, 2)]);
    assert.deepEqual(placeOnGrid(items, 4, 'nope', { y: 5 }), items);
    assert.deepEqual(placeOnGrid([], 4, 'a', { x: 1 }), []);
  });

  it('never leaves overlaps, never moves a widget up, and puts the moved one where asked', () => {
    const arbItem = fc.record({
      x: fc.integer({ min: 0, max: 11 }),
      y: fc.integer({ min: 0, max: 20 }),
      w: fc.integer({ min: 1, max: 6 }),
      h: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbItem, { minLength: 1, maxLength: 14 }),
        fc.nat(),
        arbItem,
        (rects, pick, place) => {
          // A valid layout to start from: stack the generated rectangles without overlaps.
          const start = placeOnGrid(
            rects.map((r, k) => ({ ...r, id: `w${k}`, x: Math.min(r.x, 12 - r.w) })),
            12,
            'w0',
            {},
          );
          const id = `w${pick % start.length}`;
          const out = placeOnGrid(start, 12, id, place);
          for (let a = 0; a < out.length; a++)
            for (let b = a + 1; b < out.length; b++)
              assert.ok(!gridOverlaps(out[a] as GridItem, out[b] as GridItem), `${a} overlaps ${b}`);
          const moved = out.find((i) => i.id === id);
          assert.equal(moved?.w, place.w);
          assert.equal(moved?.x, Math.min(place.x, 12 - place.w));
          assert.equal(moved?.y, place.y);
          out.forEach((i, k) => {
            if (i.id !== id) assert.ok(i.y >= (start[k] as GridItem).y, `${i.id} moved up`);
          });
        },
      ),
    );
  });
});

describe('clampGridInt', () => {
  it('rounds, clamps, and falls back for what is not a finite number', () => {
    assert.equal(clampGridInt(2.6, 0, 10, 1), 3);
    assert.equal(clampGridInt(-4, 0, 10, 1), 0);
    assert.equal(clampGridInt(Number.NaN, 0, 10, 4), 4);
    assert.equal(clampGridInt('7', 0, 10, 4), 4);
    assert.equal(clampGridInt(undefined, 2, 10, 40), 10);
  });
});
