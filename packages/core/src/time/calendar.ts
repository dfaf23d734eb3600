/**
 * Working calendars and working-time arithmetic.
 *
 * Everything is in wall minutes (see `wall-time.ts`). A calendar is reduced to one monotone
 * function, the working position `W(t)`: working minutes from a fixed anchor up to instant `t`.
 * Adding working time, measuring it and finding the next working instant are then arithmetic,
 * never a walk from day to day:
 * - a calendar without holidays or exceptions repeats every week, so `W` is whole weeks times the
 *   week's working minutes plus a seven-entry table, and its inverse is a division plus a scan of
 *   at most seven days (O(1), no index);
 * - any other calendar keeps a per-day cumulative index (O(1) position, binary search back) that
 *   covers the years in use and grows (by doubling) when a query leaves it.
 *
 * Sides of a non-working gap, as Microsoft Project does:
 * - a finish lands on the end of a working interval (a one-day task on Monday in the standard
 *   calendar ends Mon 17:00, not Tue 08:00): {@link WorkCalendar.prevWorkingEnd};
 * - a start lands on the beginning of the next working interval: {@link WorkCalendar.nextWorking}.
 * `add(t, m)` with `m > 0` returns a finish (the earliest instant with that much work done) and
 * with `m < 0` returns a start (the latest instant with that much work still ahead).
 */
import { RoadlineError } from '../model/errors.js';
import type { CalendarData, CalendarException, DurationUnit, WorkingHours } from '../model/types.js';
import { dayOf, MINUTES_PER_DAY, parseWallTime } from './wall-time.js';

/** The working intervals of one day: minute offsets from midnight, sorted, disjoint. */
interface DayPattern {
  starts: Int32Array;
  ends: Int32Array;
  /** Working minutes of the day before interval `k`. */
  before: Int32Array;
  total: number;
}

/** One exception reduced to days: `[startDay, endDay)` and the pattern those days get. */
interface DayRule {
  startDay: number;
  endDay: number;
  pattern: number;
  recurring: CalendarException['recurring'];
}

/** The default calendar's data: Monday to Friday, whole days. */
export const DEFAULT_CALENDAR_DATA: Readonly<CalendarData> = Object.freeze<CalendarData>({
  id: 'default',
  name: 'Default',
  workingDays: [1, 2, 3, 4, 5],
});

/** Microsoft Project's "Standard" calendar: Monday to Friday, 08:00–12:00 and 13:00–17:00, 8 h a day. */
export const STANDARD_CALENDAR_DATA: Readonly<CalendarData> = Object.freeze<CalendarData>({
  id: 'standard',
  name: 'Standard',
  workingDays: [1, 2, 3, 4, 5],
  workingHours: [
    ['08:00', '12:00'],
    ['13:00', '17:00'],
  ],
  hoursPerDay: 8,
});

/** First and last day numbers any calendar index may cover (years 0001 to 9999). */
const MIN_DAY = -719162;
const MAX_DAY = 2932896;
/** Day 0 (1970-01-01) is a Thursday: day `d` is weekday `(d + 4) mod 7`, so weeks counted from day −4 start on Sunday. */
const SUNDAY_ZERO = -4;
const WHOLE_DAY: WorkingHours = [['00:00', '24:00']];

function invalid(path: string, message: string): RoadlineError {
  return new RoadlineError('INVALID_DATA', message, [{ path, code: 'INVALID_CALENDAR', message }]);
}

/** Parses `HH:mm` (00:00–24:00) into minutes of the day, or `undefined`. */
function parseClock(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (Number(m[2]) > 59 || minutes > MINUTES_PER_DAY) return undefined;
  return minutes;
}

function outOfRange(): RoadlineError {
  return new RoadlineError('INVALID_ARGUMENT', 'Date outside the years 0001–9999 in calendar arithmetic');
}

/** Working minutes of a day with pattern `p` before minute `m` of the day. */
function workedBefore(p: DayPattern, m: number): number {
  const { starts, ends } = p;
  let within = 0;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] as number;
    if (m <= s) break;
    within += Math.min(m, ends[k] as number) - s;
  }
  return within;
}

/**
 * The minute of the day (pattern `p`) at which `r` working minutes are done, `0 < r ≤ p.total`:
 * the end of an interval when `r` completes it.
 */
function instantWithin(p: DayPattern, r: number): number {
  let k = 0;
  while (
    k < p.starts.length - 1 &&
    (p.before[k] as number) + (p.ends[k] as number) - (p.starts[k] as number) < r
  ) {
    k++;
  }
  return (p.starts[k] as number) + (r - (p.before[k] as number));
}

function civilDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day) / 86_400_000;
}

/**
 * A working calendar with O(1) working position and O(log n) inverse. Instances are immutable
 * from the outside; the index they grow lazily is a cache.
 */
export class WorkCalendar {
  /** The calendar's id (`'default'` when the data has none). */
  readonly id: string;
  readonly name: string;
  /** Hours in one day of duration. */
  readonly hoursPerDay: number;
  /** Days in one week of duration. */
  readonly daysPerWeek: number;
  /** True when every working day is 00:00–24:00 and there are no exceptions. */
  readonly wholeDays: boolean;

  readonly #patterns: DayPattern[] = [];
  readonly #patternKeys = new Map<string, number>();
  readonly #weekPattern: number[] = [];
  readonly #rules: DayRule[] = [];
  /** First day the index covers, and the anchor day where `W` is 0. */
  #d0 = 0;
  #anchor = 0;
  #days = 0;
  #dayPattern = new Uint16Array(0);
  /** `#cum[i]` is `W` at 00:00 of day `#d0 + i`; one longer than `#dayPattern`. */
  #cum = new Float64Array(1);
  /** Without rules the week repeats: working minutes of a week, and before each weekday (Sunday first). */
  readonly #weekly: boolean;
  #weekMinutes = 0;
  readonly #weekCum = new Float64Array(8);
  /** For `r` working minutes into a week (1 … week), the weekday on which they are done. */
  #weekdayAt = new Uint8Array(0);

  private constructor(data: CalendarData, path: string) {
    this.id = typeof data.id === 'string' ? data.id : 'default';
    this.name = typeof data.name === 'string' ? data.name : this.id;
    const workingDays = data.workingDays ?? [1, 2, 3, 4, 5];
    if (!Array.isArray(workingDays) || workingDays.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
      throw invalid(`${path}.workingDays`, 'workingDays must be weekday numbers 0 (Sunday) to 6 (Saturday)');
    }
    const hours = data.workingHours ?? WHOLE_DAY;
    const defaultPattern = this.#intern(hours, `${path}.workingHours`);
    const none = this.#intern([], path);
    for (let wd = 0; wd < 7; wd++) this.#weekPattern.push(workingDays.includes(wd) ? defaultPattern : none);
    const dayMinutes = this.#pattern(defaultPattern).total;
    if (dayMinutes === 0 || workingDays.length === 0) {
      throw invalid(path, `Calendar ${JSON.stringify(this.id)} has no working time in its week`);
    }
    const hoursPerDay = data.hoursPerDay ?? dayMinutes / 60;
    if (typeof hoursPerDay !== 'number' || !(hoursPerDay > 0) || hoursPerDay > 24) {
      throw invalid(`${path}.hoursPerDay`, 'hoursPerDay must be a number in (0, 24]');
    }
    const daysPerWeek = data.daysPerWeek ?? new Set(workingDays).size;
    if (typeof daysPerWeek !== 'number' || !(daysPerWeek > 0) || daysPerWeek > 7) {
      throw invalid(`${path}.daysPerWeek`, 'daysPerWeek must be a number in (0, 7]');
    }
    this.hoursPerDay = hoursPerDay;
    this.daysPerWeek = daysPerWeek;
    this.#collectRules(data, defaultPattern, none, path);
    this.wholeDays = this.#rules.length === 0 && dayMinutes === MINUTES_PER_DAY;
    this.#weekly = this.#rules.length === 0;
    for (let wd = 0; wd < 7; wd++) {
      const total = this.#pattern(this.#weekPattern[wd] as number).total;
      this.#weekCum[wd + 1] = (this.#weekCum[wd] as number) + total;
    }
    this.#weekMinutes = this.#weekCum[7] as number;
    if (this.#weekly) {
      this.#weekdayAt = new Uint8Array(this.#weekMinutes + 1);
      for (let wd = 0; wd < 7; wd++)
        this.#weekdayAt.fill(wd, (this.#weekCum[wd] as number) + 1, (this.#weekCum[wd + 1] as number) + 1);
    }
  }

  /**
   * Builds a calendar from its data; without data, the default calendar (Mon–Fri, whole days).
   * Throws `RoadlineError('INVALID_DATA')` naming the bad field.
   */
  static from(data?: CalendarData, path = 'calendar'): WorkCalendar {
    return new WorkCalendar(data ?? DEFAULT_CALENDAR_DATA, path);
  }

  /** Working minutes in one `unit` of duration: a day is `hoursPerDay` hours, a week `daysPerWeek` days. */
  minutesPer(unit: DurationUnit = 'day'): number {
    switch (unit) {
      case 'minute':
        return 1;
      case 'hour':
        return 60;
      case 'week':
        return this.daysPerWeek * this.hoursPerDay * 60;
      default:
        return this.hoursPerDay * 60;
    }
  }

  /** A duration or lag in working minutes, rounded to the minute. */
  toMinutes(value: number, unit: DurationUnit = 'day'): number {
    return Math.round(value * this.minutesPer(unit));
  }

  /**
   * The working position of `t`: working minutes from the calendar's anchor to `t`. Monotone,
   * stable for the life of the calendar, and O(1). Differences of positions are working time.
   */
  position(t: number): number {
    const day = Math.floor(t / MINUTES_PER_DAY);
    if (this.#weekly) {
      if (day < MIN_DAY || day > MAX_DAY) throw outOfRange();
      const week = Math.floor((day - SUNDAY_ZERO) / 7);
      const wd = day - SUNDAY_ZERO - week * 7;
      const within = workedBefore(this.#pattern(this.#weekPattern[wd] as number), t - day * MINUTES_PER_DAY);
      return week * this.#weekMinutes + (this.#weekCum[wd] as number) + within;
    }
    let i = day - this.#d0;
    if (i < 0 || i >= this.#days) {
      this.#cover(day, day);
      i = day - this.#d0;
    }
    const p = this.#patterns[this.#dayPattern[i] ?? 0] as DayPattern;
    return (this.#cum[i] as number) + workedBefore(p, t - day * MINUTES_PER_DAY);
  }

  /**
   * The earliest instant whose working position is `w` (a finish: the end of a working
   * interval when `w` falls on a boundary). O(log days).
   */
  instantAt(w: number): number {
    if (this.#weekly) return this.#weeklyInstantAt(w);
    // Grow by at least a year (doubling), up to the first and last supported days.
    while (w <= (this.#cum[0] as number)) {
      if (this.#d0 <= MIN_DAY) throw outOfRange();
      this.#cover(Math.max(MIN_DAY, this.#d0 - Math.max(366, this.#days)), this.#d0);
    }
    while (w > (this.#cum[this.#days] as number)) {
      const last = this.#d0 + this.#days;
      if (last > MAX_DAY) throw outOfRange();
      this.#cover(last, Math.min(MAX_DAY, last + Math.max(366, this.#days)));
    }
    const cum = this.#cum;
    let lo = 0;
    let hi = this.#days - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cum[mid + 1] as number) >= w) hi = mid;
      else lo = mid + 1;
    }
    const p = this.#patterns[this.#dayPattern[lo] ?? 0] as DayPattern;
    return (this.#d0 + lo) * MINUTES_PER_DAY + instantWithin(p, w - (cum[lo] as number));
  }

  /**
   * {@link instantAt} of a calendar that repeats weekly: the week holding `w` (weeks are
   * `(q·W, (q+1)·W]` so that a week's last working minute belongs to it), then its first day
   * whose working minutes reach `w`.
   */
  #weeklyInstantAt(w: number): number {
    const weekMinutes = this.#weekMinutes;
    const week = Math.ceil(w / weekMinutes) - 1;
    const r = w - week * weekMinutes;
    const cum = this.#weekCum;
    let wd = this.#weekdayAt[r];
    if (wd === undefined) {
      // Only a fractional position misses the table.
      wd = 0;
      while (wd < 6 && (cum[wd + 1] as number) < r) wd++;
    }
    const day = week * 7 + wd + SUNDAY_ZERO;
    if (day < MIN_DAY || day > MAX_DAY) throw outOfRange();
    const p = this.#pattern(this.#weekPattern[wd] as number);
    return day * MINUTES_PER_DAY + instantWithin(p, r - (cum[wd] as number));
  }

  /** The latest instant whose working position is `w` (a start: the next working instant). */
  startAt(w: number): number {
    return this.instantAt(w + 1) - 1;
  }

  /**
   * Adds working minutes to `t`; a negative amount subtracts. A positive result is a finish (end
   * of a working interval on a boundary), a negative one a start (next working instant); zero
   * returns `t` unchanged.
   */
  add(t: number, workingMinutes: number): number {
    if (workingMinutes === 0) return t;
    const w = this.position(t) + workingMinutes;
    return workingMinutes > 0 ? this.instantAt(w) : this.startAt(w);
  }

  /** Working minutes from `a` to `b` (negative when `b` is before `a`). */
  between(a: number, b: number): number {
    return this.position(b) - this.position(a);
  }

  /** `t` when it is working time, else the start of the next working interval. */
  nextWorking(t: number): number {
    return this.startAt(this.position(t));
  }

  /** `t` when it is working time or the end of a working interval, else the end of the previous one. */
  prevWorkingEnd(t: number): number {
    return this.instantAt(this.position(t));
  }

  /** Whether the minute starting at `t` is working time. */
  isWorking(t: number): boolean {
    return this.position(t + 1) > this.position(t);
  }

  /** Working minutes of the day containing `t`. */
  workingMinutesOn(t: number): number {
    const day = Math.floor(t / MINUTES_PER_DAY);
    this.#cover(day, day);
    const i = day - this.#d0;
    return (this.#cum[i + 1] as number) - (this.#cum[i] as number);
  }

  /**
   * The working intervals of the day containing `t`, as wall-minute pairs `[start, end)`. For
   * views that shade non-working time.
   */
  intervalsOn(t: number): [number, number][] {
    const day = Math.floor(t / MINUTES_PER_DAY);
    this.#cover(day, day);
    const p = this.#patterns[this.#dayPattern[day - this.#d0] ?? 0] as DayPattern;
    const base = day * MINUTES_PER_DAY;
    const out: [number, number][] = [];
    for (let k = 0; k < p.starts.length; k++)
      out.push([base + (p.starts[k] as number), base + (p.ends[k] as number)]);
    return out;
  }

  #pattern(id: number): DayPattern {
    return this.#patterns[id] as DayPattern;
  }

  /** Parses, sorts and merges working hours; returns the id of an equal pattern when there is one. */
  #intern(hours: WorkingHours, path: string): number {
    if (!Array.isArray(hours)) throw invalid(path, 'workingHours must be a list of [from, to] pairs');
    const spans: [number, number][] = [];
    for (let k = 0; k < hours.length; k++) {
      const pair = hours[k];
      const from = Array.isArray(pair) ? parseClock(pair[0]) : undefined;
      const to = Array.isArray(pair) ? parseClock(pair[1]) : undefined;
      if (from === undefined || to === undefined || to <= from) {
        throw invalid(
          `${path}[${k}]`,
          `Working hours must be ['HH:mm', 'HH:mm'] with from < to, got ${JSON.stringify(pair)}`,
        );
      }
      spans.push([from, to]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const span of spans) {
      const last = merged[merged.length - 1];
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
      else merged.push([span[0], span[1]]);
    }
    const key = merged.map((s) => `${s[0]}-${s[1]}`).join(',');
    const known = this.#patternKeys.get(key);
    if (known !== undefined) return known;
    const starts = Int32Array.from(merged, (s) => s[0]);
    const ends = Int32Array.from(merged, (s) => s[1]);
    const before = new Int32Array(merged.length);
    let total = 0;
    for (let k = 0; k < merged.length; k++) {
      before[k] = total;
      total += (ends[k] as number) - (starts[k] as number);
    }
    const id = this.#patterns.length;
    this.#patterns.push({ starts, ends, before, total });
    this.#patternKeys.set(key, id);
    return id;
  }

  #collectRules(data: CalendarData, defaultPattern: number, none: number, path: string): void {
    const holidays = data.holidays ?? [];
    if (!Array.isArray(holidays)) throw invalid(`${path}.holidays`, 'holidays must be a list of dates');
    holidays.forEach((h, k) => {
      const t = typeof h === 'string' ? parseWallTime(h) : undefined;
      if (t === undefined) throw invalid(`${path}.holidays[${k}]`, `Not a date: ${JSON.stringify(h)}`);
      const day = dayOf(t);
      this.#rules.push({ startDay: day, endDay: day + 1, pattern: none, recurring: undefined });
    });
    const exceptions = data.exceptions ?? [];
    if (!Array.isArray(exceptions)) throw invalid(`${path}.exceptions`, 'exceptions must be a list');
    exceptions.forEach((ex, k) => {
      const where = `${path}.exceptions[${k}]`;
      const start = typeof ex?.start === 'string' ? parseWallTime(ex.start) : undefined;
      if (start === undefined) throw invalid(`${where}.start`, `Not a date: ${JSON.stringify(ex?.start)}`);
      const end = ex.end === undefined ? undefined : parseWallTime(ex.end);
      if (ex.end !== undefined && end === undefined)
        throw invalid(`${where}.end`, `Not a date: ${JSON.stringify(ex.end)}`);
      const startDay = dayOf(start);
      // An end is exclusive; an end inside a day (not at midnight) still covers that day.
      const endDay = end === undefined ? startDay + 1 : Math.ceil(end / MINUTES_PER_DAY);
      if (endDay <= startDay) throw invalid(`${where}.end`, 'An exception must end after it starts');
      const recurring = ex.recurring;
      if (
        recurring !== undefined &&
        recurring !== 'weekly' &&
        recurring !== 'monthly' &&
        recurring !== 'yearly'
      ) {
        throw invalid(`${where}.recurring`, `recurring must be 'weekly', 'monthly' or 'yearly'`);
      }
      if (recurring === 'weekly' && endDay - startDay > 7) {
        throw invalid(`${where}.end`, 'A weekly exception cannot span more than 7 days');
      }
      const working = ex.working ?? ex.workingHours !== undefined;
      const pattern = !working
        ? none
        : ex.workingHours === undefined
          ? defaultPattern
          : this.#intern(ex.workingHours, `${where}.workingHours`);
      this.#rules.push({ startDay, endDay, pattern, recurring });
    });
    // Recurring rules first, one-off days after, so a one-off day wins over a recurring rule.
    this.#rules.sort((a, b) => Number(a.recurring === undefined) - Number(b.recurring === undefined));
  }

  /** Makes the index cover days `[from, to]`, rebuilding it over a range at least twice as wide. */
  #cover(from: number, to: number): void {
    if (this.#days > 0 && from >= this.#d0 && to < this.#d0 + this.#days) return;
    if (from < MIN_DAY || to > MAX_DAY) throw outOfRange();
    let d0: number;
    let d1: number;
    if (this.#days === 0) {
      // Start with whole years around the first query.
      const year = new Date(from * 86_400_000).getUTCFullYear();
      d0 = civilDay(year - 1, 0, 1);
      d1 = Math.max(civilDay(year + 3, 0, 1), to + 1);
      this.#anchor = d0;
    } else {
      d0 = Math.min(from, this.#d0);
      d1 = Math.max(to + 1, this.#d0 + this.#days);
    }
    d0 = Math.max(MIN_DAY, d0);
    d1 = Math.min(MAX_DAY + 1, d1);
    this.#build(d0, d1);
  }

  #build(d0: number, d1: number): void {
    const n = d1 - d0;
    const dayPattern = new Uint16Array(n);
    for (let i = 0; i < n; i++) dayPattern[i] = this.#weekPattern[(((d0 + i + 4) % 7) + 7) % 7] as number;
    for (const rule of this.#rules) this.#applyRule(rule, d0, d1, dayPattern);
    const cum = new Float64Array(n + 1);
    for (let i = 0; i < n; i++)
      cum[i + 1] = (cum[i] as number) + this.#pattern(dayPattern[i] as number).total;
    const shift = cum[this.#anchor - d0] as number;
    if (shift !== 0) for (let i = 0; i <= n; i++) cum[i] = (cum[i] as number) - shift;
    this.#d0 = d0;
    this.#days = n;
    this.#dayPattern = dayPattern;
    this.#cum = cum;
  }

  #applyRule(rule: DayRule, d0: number, d1: number, out: Uint16Array): void {
    const len = rule.endDay - rule.startDay;
    const mark = (start: number): void => {
      const a = Math.max(start, d0);
      const b = Math.min(start + len, d1);
      for (let d = a; d < b; d++) out[d - d0] = rule.pattern;
    };
    if (rule.recurring === undefined) {
      mark(rule.startDay);
      return;
    }
    if (rule.recurring === 'weekly') {
      const first = Math.max(0, Math.floor((d0 - rule.startDay - len) / 7));
      for (let s = rule.startDay + first * 7; s < d1; s += 7) mark(s);
      return;
    }
    const origin = new Date(rule.startDay * 86_400_000);
    const dom = origin.getUTCDate();
    const startYear = origin.getUTCFullYear();
    const startMonth = origin.getUTCMonth();
    const lastYear = new Date(d1 * 86_400_000).getUTCFullYear();
    const firstYear = Math.max(startYear, new Date(d0 * 86_400_000).getUTCFullYear() - 1);
    for (let y = firstYear; y <= lastYear; y++) {
      for (let mo = 0; mo < 12; mo++) {
        if (rule.recurring === 'yearly' && mo !== startMonth) continue;
        if (y === startYear && mo < startMonth) continue;
        const s = civilDay(y, mo, dom);
        // Skip months without that day (31st, 29 Feb) rather than spilling into the next month.
        if (new Date(s * 86_400_000).getUTCDate() !== dom) continue;
        mark(s);
      }
    }
  }
}

let defaultInstance: WorkCalendar | undefined;
let standardInstance: WorkCalendar | undefined;

/** The shared default calendar: Monday to Friday, 00:00–24:00, 24 hours a day. */
export function defaultCalendar(): WorkCalendar {
  defaultInstance ??= WorkCalendar.from(DEFAULT_CALENDAR_DATA);
  return defaultInstance;
}

/** The shared "standard" calendar: Monday to Friday, 08:00–12:00 and 13:00–17:00, 8 hours a day. */
export function standardCalendar(): WorkCalendar {
  standardInstance ??= WorkCalendar.from(STANDARD_CALENDAR_DATA);
  return standardInstance;
}
