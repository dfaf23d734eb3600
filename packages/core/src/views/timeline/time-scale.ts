/**
 * The horizontal map of a timeline: wall minutes ↔ pixels, linear from an origin. Pure numbers;
 * a view mirrors it for right-to-left layouts with {@link mirrorX}.
 */
import type { TimeInterval } from 'd3-time';
import { unitInterval, ZOOM_LEVELS, type ZoomLevel } from './zoom-levels.js';

/** A linear time scale: `x = (t − start) · pxPerMinute`, over the range `[start, end)` in wall minutes. */
export interface TimeScale {
  /** The first instant drawn (x = 0), in wall minutes. */
  readonly start: number;
  /** The instant at the far edge, in wall minutes. */
  readonly end: number;
  readonly pxPerMinute: number;
}

/** A scale over `[start, end)` at a zoom level's density. */
export function timeScale(level: ZoomLevel, start: number, end: number): TimeScale {
  return { start, end: Math.max(start, end), pxPerMinute: ZOOM_LEVELS[level].pxPerDay / 1440 };
}

/** The x of an instant. */
export function xOf(scale: TimeScale, minutes: number): number {
  return (minutes - scale.start) * scale.pxPerMinute;
}

/** The instant at `x` (fractional minutes; snap it before storing). */
export function minutesAt(scale: TimeScale, x: number): number {
  return scale.start + x / scale.pxPerMinute;
}

/** The scale's whole width in pixels. */
export function scaleWidth(scale: TimeScale): number {
  return (scale.end - scale.start) * scale.pxPerMinute;
}

/** The x of a left-to-right `x` (or of a box's left edge, given its `width`) in a right-to-left view of `total` px. */
export function mirrorX(x: number, total: number, width = 0): number {
  return total - x - width;
}

function toDate(minutes: number): Date {
  return new Date(minutes * 60000);
}

function toMinutes(date: Date): number {
  return Math.round(date.getTime() / 60000);
}

/**
 * The instant nearest to `minutes` on the level's snap grid (15 minutes, a day, a week starting
 * on `weekStart`, a month): drags and keyboard moves store whole units.
 */
export function snapMinutes(level: ZoomLevel, minutes: number, weekStart = 1): number {
  const { unit, step } = ZOOM_LEVELS[level].snap;
  if (unit === 'minute' || unit === 'hour' || unit === 'day') {
    const size = (unit === 'minute' ? 1 : unit === 'hour' ? 60 : 1440) * step;
    return Math.round(minutes / size) * size;
  }
  return toMinutes(roundInterval(unitInterval(unit, step, weekStart), toDate(minutes)));
}

/** One snap unit after (`+1`) or before (`−1`) `minutes`, from its snapped position (keyboard moves). */
export function stepSnap(level: ZoomLevel, minutes: number, direction: number, weekStart = 1): number {
  const { unit, step } = ZOOM_LEVELS[level].snap;
  const snapped = snapMinutes(level, minutes, weekStart);
  const interval = unitInterval(unit, 1, weekStart);
  return toMinutes(interval.offset(toDate(snapped), direction * step));
}

function roundInterval(interval: TimeInterval, date: Date): Date {
  const floor = interval.floor(date);
  const ceil = interval.ceil(date);
  return date.getTime() - floor.getTime() < ceil.getTime() - date.getTime() ? floor : ceil;
}

/** One cell of a header row: `[start, end)` in wall minutes. */
export interface HeaderCell {
  readonly start: number;
  readonly end: number;
}

/**
 * The cells of a header row that overlap `[from, to)`, each a whole interval (the first may start
 * before `from`, the last end after `to`). At most `limit` cells, so a wrong density cannot hang.
 */
export function headerCells(interval: TimeInterval, from: number, to: number, limit = 2000): HeaderCell[] {
  const cells: HeaderCell[] = [];
  let at = interval.floor(toDate(from));
  while (cells.length < limit && toMinutes(at) < to) {
    // `every(n)` intervals of days and hours are filters, whose `offset(at, 1)` is not the next
    // aligned instant; the ceiling of the next millisecond is, for every kind of interval.
    const stop = interval.ceil(new Date(at.getTime() + 1));
    cells.push({ start: toMinutes(at), end: toMinutes(stop) });
    at = stop;
  }
  return cells;
}
