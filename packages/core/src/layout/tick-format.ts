/**
 * Header labels: the zoom table's formats rendered with `Intl.DateTimeFormat` in UTC (wall
 * minutes are UTC-read), cached per locale and format.
 */
import type { TickFormat } from './zoom-levels.js';

/** Formatters by their options object (the module's constants and the zoom table's), then locale. */
const cache = new WeakMap<Readonly<Intl.DateTimeFormatOptions>, Map<string, Intl.DateTimeFormat>>();

function formatter(
  locale: string | undefined,
  options: Readonly<Intl.DateTimeFormatOptions>,
): Intl.DateTimeFormat {
  let byLocale = cache.get(options);
  if (byLocale === undefined) {
    byLocale = new Map();
    cache.set(options, byLocale);
  }
  const key = locale ?? '';
  let f = byLocale.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    byLocale.set(key, f);
  }
  return f;
}

const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const DATE: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
};
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit' };

/** The label of the header cell starting at `minutes` (wall minutes), in `locale`. */
export function formatTick(format: TickFormat, minutes: number, locale?: string): string {
  const date = new Date(minutes * 60000);
  switch (format.kind) {
    case 'quarter':
      return `Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
    case 'decade':
      return `${formatter(locale, YEAR).format(date)}–`;
    case 'intl':
      return formatter(locale, format.options).format(date);
  }
}

/** Dates already written, per date formatter: a view of thousands of items shows a few hundred days. */
const written = new WeakMap<Intl.DateTimeFormat, Map<number, string>>();

/** A wall instant as a date a person reads (`Mon, 2 Mar 2026`), with the time when it is not midnight. */
export function formatDate(minutes: number, locale?: string, withTime = minutes % 1440 !== 0): string {
  const f = formatter(locale, withTime ? DATE_TIME : DATE);
  let texts = written.get(f);
  if (texts === undefined) {
    texts = new Map();
    written.set(f, texts);
  }
  let text = texts.get(minutes);
  if (text === undefined) {
    text = f.format(new Date(minutes * 60000));
    if (texts.size >= 4096) texts.clear();
    texts.set(minutes, text);
  }
  return text;
}
