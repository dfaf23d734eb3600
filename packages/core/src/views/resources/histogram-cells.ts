/**
 * The resource histogram's cells: for each shown person and each time cell of the drawn window,
 * the work their assignments ask for against their capacity (`maxUnits` % of their calendar's
 * working minutes in the cell), as `resources/load.ts` counts it. A cell is over-allocated when
 * its work exceeds the capacity by more than half a minute (rounding).
 *
 * Only the rows `[first, last)` and the cells that meet `[from, to)` are computed: the cost is
 * (shown people) × (shown cells + the spans that meet the window), never the project's size.
 */
import type { ZoomLevel } from '../timeline/zoom-levels.js';
import { forSpansIn, type ResourceIndex, type ResourcePerson } from './resource-index.js';

/** How wide a histogram cell is. */
export type HistogramUnit = 'day' | 'week' | 'month';

/** One person's load in one cell. Times in wall minutes, `end` exclusive. */
export interface HistogramCell {
  readonly start: number;
  readonly end: number;
  /** Working minutes asked for (units × working time). */
  readonly work: number;
  /** Working minutes the person can give (max units × working time). */
  readonly capacity: number;
  /** Load in % of one full-time person (0 when the cell has no working time). */
  readonly units: number;
  readonly over: boolean;
}

export interface HistogramRow {
  readonly personId: string;
  readonly maxUnits: number;
  /** Every cell meeting the window, in time order (idle cells included). */
  readonly cells: readonly HistogramCell[];
  /** The highest `units` among the cells (0 when idle), for a shared vertical scale. */
  readonly peak: number;
}

const DAY = 1440;
/** Work above capacity by less than this many minutes is rounding. */
const SLACK_MINUTES = 0.5;

/** The cell a zoom level reads best with: days up to the week zoom, then weeks, then months. */
export function histogramUnit(zoom: ZoomLevel): HistogramUnit {
  if (zoom === 'hour' || zoom === 'day' || zoom === 'week') return 'day';
  if (zoom === 'month' || zoom === 'quarter') return 'week';
  return 'month';
}

/** The start of the cell that holds wall minute `t` (weeks start on Monday, as the load does). */
export function histogramCellStart(t: number, unit: HistogramUnit): number {
  const day = Math.floor(t / DAY);
  if (unit === 'day') return day * DAY;
  if (unit === 'week') {
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    return (day - ((weekday + 6) % 7)) * DAY;
  }
  const d = new Date(day * 86_400_000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 60000;
}

/** The start of the cell after the one that starts at `start`. */
export function histogramCellEnd(start: number, unit: HistogramUnit): number {
  if (unit === 'day') return start + DAY;
  if (unit === 'week') return start + 7 * DAY;
  const d = new Date(start * 60000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 60000;
}

/** The cell boundaries that cover `[from, to)`: `n + 1` instants for `n` cells. */
export function histogramBounds(from: number, to: number, unit: HistogramUnit): number[] {
  const out = [histogramCellStart(from, unit)];
  let at = out[0] as number;
  while (at < to) {
    at = histogramCellEnd(at, unit);
    out.push(at);
  }
  return out;
}

/** One person's cells over given bounds (from {@link histogramBounds}). */
export function personCells(person: ResourcePerson, bounds: readonly number[]): HistogramRow {
  return rowOf(person, cellsOver(person, bounds));
}

/**
 * One person's cells over given bounds, reusing the cells of `previous` (the same person's row
 * over other bounds of the same unit) where the two meet: a drawn window that moved by a few
 * hundred pixels computes only the cells it gained.
 */
export function shiftedPersonCells(
  person: ResourcePerson,
  bounds: readonly number[],
  previous: HistogramRow | undefined,
): HistogramRow {
  const old = previous?.cells;
  const n = Math.max(0, bounds.length - 1);
  if (!old || old.length === 0 || n === 0 || previous?.personId !== person.id)
    return personCells(person, bounds);
  // The bounds' indices [a, b) whose cells `previous` holds (one contiguous run, or none).
  const first = (old[0] as HistogramCell).start;
  const last = (old[old.length - 1] as HistogramCell).start;
  let a = 0;
  while (a < n && (bounds[a] as number) < first) a++;
  let b = a;
  const offset = old.findIndex((c) => c.start === bounds[a]);
  if (offset < 0) return personCells(person, bounds);
  while (b < n && (bounds[b] as number) <= last && old[offset + b - a]?.start === bounds[b]) b++;
  if (b === a) return personCells(person, bounds);
  const cells = [
    ...cellsOver(person, bounds.slice(0, a + 1)),
    ...old.slice(offset, offset + b - a),
    ...cellsOver(person, bounds.slice(b)),
  ];
  return rowOf(person, cells);
}

function rowOf(person: ResourcePerson, cells: HistogramCell[]): HistogramRow {
  let peak = 0;
  for (const c of cells) if (c.units > peak) peak = c.units;
  return { personId: person.id, maxUnits: person.maxUnits, cells, peak };
}

/** The cells of `bounds` (none for fewer than two bounds). */
function cellsOver(person: ResourcePerson, bounds: readonly number[]): HistogramCell[] {
  const n = Math.max(0, bounds.length - 1);
  if (n === 0) return [];
  const work = new Float64Array(n);
  const cal = person.calendar;
  const from = bounds[0] ?? 0;
  const to = bounds[n] ?? from;
  forSpansIn(person, from, to, (span) => {
    // The first cell the span meets: a binary search on the bounds.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((bounds[mid + 1] as number) <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let c = lo; c < n && (bounds[c] as number) < span.end; c++) {
      const minutes = cal.between(
        Math.max(span.start, bounds[c] as number),
        Math.min(span.end, bounds[c + 1] as number),
      );
      if (minutes > 0) work[c] = (work[c] as number) + (minutes * span.units) / 100;
    }
  });
  const cells: HistogramCell[] = new Array(n);
  for (let c = 0; c < n; c++) {
    const start = bounds[c] as number;
    const end = bounds[c + 1] as number;
    const available = cal.between(start, end);
    const w = work[c] as number;
    const capacity = (available * person.maxUnits) / 100;
    const units = available > 0 ? (w / available) * 100 : 0;
    cells[c] = { start, end, work: w, capacity, units, over: w > capacity + SLACK_MINUTES };
  }
  return cells;
}

/** The window the histogram draws: people rows `[first, last)` and time `[from, to)`. */
export interface HistogramWindow {
  readonly first: number;
  readonly last: number;
  readonly from: number;
  readonly to: number;
  readonly unit: HistogramUnit;
}

/** The histogram rows of the people `[first, last)` of the index, over `[from, to)`. */
export function histogramCells(index: ResourceIndex, window: HistogramWindow): HistogramRow[] {
  const bounds = histogramBounds(window.from, window.to, window.unit);
  const out: HistogramRow[] = [];
  const last = Math.min(window.last, index.people.length);
  for (let r = Math.max(0, window.first); r < last; r++)
    out.push(personCells(index.people[r] as ResourcePerson, bounds));
  return out;
}
