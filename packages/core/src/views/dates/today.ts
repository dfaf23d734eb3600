import { formatWallTime, parseWallTime } from '../../time/wall-time.js';
import { startOfDay } from './shown-span.js';

/**
 * The one policy for "today" in every view: the host's `today` when it gives one (a wall-clock
 * date, `YYYY-MM-DD`; a time of day is ignored), else the viewer's own calendar date, read from
 * the local clock. Dates in Roadline are zone-less wall time, and a person in Sydney at 08:00 on
 * 3 March reads "today" as 3 March even while it is still 2 March in UTC; the UTC date would mark
 * their tasks late a day early or late. A host that needs every viewer to agree (a report, a
 * server render, a test) passes `today`.
 */

/** Wall minutes of 00:00 on the viewer's local calendar date at `now` (epoch ms; default now). */
export function localToday(now: number = Date.now()): number {
  const at = new Date(now);
  return Date.UTC(at.getFullYear(), at.getMonth(), at.getDate()) / 60_000;
}

/**
 * Wall minutes of 00:00 of "today": the host's `today` when it is a valid wall-clock date or
 * time, else {@link localToday}.
 */
export function todayMinutes(today?: string, now?: number): number {
  const given = today === undefined ? undefined : parseWallTime(today);
  return given === undefined ? localToday(now) : startOfDay(given);
}

/** "Today" as `YYYY-MM-DD`, by the same policy as {@link todayMinutes}. */
export function todayDate(today?: string, now?: number): string {
  return formatWallTime(todayMinutes(today, now));
}
