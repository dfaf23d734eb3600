/**
 * Wall-clock time as integers: minutes since 1970-01-01T00:00, read as UTC. Every calendar
 * computation works on these, so nothing depends on the viewer's time zone or on daylight saving.
 */

export const MINUTES_PER_DAY = 1440;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?$/;

/**
 * Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss[.fff]]` into wall minutes. Seconds are dropped.
 * Returns `undefined` for anything else, including impossible dates such as `2026-02-30` and
 * strings with a zone designator (`Z`, `+02:00`): wall-clock times have no zone.
 */
export function parseWallTime(value: string): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = WALL_TIME.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  if (month < 1 || month > 12 || day < 1 || hour > 24 || minute > 59) return undefined;
  if (hour === 24 && minute !== 0) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return ms / 60000 + hour * 60 + minute;
}

/** Like {@link parseWallTime} but throws a `RangeError` naming the value. */
export function toWallMinutes(value: string): number {
  const minutes = parseWallTime(value);
  if (minutes === undefined) throw new RangeError(`Not a wall-clock date: ${JSON.stringify(value)}`);
  return minutes;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Formats wall minutes as `YYYY-MM-DD` at midnight, else `YYYY-MM-DDTHH:mm`. */
export function formatWallTime(minutes: number): string {
  const whole = Math.floor(minutes);
  const date = new Date(whole * 60000);
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const rem = whole - Math.floor(whole / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  if (rem === 0) return day;
  return `${day}T${pad(Math.floor(rem / 60))}:${pad(rem % 60)}`;
}

/** The day number (days since 1970-01-01) of wall minutes. */
export function dayOf(minutes: number): number {
  return Math.floor(minutes / MINUTES_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(minutes: number): number {
  return (((dayOf(minutes) + 4) % 7) + 7) % 7;
}
