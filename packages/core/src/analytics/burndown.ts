import { RoadlineError } from '../model/errors.js';
import type { ProgressSnapshot } from '../model/types.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../time/wall-time.js';
import type { WorkCalendar } from '../time/calendar.js';
import { NearLookup } from './near-lookup.js';
import type { AnalyticsFrame } from './types.js';
import { dayStart, MINUTES_PER_WEEK, weekStart } from './weeks.js';

export type { ProgressSnapshot };

/** Options of {@link burndown}. */
export interface BurnOptions {
  /** Spacing of the planned and forecast points; default days for up to 120 days, else weeks. */
  interval?: 'day' | 'week';
  /** Progress history, for the actual line before today. */
  snapshots?: readonly ProgressSnapshot[];
}

/** One point of a burndown (remaining) and burnup (done) line, in hours of effort. */
export interface BurnPoint {
  at: string;
  remaining: number;
  done: number;
}

/** Burndown and burnup lines of the counted leaf tasks, in hours of effort. */
export interface Burndown {
  interval: 'day' | 'week';
  /** Total planned effort (the live scope). */
  scope: number;
  /** Where the plan said remaining work would be, at each interval boundary. */
  planned: BurnPoint[];
  /** `'baseline'` when a baseline drives the planned line, else `'plan'` (the live dates). */
  plannedFrom: 'baseline' | 'plan';
  /** Remaining work as recorded: one point per snapshot up to today, then today from current progress. */
  actual: BurnPoint[];
  /**
   * From today on, the remaining work burning down along the live dates. An unfinished task whose
   * end has passed keeps its remaining work: the plan no longer says when it will finish.
   */
  forecast: BurnPoint[];
}

const MAX_POINTS = 2000;

/** Planned, actual and forecast remaining work over time. */
export function burndown(frame: AnalyticsFrame, options: BurnOptions = {}): Burndown {
  const n = frame.tasks.length;
  const useBaseline = frame.baseline !== undefined;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let scope = 0;
  for (let i = 0; i < n; i++) {
    if (frame.leaf[i] !== 1) continue;
    scope += frame.work[i] as number;
    // NaN (no date) fails every comparison and widens nothing.
    const a = frame.start[i] as number;
    const b = frame.end[i] as number;
    const c = frame.baseStart[i] as number;
    const d = frame.baseEnd[i] as number;
    if (a < lo) lo = a;
    if (b < lo) lo = b;
    if (c < lo) lo = c;
    if (d < lo) lo = d;
    if (a > hi) hi = a;
    if (b > hi) hi = b;
    if (c > hi) hi = c;
    if (d > hi) hi = d;
  }
  if (lo === Number.POSITIVE_INFINITY) lo = hi = frame.today;
  const interval = options.interval ?? (hi - lo <= 120 * MINUTES_PER_DAY ? 'day' : 'week');
  const step = interval === 'day' ? MINUTES_PER_DAY : MINUTES_PER_WEEK;
  const origin = interval === 'day' ? dayStart(lo) : weekStart(lo);
  const count = Math.min(MAX_POINTS, Math.max(1, Math.ceil((hi - origin) / step)) + 1);
  const at = (k: number): number => origin + k * step;

  const boundaries = new Float64Array(count);
  for (let k = 0; k < count; k++) boundaries[k] = at(k);
  const plannedLine = new Line(boundaries, origin, step);
  for (let i = 0; i < n; i++) {
    if (frame.leaf[i] !== 1) continue;
    const w = frame.work[i] as number;
    if (w === 0) continue;
    let s = frame.baseStart[i] as number;
    let e = frame.baseEnd[i] as number;
    if (!(!Number.isNaN(s) && !Number.isNaN(e))) {
      s = frame.start[i] as number;
      e = frame.end[i] as number;
    }
    if (!Number.isNaN(s) && !Number.isNaN(e)) plannedLine.burn(frame, i, w, s, e);
    else plannedLine.keep(w);
  }
  const planned = plannedLine.points(scope);

  const firstAfter = clamp(Math.floor((frame.today - origin) / step) + 1, 0, count);
  const times = new Float64Array(1 + count - firstAfter);
  times[0] = frame.today;
  times.set(boundaries.subarray(firstAfter), 1);
  const forecastLine = new Line(times, origin + (firstAfter - 1) * step, step);
  // The remaining work today, summed in the same pass: the actual line ends there.
  let now = 0;
  for (let i = 0; i < n; i++) {
    if (frame.leaf[i] !== 1) continue;
    const rest = (frame.work[i] as number) * (1 - (frame.progress[i] as number) / 100);
    if (rest <= 0) continue;
    now += rest;
    const e = frame.end[i] as number;
    const s = Math.max(frame.start[i] as number, frame.today);
    if (!Number.isNaN(e) && !Number.isNaN(s) && e > frame.today) forecastLine.burn(frame, i, rest, s, e);
    else forecastLine.keep(rest);
  }
  const forecast = forecastLine.points(scope);
  const actual = actualLine(frame, options.snapshots ?? [], scope, now);

  return { interval, scope, planned, plannedFrom: useBaseline ? 'baseline' : 'plan', actual, forecast };
}

function actualLine(
  frame: AnalyticsFrame,
  snapshots: readonly ProgressSnapshot[],
  scope: number,
  now: number,
): BurnPoint[] {
  const dated = snapshots.map((s, k) => {
    const t = typeof s?.at === 'string' ? parseWallTime(s.at) : undefined;
    if (t === undefined || typeof s.progress !== 'object' || s.progress === null) {
      throw new RoadlineError(
        'INVALID_ARGUMENT',
        `snapshots[${k}] needs a wall-clock "at" and a progress map`,
      );
    }
    return { t, progress: s.progress };
  });
  dated.sort((a, b) => a.t - b.t);
  const known = new Float64Array(frame.tasks.length);
  let remaining = scope;
  const out: BurnPoint[] = [];
  const lookup = new NearLookup(frame);
  for (const snap of dated) {
    if (snap.t >= frame.today) break;
    for (const id of Object.keys(snap.progress)) {
      const i = lookup.find(id);
      if (i < 0 || frame.leaf[i] !== 1) continue;
      const raw = snap.progress[id];
      const p = typeof raw === 'number' && Number.isFinite(raw) ? Math.min(100, Math.max(0, raw)) : 0;
      remaining -= ((frame.work[i] as number) * (p - (known[i] as number))) / 100;
      known[i] = p;
    }
    out.push(point(snap.t, remaining, scope));
  }
  out.push(point(frame.today, now, scope));
  return out;
}

/**
 * Remaining work sampled at sorted times. A task adds its work in full before it starts, nothing
 * after it ends and its unelapsed share in between: full spans go through a difference array and
 * only the samples inside a task are evaluated one by one. The samples are evenly spaced
 * (`base + k × step`, except possibly the first), so a time's place is computed, then checked
 * against the samples, rather than searched for.
 */
class Line {
  private readonly diff: Float64Array;
  private readonly partial: Float64Array;
  /** Working positions of the samples, per calendar index, made on first use. */
  private readonly positions: (Float64Array | undefined)[] = [];

  constructor(
    private readonly times: Float64Array,
    private readonly base: number,
    private readonly step: number,
  ) {
    this.diff = new Float64Array(times.length + 1);
    this.partial = new Float64Array(times.length);
  }

  /** Work that never burns within the line (a task without dates). */
  keep(work: number): void {
    this.diff[0] = (this.diff[0] as number) + work;
  }

  /** Work that burns evenly over the working time of `[s, e)` on task `i`'s calendar. */
  burn(frame: AnalyticsFrame, i: number, work: number, s: number, e: number): void {
    const times = this.times;
    const k0 = upperBound(times, s, Math.floor((s - this.base) / this.step) + 1);
    const firstAtEnd = lowerBound(times, e, Math.ceil((e - this.base) / this.step));
    const k1 = Math.max(k0, firstAtEnd);
    const full = Math.min(k0, firstAtEnd);
    this.diff[0] = (this.diff[0] as number) + work;
    this.diff[full] = (this.diff[full] as number) - work;
    if (k1 <= k0) return;
    const cal = frame.calendarOf[i] as number;
    const calendar = frame.calendars[cal] as WorkCalendar;
    const at = this.positions[cal] ?? this.samplePositions(calendar, cal);
    const from = calendar.position(s);
    const total = calendar.position(e) - from;
    for (let k = k0; k < k1; k++) {
      const share = total > 0 ? ((at[k] as number) - from) / total : 0;
      this.partial[k] = (this.partial[k] as number) + work * (1 - share);
    }
  }

  /** Every task on a calendar reads the same samples: their positions are computed once. */
  private samplePositions(calendar: WorkCalendar, cal: number): Float64Array {
    const at = new Float64Array(this.times.length);
    for (let k = 0; k < at.length; k++) at[k] = calendar.position(this.times[k] as number);
    this.positions[cal] = at;
    return at;
  }

  points(scope: number): BurnPoint[] {
    const out: BurnPoint[] = [];
    let running = 0;
    for (let k = 0; k < this.times.length; k++) {
      running += this.diff[k] as number;
      out.push(point(this.times[k] as number, running + (this.partial[k] as number), scope));
    }
    return out;
  }
}

/** First index whose time is > t, starting from a guess that is at most a step or two off. */
function upperBound(times: Float64Array, t: number, guess: number): number {
  let k = clamp(guess, 0, times.length);
  while (k > 0 && (times[k - 1] as number) > t) k--;
  while (k < times.length && (times[k] as number) <= t) k++;
  return k;
}

/** First index whose time is ≥ t, starting from a guess that is at most a step or two off. */
function lowerBound(times: Float64Array, t: number, guess: number): number {
  let k = clamp(guess, 0, times.length);
  while (k > 0 && (times[k - 1] as number) >= t) k--;
  while (k < times.length && (times[k] as number) < t) k++;
  return k;
}

function point(t: number, remaining: number, scope: number): BurnPoint {
  const r = Math.max(0, remaining);
  return { at: formatWallTime(t), remaining: r, done: scope - r };
}

function clamp(v: number, a: number, b: number): number {
  return Math.min(b, Math.max(a, v));
}
