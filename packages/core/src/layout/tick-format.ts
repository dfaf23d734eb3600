/**
 * Header labels: the zoom table's formats rendered with `Intl.DateTimeFormat` in UTC (wall
 * minutes are UTC-read), cached per locale and format.
 */
import type { TickFormat } from './zoom-levels.js';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(
  locale: string | undefined,
  options: Readonly<Intl.DateTimeFormatOptions>,
): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** The label of the header cell starting at `minutes` (wall minutes), in `locale`. */
export function formatTick(format: TickFormat, minutes: number, locale?: string): string {
  const date = new Date(minutes * 60000);
  switch (format.kind) {
    case 'quarter':
      return `Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
    case 'decade':
      return `${formatter(locale, { year: 'numeric' }).format(date)}–`;
    case 'intl':
      return formatter(locale, format.options).format(date);
  }
}

/** A wall instant as a date a person reads (`Mon, 2 Mar 2026`), with the time when it is not midnight. */
export function formatDate(minutes: number, locale?: string, withTime = minutes % 1440 !== 0): string {
  const options: Intl.DateTimeFormatOptions = withTime
    ? {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }
    : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
  return formatter(locale, options).format(new Date(minutes * 60000));
}
