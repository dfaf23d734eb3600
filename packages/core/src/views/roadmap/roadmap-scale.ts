/**
 * The time axis of a roadmap: months, quarters or halves. Month and quarter reuse the timeline's
 * zoom table (density, snap, header rows); halves are the roadmap's own coarsest level, which
 * the timeline table does not have. Positions use the timeline's linear {@link TimeScale}.
 * Besides the three fixed densities, `fit` (see `roadmap-fit.ts`) spreads the features' span over
 * the width there is and reads the axis at the level that density calls for.
 */
import { formatTick } from '../timeline/tick-format.js';
import {
  type HeaderCell,
  headerCells,
  snapMinutes,
  stepSnap,
  type TimeScale,
} from '../timeline/time-scale.js';
import { type HeaderRowSpec, unitInterval, ZOOM_LEVELS } from '../timeline/zoom-levels.js';

/** The fixed density levels of a roadmap's axis, finest first; each names its bottom header row. */
export type RoadmapLevel = 'month' | 'quarter' | 'half';

/** What a roadmap's axis follows: `fit` (the width there is) or one of the fixed levels. */
export type RoadmapZoom = 'fit' | RoadmapLevel;

/** Every fixed level, finest first (zooming in moves left). */
export const ROADMAP_LEVELS: readonly RoadmapLevel[] = Object.freeze(['month', 'quarter', 'half']);

/** Every roadmap zoom: `fit`, then the fixed levels finest first. */
export const ROADMAP_ZOOMS: readonly RoadmapZoom[] = Object.freeze(['fit', ...ROADMAP_LEVELS]);

/** Whether a value names a roadmap zoom, `fit` included (for attribute input). */
export function isRoadmapZoom(value: unknown): value is RoadmapZoom {
  return typeof value === 'string' && (ROADMAP_ZOOMS as readonly string[]).includes(value);
}

/** Whether a value names a fixed level. */
export function isRoadmapLevel(value: unknown): value is RoadmapLevel {
  return typeof value === 'string' && (ROADMAP_LEVELS as readonly string[]).includes(value);
}

/**
 * The next fixed level in (`-1`) or out (`+1`), staying at the ends. From `fit`, whose density
 * is `fitPxPerDay`, the step goes to the nearest fixed level denser (in) or sparser (out) than
 * it, or the finest or coarsest level when there is none.
 */
export function stepRoadmapZoom(
  zoom: RoadmapZoom,
  direction: -1 | 1,
  fitPxPerDay = Number.NaN,
): RoadmapLevel {
  if (zoom === 'fit') {
    const px = Number.isFinite(fitPxPerDay) ? fitPxPerDay : roadmapPxPerDay('quarter');
    if (direction < 0) {
      for (let i = ROADMAP_LEVELS.length - 1; i >= 0; i--) {
        const level = ROADMAP_LEVELS[i] as RoadmapLevel;
        if (roadmapPxPerDay(level) > px * 1.001) return level;
      }
      return 'month';
    }
    for (const level of ROADMAP_LEVELS) if (roadmapPxPerDay(level) < px * 0.999) return level;
    return 'half';
  }
  const i = ROADMAP_LEVELS.indexOf(zoom) + direction;
  return ROADMAP_LEVELS[Math.max(0, Math.min(ROADMAP_LEVELS.length - 1, i))] as RoadmapLevel;
}

/** Half a year in the halves zoom: a bottom cell of about 140 px. */
const HALF_PX_PER_DAY = 0.75;

/** Pixels per calendar day at a fixed level. */
export function roadmapPxPerDay(level: RoadmapLevel): number {
  return level === 'half' ? HALF_PX_PER_DAY : ZOOM_LEVELS[level].pxPerDay;
}

/** The scale over `[start, end)` wall minutes at a fixed level, or at `pxPerDay` when given. */
export function roadmapScale(level: RoadmapLevel, start: number, end: number, pxPerDay?: number): TimeScale {
  return { start, end: Math.max(start, end), pxPerMinute: (pxPerDay ?? roadmapPxPerDay(level)) / 1440 };
}

/** The header rows (coarse, fine) of a zoom, as `[unit, step]` specs. */
function headerSpecs(zoom: RoadmapLevel): readonly [HeaderRowSpec, HeaderRowSpec | 'half'] {
  if (zoom === 'half') return [ZOOM_LEVELS.quarter.header[0], 'half'];
  return ZOOM_LEVELS[zoom].header;
}

/** A labelled header cell. */
export interface RoadmapHeaderCell extends HeaderCell {
  readonly label: string;
}

/**
 * The two header rows of the axis over `[start, end)`: years on top; months, quarters (`Q1`)
 * or halves (`H1`) below. Labels are formatted in UTC, in `locale`.
 */
export function roadmapHeader(
  zoom: RoadmapLevel,
  start: number,
  end: number,
  locale?: string,
): readonly [RoadmapHeaderCell[], RoadmapHeaderCell[]] {
  const [top, bottom] = headerSpecs(zoom);
  const row = (spec: HeaderRowSpec): RoadmapHeaderCell[] =>
    headerCells(unitInterval(spec.unit, spec.step), start, end).map((c) => ({
      ...c,
      label: formatTick(spec.format, c.start, locale),
    }));
  const fine =
    bottom === 'half'
      ? headerCells(unitInterval('month', 6), start, end).map((c) => ({ ...c, label: halfLabel(c.start) }))
      : row(bottom);
  return [row(top), fine];
}

function halfLabel(minutes: number): string {
  return new Date(minutes * 60000).getUTCMonth() < 6 ? 'H1' : 'H2';
}

/** The unit the axis of a zoom is read in: the bottom header's cells. */
export function fineUnit(zoom: RoadmapLevel): { unit: 'month'; step: number } {
  return { unit: 'month', step: zoom === 'month' ? 1 : zoom === 'quarter' ? 3 : 6 };
}

/**
 * The range a roadmap shows: from the start of the fine cell holding the earliest instant to the
 * end of the cell holding the latest, plus one whole cell of margin on each side (room to drag
 * into). Instants that are not finite are ignored; with none, the cell around `fallback`.
 */
export function roadmapRange(
  zoom: RoadmapLevel,
  instants: ArrayLike<number>,
  fallback: number,
): { start: number; end: number } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < instants.length; i++) {
    const t = instants[i] as number;
    if (!Number.isFinite(t)) continue;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  if (lo > hi) lo = hi = fallback;
  const { unit, step } = fineUnit(zoom);
  const interval = unitInterval(unit, step);
  const floor = interval.floor(new Date(lo * 60000));
  const ceil = interval.ceil(new Date(hi * 60000));
  const start = interval.offset(floor, -1);
  const end = interval.offset(ceil, 1);
  return { start: Math.round(start.getTime() / 60000), end: Math.round(end.getTime() / 60000) };
}

/** The snap instant nearest to `minutes` at a zoom (a day for months, a week for quarters and halves). */
export function roadmapSnap(zoom: RoadmapLevel, minutes: number, weekStart = 1): number {
  return snapMinutes(zoom === 'half' ? 'quarter' : zoom, minutes, weekStart);
}

/** One snap unit after (`+1`) or before (`−1`) `minutes` at a zoom (keyboard moves). */
export function roadmapStep(zoom: RoadmapLevel, minutes: number, direction: number, weekStart = 1): number {
  return stepSnap(zoom === 'half' ? 'quarter' : zoom, minutes, direction, weekStart);
}
