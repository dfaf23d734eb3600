/**
 * The closest working-time equivalents of what Project measures otherwise.
 *
 * Roadline durations and lags are working time on a calendar. Project also has elapsed time
 * (`ed`, `eh`, … : 24 hours a day, 7 days a week) and percent lags (a share of the predecessor's
 * duration). An elapsed span is imported as the working time it covers where Project placed it:
 * on the task's calendar from the task's start for a duration, on the successor's calendar from
 * the predecessor's date the link counts from for a lag. So a file's schedule is kept where the
 * file says where things are; where it does not (no dates), the span is scaled by the share of
 * a week that is working time (`MinutesPerWeek` of 10,080).
 */
import type { DurationUnit } from '../../model/types.js';
import type { WorkCalendar } from '../../time/calendar.js';

const MINUTES_PER_WEEK = 7 * 1440;

/** The working unit an elapsed `LagFormat`/`DurationFormat` corresponds to (`ed` → `day`). */
export function workingUnitOfElapsed(format: number): DurationUnit {
  const base = format >= 35 && format <= 44 ? format - 32 : format;
  if (base === 4) return 'minute';
  if (base === 6) return 'hour';
  if (base === 10) return 'week';
  return 'day';
}

/** How Project shows an elapsed span in its unit, for messages (`2.5ed`). */
export function showElapsed(minutes: number, format: number): string {
  const unit = workingUnitOfElapsed(format);
  const size = unit === 'minute' ? 1 : unit === 'hour' ? 60 : unit === 'day' ? 1440 : MINUTES_PER_WEEK;
  const value = Math.round((minutes / size) * 100) / 100;
  return `${value}e${unit === 'minute' ? 'm' : unit === 'hour' ? 'h' : unit === 'day' ? 'd' : 'w'}`;
}

/** Working minutes in `elapsed` wall minutes on average: a week's working share. */
function scaled(elapsed: number, minutesPerWeek: number): number {
  return Math.round((elapsed * minutesPerWeek) / MINUTES_PER_WEEK);
}

/**
 * The working minutes on `calendar` between `from` and `from + elapsed` (negative for a negative
 * span), or the scaled average when `from` is unknown or out of the calendar's range.
 */
export function elapsedToWorking(
  elapsed: number,
  from: number | undefined,
  calendar: WorkCalendar,
  minutesPerWeek: number,
): number {
  if (from === undefined) return scaled(elapsed, minutesPerWeek);
  try {
    return elapsed >= 0 ? calendar.between(from, from + elapsed) : -calendar.between(from + elapsed, from);
  } catch {
    return scaled(elapsed, minutesPerWeek);
  }
}

/**
 * A task's elapsed duration as working minutes: what it covers from the task's start, but never
 * zero for a span that is not, so a task does not become a milestone because it falls on days off.
 */
export function elapsedDurationToWorking(
  elapsed: number,
  start: number | undefined,
  calendar: WorkCalendar,
  minutesPerWeek: number,
): number {
  const working = elapsedToWorking(elapsed, start, calendar, minutesPerWeek);
  if (working > 0 || elapsed <= 0) return working;
  return Math.max(1, scaled(elapsed, minutesPerWeek));
}

/** A percent lag (`percent` of the predecessor's working duration) in working minutes. */
export function percentToWorking(percent: number, predecessorMinutes: number): number {
  return Math.round((percent * predecessorMinutes) / 100);
}
