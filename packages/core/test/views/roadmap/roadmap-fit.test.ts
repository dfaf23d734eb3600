import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MIN_FIT_PX_PER_DAY, roadmapAxis, roadmapFit } from '../../../src/views/roadmap/roadmap-fit.js';
import { roadmapHeader, roadmapScale } from '../../../src/views/roadmap/roadmap-scale.js';
import { xOf } from '../../../src/views/timeline/time-scale.js';
import { formatWallTime, toWallMinutes } from '../../../src/time/wall-time.js';

const m = toWallMinutes;
const f = formatWallTime;
const width = (a: { start: number; end: number; pxPerDay: number }) =>
  ((a.end - a.start) / 1440) * a.pxPerDay;

describe('roadmap fit', () => {
  it('spreads a year over the width, snapped to whole months', () => {
    const a = roadmapFit([m('2026-01-15'), m('2026-12-10')], 0, 1000);
    assert.equal(a.level, 'month');
    assert.deepEqual([f(a.start), f(a.end)], ['2026-01-01', '2027-01-01']);
    assert.ok(Math.abs(width(a) - 1000) < 1e-6);
    // The features take most of the width.
    const scale = roadmapScale(a.level, a.start, a.end, a.pxPerDay);
    const used = xOf(scale, m('2026-12-10')) - xOf(scale, m('2026-01-15'));
    assert.ok(used / 1000 > 0.9, `${used}`);
  });

  it('keeps a margin when the span starts or ends on a boundary', () => {
    const a = roadmapFit([m('2026-03-01'), m('2026-05-01')], 0, 800);
    assert.deepEqual([f(a.start), f(a.end)], ['2026-02-01', '2026-06-01']);
  });

  it('reads the axis in quarters, then halves, as the density drops', () => {
    const q = roadmapFit([m('2025-01-10'), m('2027-11-20')], 0, 1000);
    assert.equal(q.level, 'quarter');
    assert.deepEqual([f(q.start), f(q.end)], ['2024-10-01', '2028-01-01']);
    assert.ok(Math.abs(width(q) - 1000) < 1e-6);
    const [, quarters] = roadmapHeader(q.level, q.start, q.end, 'en-US');
    assert.equal(quarters[0]?.label, 'Q4');
    const h = roadmapFit([m('2020-01-10'), m('2029-11-20')], 0, 1000);
    assert.equal(h.level, 'half');
    // Too many years for the width: the density stops at its floor and the chart scrolls.
    const floor = roadmapFit([m('2000-01-10'), m('2049-11-20')], 0, 1000);
    assert.equal(floor.pxPerDay, MIN_FIT_PX_PER_DAY);
    assert.ok(width(floor) > 1000);
  });

  it('is wide at a short span, falls back without instants or width, and ignores NaN', () => {
    const a = roadmapFit([m('2026-03-02'), m('2026-03-09'), Number.NaN], 0, 600);
    assert.equal(a.level, 'month');
    assert.deepEqual([f(a.start), f(a.end)], ['2026-02-01', '2026-04-01']);
    assert.ok(Math.abs(width(a) - 600) < 1e-6);
    const none = roadmapFit([], m('2026-08-08'), 0);
    assert.ok(none.start <= m('2026-08-08') && none.end > m('2026-08-08'));
    assert.ok(width(none) > 0);
  });

  it('gives fixed zooms their own density and range', () => {
    const a = roadmapAxis('month', [m('2026-03-01'), m('2026-04-01')], 0, 5000);
    assert.deepEqual([a.level, a.pxPerDay, f(a.start), f(a.end)], ['month', 4, '2026-02-01', '2026-05-01']);
    const fit = roadmapAxis('fit', [m('2026-03-01'), m('2026-04-01')], 0, 500);
    assert.ok(Math.abs(width(fit) - 500) < 1e-6);
  });
});
