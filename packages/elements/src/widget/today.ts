import { formatWallTime } from '@roadline/core';

/** Today's date as the wall clock reads it in UTC (`YYYY-MM-DD`): the default "today" of widgets. */
export function todayUtc(): string {
  return formatWallTime(Math.floor(Date.now() / 86_400_000) * 1440);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const fullFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A wall-clock string or wall minutes as a short date ("2 Mar"); formatted in UTC so the zone never shifts it. */
export function shortDate(value: string | number | undefined, withYear = false): string {
  if (value === undefined) return '—';
  const minutes =
    typeof value === 'number'
      ? value
      : Date.parse(`${value.length === 10 ? `${value}T00:00` : value}Z`) / 60000;
  if (!Number.isFinite(minutes)) return '—';
  return (withYear ? fullFormat : dayFormat).format(minutes * 60000);
}

/**
 * The last working day a person sees for an exclusive end: an end at 00:00 shows the day before
 * ("ends Fri 6 Mar" for `2026-03-07`).
 */
export function lastDay(end: string | undefined, withYear = false): string {
  if (end === undefined) return '—';
  const t = Date.parse(`${end.length === 10 ? `${end}T00:00` : end}Z`) / 60000;
  if (!Number.isFinite(t)) return '—';
  return shortDate(t % 1440 === 0 ? t - 1440 : t, withYear);
}
