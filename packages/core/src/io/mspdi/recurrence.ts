/**
 * Expansion of Microsoft Project's recurring calendar exceptions into the days they cover.
 * Roadline's `CalendarData` repeats an exception forever; Project's recurrences have a range and
 * patterns such as "the last Friday of every sixth month", so the importer turns each one into
 * concrete dated exceptions rather than dropping or approximating it.
 */
import { RoadlineError } from '../../model/errors.js';

/** One `<Exception>` recurrence, with dates as day numbers (days since 1970-01-01). */
export interface MspRecurrence {
  /** 1 daily, 2 yearly by date, 3 yearly by position, 4 monthly by date, 5 monthly by position, 6 weekly, 7 every n days. */
  type: number;
  fromDay: number;
  /** Inclusive. */
  toDay: number;
  /** Stop after this many occurrences when positive. */
  occurrences: number;
  /** Every `period` days, weeks or months. */
  period: number;
  /** Bit mask: 1 Sunday, 2 Monday, 4 Tuesday … 64 Saturday. */
  daysOfWeek: number;
  /** 1…31. */
  monthDay: number;
  /** 0 January … 11 December. */
  month: number;
  /** 0 day, 1 weekday, 2 weekend day, 3 Sunday … 9 Saturday. */
  monthItem: number;
  /** 0 first … 3 fourth, 4 last. */
  monthPosition: number;
}

/** More occurrences than this in one exception is refused rather than expanded. */
export const MAX_OCCURRENCES = 20000;

function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function dayOfDate(year: number, month: number, date: number): number {
  return Date.UTC(year, month, date) / 86400000;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function matchesItem(day: number, item: number): boolean {
  const wd = weekday(day);
  if (item === 0) return true;
  if (item === 1) return wd >= 1 && wd <= 5;
  if (item === 2) return wd === 0 || wd === 6;
  return wd === item - 3;
}

/** The day of `position` (0 first … 4 last) among the days of a month that match `item`. */
function positionalDay(year: number, month: number, item: number, position: number): number | undefined {
  const first = dayOfDate(year, month, 1);
  const last = first + daysInMonth(year, month) - 1;
  if (position >= 4) {
    for (let d = last; d >= first; d--) if (matchesItem(d, item)) return d;
    return undefined;
  }
  let seen = 0;
  for (let d = first; d <= last; d++) {
    if (matchesItem(d, item)) {
      if (seen === position) return d;
      seen++;
    }
  }
  return undefined;
}

function monthlyDay(year: number, month: number, r: MspRecurrence, byPosition: boolean): number | undefined {
  if (byPosition) return positionalDay(year, month, r.monthItem, r.monthPosition);
  const date = Math.min(Math.max(r.monthDay, 1), daysInMonth(year, month));
  return dayOfDate(year, month, date);
}

/**
 * The days a recurrence covers, ascending, within its range and occurrence count.
 *
 * `maxCount`, when positive, stops after that many days (to find the first occurrence).
 *
 * @throws RoadlineError `UNSUPPORTED` for an unknown recurrence type or more than
 *   {@link MAX_OCCURRENCES} occurrences; `label` names the exception in the message.
 */
export function expandRecurrence(r: MspRecurrence, label: string, maxCount = 0): number[] {
  const days: number[] = [];
  const counted = r.occurrences > 0 ? r.occurrences : Number.POSITIVE_INFINITY;
  const limit = maxCount > 0 ? Math.min(maxCount, counted) : counted;
  const period = Math.max(1, Math.floor(r.period) || 1);
  const push = (day: number): boolean => {
    if (day < r.fromDay || day > r.toDay) return true;
    if (days.length >= MAX_OCCURRENCES) {
      throw new RoadlineError('UNSUPPORTED', `${label} recurs more than ${MAX_OCCURRENCES} times`);
    }
    days.push(day);
    return days.length < limit;
  };
  if (r.type === 1 || r.type === 7) {
    const step = r.type === 1 ? 1 : period;
    for (let d = r.fromDay; d <= r.toDay; d += step) if (!push(d)) break;
  } else if (r.type === 6) {
    if ((r.daysOfWeek & 127) === 0) return days;
    const weekStart = r.fromDay - weekday(r.fromDay);
    for (let w = weekStart; w <= r.toDay; w += 7 * period) {
      let more = true;
      for (let k = 0; k < 7 && more; k++) if (r.daysOfWeek & (1 << k)) more = push(w + k);
      if (!more) break;
    }
  } else if (r.type === 4 || r.type === 5 || r.type === 2 || r.type === 3) {
    const yearly = r.type === 2 || r.type === 3;
    const byPosition = r.type === 5 || r.type === 3;
    const start = new Date(r.fromDay * 86400000);
    let year = start.getUTCFullYear();
    let month = yearly ? Math.min(Math.max(Math.floor(r.month), 0), 11) : start.getUTCMonth();
    const step = yearly ? 12 : period;
    while (dayOfDate(year, month, 1) <= r.toDay) {
      const day = monthlyDay(year, month, r, byPosition);
      if (day !== undefined && !push(day)) break;
      month += step;
      year += Math.floor(month / 12);
      month %= 12;
    }
  } else {
    throw new RoadlineError('UNSUPPORTED', `${label} has an unknown recurrence type ${r.type}`);
  }
  return days;
}
