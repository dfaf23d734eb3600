/**
 * The roadmap's `fit` zoom: the axis spans the features (and markers, and today) with a small
 * margin, snapped to whole cells of its bottom header row, and its density is the width there is
 * over that span, so the chart fills its viewport whatever the span. The bottom row is the finest
 * level whose cells stay wide enough to read at that density (months, else quarters, else
 * halves). A fixed zoom keeps its own density and range (see `roadmapRange`).
 */
import { unitInterval } from '../timeline/zoom-levels.js';
import {
  fineUnit,
  ROADMAP_LEVELS,
  type RoadmapLevel,
  type RoadmapZoom,
  roadmapPxPerDay,
  roadmapRange,
} from './roadmap-scale.js';

/** The axis a roadmap draws: its bottom header level, its range in wall minutes and its density. */
export interface RoadmapAxis {
  readonly level: RoadmapLevel;
  readonly start: number;
  readonly end: number;
  readonly pxPerDay: number;
}

/** The narrowest bottom-row cell, in px, whose label (`Sep`, `Q3`) still reads with room around it. */
export const MIN_FIT_CELL = 40;

/** The sparsest fit: below it the chart scrolls rather than shrinking its halves out of sight. */
export const MIN_FIT_PX_PER_DAY = 0.2;

/** The width fitted to while the real one is not known (a hidden or not yet laid out element). */
const FALLBACK_WIDTH = 960;

const DAY = 1440;

/** The earliest and latest finite instant, or `fallback` twice when there is none. */
function span(instants: ArrayLike<number>, fallback: number): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < instants.length; i++) {
    const t = instants[i] as number;
    if (!Number.isFinite(t)) continue;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  return lo > hi ? [fallback, fallback] : [lo, hi];
}

/**
 * The fitted axis over `instants` for `width` px (the chart's, without the lane column). The
 * margin is 2 % of the span, at least 3 days, on each side, then widened to whole cells of the
 * level; the density is `width` over that range, but not below {@link MIN_FIT_PX_PER_DAY}.
 */
export function roadmapFit(instants: ArrayLike<number>, fallback: number, width: number): RoadmapAxis {
  const w = Number.isFinite(width) && width > 0 ? width : FALLBACK_WIDTH;
  const [lo, hi] = span(instants, fallback);
  const margin = Math.max(3 * DAY, (hi - lo) * 0.02);
  let axis: RoadmapAxis | undefined;
  for (const level of ROADMAP_LEVELS) {
    const { step } = fineUnit(level);
    const interval = unitInterval('month', step);
    const start = Math.round(interval.floor(new Date((lo - margin) * 60000)).getTime() / 60000);
    const end = Math.round(interval.ceil(new Date((hi + margin) * 60000)).getTime() / 60000);
    const pxPerDay = Math.max(MIN_FIT_PX_PER_DAY, (w * DAY) / Math.max(DAY, end - start));
    axis = { level, start, end, pxPerDay };
    // A month is at least 28 days, a quarter 90 and a half 181: the shortest cell must read.
    const shortest = step === 1 ? 28 : step === 3 ? 90 : 181;
    if (shortest * pxPerDay >= MIN_FIT_CELL) break;
  }
  return axis as RoadmapAxis;
}

/**
 * The axis of a zoom: fitted to `width` for `fit`, else the fixed level's density over its range
 * (a whole cell of margin on each side, room to drag into).
 */
export function roadmapAxis(
  zoom: RoadmapZoom,
  instants: ArrayLike<number>,
  fallback: number,
  width: number,
): RoadmapAxis {
  if (zoom === 'fit') return roadmapFit(instants, fallback, width);
  const { start, end } = roadmapRange(zoom, instants, fallback);
  return { level: zoom, start, end, pxPerDay: roadmapPxPerDay(zoom) };
}
