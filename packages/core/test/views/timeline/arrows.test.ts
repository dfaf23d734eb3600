import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ArrowEnd,
  arrowHead,
  arrowHeadPath,
  linkEnds,
  linkTypeFor,
  mirrorRoute,
  routeArrow,
  routeDistance,
  routePath,
} from '../../../src/views/timeline/arrows.js';

const bar = (row: number, left: number, right: number): ArrowEnd => ({
  row,
  startX: left,
  endX: right,
  left,
  right,
});
const opts = { rowHeight: 20, gap: 8 };

describe('link ends', () => {
  it('round-trips every type through the ends a user drags', () => {
    for (const type of ['FS', 'SS', 'FF', 'SF'] as const) {
      const [fromFinish, toStart] = linkEnds(type);
      assert.equal(linkTypeFor(fromFinish, toStart), type);
    }
    assert.deepEqual(linkEnds('SF'), [false, false]);
  });
});

describe('arrow routes', () => {
  it('FS forward: out of the finish, down, into the start', () => {
    const r = routeArrow('FS', bar(0, 10, 100), bar(2, 140, 200), opts);
    assert.deepEqual(r.points, [100, 10, 108, 10, 108, 50, 140, 50]);
    assert.equal(r.direction, 1);
    assert.equal(routePath(r), 'M100 10L108 10L108 50L140 50');
    assert.equal(arrowHead(r, 6), '140,50 134,47 134,53');
  });

  it('FS backwards: five legs along the boundary below the predecessor', () => {
    const r = routeArrow('FS', bar(1, 10, 100), bar(3, 50, 90), opts);
    assert.deepEqual(r.points, [100, 30, 108, 30, 108, 40, 42, 40, 42, 70, 50, 70]);
  });

  it('FS backwards upwards uses the boundary above', () => {
    const r = routeArrow('FS', bar(3, 10, 100), bar(1, 50, 90), opts);
    assert.deepEqual(r.points, [100, 70, 108, 70, 108, 60, 42, 60, 42, 30, 50, 30]);
  });

  it('FS with a gap narrower than two stubs goes around', () => {
    const r = routeArrow('FS', bar(0, 0, 100), bar(1, 110, 150), opts);
    assert.equal(r.points.length, 12);
    const tight = routeArrow('FS', bar(0, 0, 100), bar(1, 116, 150), opts);
    assert.deepEqual(tight.points, [100, 10, 108, 10, 108, 30, 116, 30]);
  });

  it('SS turns left of the earlier start', () => {
    const r = routeArrow('SS', bar(0, 40, 100), bar(1, 20, 90), opts);
    assert.deepEqual(r.points, [40, 10, 12, 10, 12, 30, 20, 30]);
    assert.equal(r.direction, 1);
  });

  it('FF turns right of the later finish and enters leftwards', () => {
    const r = routeArrow('FF', bar(0, 0, 100), bar(1, 20, 150), opts);
    assert.deepEqual(r.points, [100, 10, 158, 10, 158, 30, 150, 30]);
    assert.equal(r.direction, -1);
    assert.equal(arrowHead(r, 6), '150,30 156,27 156,33');
  });

  it('SF forward leaves the start leftwards and enters the finish', () => {
    const r = routeArrow('SF', bar(2, 100, 200), bar(0, 10, 60), opts);
    assert.deepEqual(r.points, [100, 50, 92, 50, 92, 10, 60, 10]);
    assert.equal(r.direction, -1);
  });

  it('SF backwards goes around', () => {
    const r = routeArrow('SF', bar(0, 100, 200), bar(1, 10, 150), opts);
    assert.deepEqual(r.points, [100, 10, 92, 10, 92, 20, 158, 20, 158, 30, 150, 30]);
  });

  it('never runs a leg through the two bars it joins', () => {
    const a = bar(0, 100, 200);
    const b = bar(1, 120, 180);
    for (const type of ['FS', 'SS', 'FF', 'SF'] as const) {
      const p = routeArrow(type, a, b, opts).points;
      for (let i = 0; i + 3 < p.length; i += 2) {
        const [x0, y0, x1, y1] = [p[i], p[i + 1], p[i + 2], p[i + 3]] as [number, number, number, number];
        if (x0 !== x1) continue;
        // A vertical leg inside a bar's span would cross it.
        for (const end of [a, b]) {
          const inside = x0 > end.left && x0 < end.right;
          const top = end.row * 20 + 4;
          const crosses = Math.min(y0, y1) < top + 12 && Math.max(y0, y1) > top;
          assert.ok(!(inside && crosses), `${type} crosses a bar at x=${x0}`);
        }
      }
    }
  });

  it('mirrors for right-to-left', () => {
    const r = mirrorRoute(routeArrow('FS', bar(0, 10, 100), bar(2, 140, 200), opts), 300);
    assert.deepEqual(r.points, [200, 10, 192, 10, 192, 50, 160, 50]);
    assert.equal(r.direction, -1);
  });
});

describe('arrow heads as paths and hit distance', () => {
  const r = routeArrow('FS', bar(0, 10, 100), bar(2, 140, 200), opts);

  it('draws the same triangle as the polygon, as a closed subpath', () => {
    assert.equal(arrowHeadPath(r, 6), 'M140 50L134 47L134 53Z');
    const left = mirrorRoute(r, 300);
    assert.equal(arrowHeadPath(left, 6), 'M160 50L166 47L166 53Z');
    // Concatenated heads stay separate subpaths.
    assert.equal(`${arrowHeadPath(r)}${arrowHeadPath(left)}`.match(/M/g)?.length, 2);
  });

  it('measures the distance to the nearest segment, clamped at the ends', () => {
    // Points: (100,10) → (108,10) → (108,50) → (140,50).
    assert.equal(routeDistance(r, 104, 10), 0);
    assert.equal(routeDistance(r, 104, 13), 3);
    assert.equal(routeDistance(r, 112, 30), 4);
    assert.equal(routeDistance(r, 120, 46), 4);
    // Beyond the head: the distance to the last point.
    assert.equal(routeDistance(r, 143, 54), 5);
    // Before the start: the distance to the first point.
    assert.equal(routeDistance(r, 97, 6), 5);
    // Far to the left, level with the start: clamped to the first point.
    assert.equal(routeDistance(r, 58, 10), 42);
    assert.equal(routeDistance(r, 58, 30), Math.hypot(42, 20));
  });

  it('handles degenerate routes: a zero-length segment and no segment at all', () => {
    assert.equal(routeDistance({ points: [5, 5, 5, 5], direction: 1 }, 8, 9), 5);
    assert.equal(routeDistance({ points: [5, 5], direction: 1 }, 5, 5), Number.POSITIVE_INFINITY);
    assert.equal(routeDistance({ points: [], direction: 1 }, 0, 0), Number.POSITIVE_INFINITY);
  });
});
