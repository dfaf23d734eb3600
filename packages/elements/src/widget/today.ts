import { lastShownDay } from '@roadline/core/views/dates';

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
 * The last working day a person sees for an exclusive end (core's `lastShownDay`): an end at
 * 00:00 shows the day before ("ends Fri 6 Mar" for `2026-03-07`).
 */
export function lastDay(end: string | undefined, withYear = false): string {
  if (end === undefined) return '—';
  const t = Date.parse(`${end.length === 10 ? `${end}T00:00` : end}Z`) / 60000;
  if (!Number.isFinite(t)) return '—';
  return shortDate(lastShownDay(t), withYear);
}
