import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  extendRange,
  linkRows,
  linksInRows,
  rowRange,
  xWindow,
} from '../../../src/views/timeline/virtual.js';

describe('row window', () => {
  it('covers the viewport plus overscan, clamped', () => {
    assert.deepEqual(rowRange(0, 320, 32, 1000, 4), { first: 0, last: 14 });
    assert.deepEqual(rowRange(3200, 320, 32, 1000, 4), { first: 96, last: 114 });
    assert.deepEqual(rowRange(31900, 320, 32, 1000, 4), { first: 992, last: 1000 });
    assert.deepEqual(rowRange(50, 320, 32, 0), { first: 0, last: 0 });
    assert.deepEqual(rowRange(-100, 64, 32, 10, 0), { first: 0, last: 2 });
  });

  it('has the same size at 1k and 100k rows', () => {
    const a = rowRange(16000, 600, 32, 1000);
    const b = rowRange(16000, 600, 32, 100_000);
    assert.equal(a.last - a.first, b.last - b.first);
  });
});

describe('x window', () => {
  it('snaps to overscan multiples so small scrolls keep it', () => {
    assert.deepEqual(xWindow(1000, 800, 10_000, 256), { x0: 512, x1: 2304 });
    assert.deepEqual(xWindow(1010, 800, 10_000, 256), { x0: 512, x1: 2304 });
    assert.deepEqual(xWindow(0, 800, 500, 256), { x0: 0, x1: 500 });
  });
});

describe('range extension', () => {
  const options = { edge: 200, chunk: 1440 * 10, maxWidth: 10_000 };
  const ppm = 36 / 1440; // 36 px per day

  it('prepends a chunk near the start and shifts the scroll by its width', () => {
    assert.deepEqual(extendRange({ start: 0, end: 1440 * 100 }, 100, 800, ppm, options), {
      start: -14400,
      end: 144000,
      shift: 360,
    });
  });

  it('appends near the end without shifting', () => {
    assert.deepEqual(extendRange({ start: 0, end: 1440 * 100 }, 2700, 800, ppm, options), {
      start: 0,
      end: 158400,
      shift: -0,
    });
  });

  it('trims the far side beyond the maximum width', () => {
    // 270 days = 9720 px; appending 10 days exceeds 10000 px by 80 px, the start drops 80 px.
    const r = extendRange({ start: 0, end: 1440 * 270 }, 9000, 800, ppm, options);
    assert.deepEqual(r, { start: 3200, end: 403200, shift: -80 });
  });

  it('leaves a range alone in the middle', () => {
    assert.equal(extendRange({ start: 0, end: 1440 * 100 }, 1000, 800, ppm, options), undefined);
  });
});

describe('links in rows', () => {
  const rows = new Map([
    ['a', 0],
    ['b', 5],
    ['c', 50],
    ['d', 99],
  ]);
  const links = [
    { from: 'a', to: 'b' },
    { from: 'a', to: 'd' },
    { from: 'c', to: 'b' },
    { from: 'a', to: 'hidden' },
  ];
  const index = linkRows(links, (id) => rows.get(id) ?? -1);

  it('finds links with an end inside or spanning the window, not hidden ones', () => {
    assert.deepEqual(linksInRows(index, { first: 0, last: 3 }), [0, 1]);
    assert.deepEqual(linksInRows(index, { first: 20, last: 30 }), [1, 2]);
    assert.deepEqual(linksInRows(index, { first: 60, last: 100 }), [1]);
    assert.deepEqual(linksInRows(index, { first: 100, last: 110 }), []);
  });

  it('finds the links of a window among 100k', () => {
    const n = 100_000;
    const many = Array.from({ length: n }, (_, i) => ({ from: String(i), to: String(i + 1) }));
    const big = linkRows(many, (id) => Number(id));
    const hits = linksInRows(big, { first: 50_000, last: 50_030 });
    // Links 49_999 … 50_029 have an end in rows 50_000 … 50_030; speed is the benchmarks' to judge.
    assert.deepEqual(
      hits,
      Array.from({ length: 31 }, (_, i) => 49_999 + i),
    );
  });
});
