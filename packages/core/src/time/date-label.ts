/**
 * Dates as a person reads them, in a locale: `Intl.DateTimeFormat` in UTC (wall minutes are
 * UTC-read), one formatter per locale and options object. ISO text (`2026-03-02T09:30`) is
 * `formatWallTime`'s; this module is for labels only.
 */

/** Formatters by their options object (module constants and the zoom table's), then locale. */
const cache = new WeakMap<Readonly<Intl.DateTimeFormatOptions>, Map<string, Intl.DateTimeFormat>>();

/**
 * The UTC `Intl.DateTimeFormat` of `options` in `locale`, made once. Pass a long-lived options
 * object (a constant): formatters are remembered by its identity. A `locale` that is not a
 * language tag gives the default locale's formatter.
 */
export function dateTimeFormat(
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
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      // Not a language tag (a hostile `lang`): the default locale's labels, not an error per label.
      f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
    }
    byLocale.set(key, f);
  }
  return f;
}

const DATE: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
};
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit' };

/** Labels already written, per formatter: a view of thousands of items shows a few hundred days. */
const written = new WeakMap<Intl.DateTimeFormat, Map<number, string>>();

/**
 * A wall instant as a label a person reads (`Mon, 2 Mar 2026`) in `locale`, with the time when
 * it is not midnight (or as `withTime` says).
 */
export function formatDateLabel(minutes: number, locale?: string, withTime = minutes % 1440 !== 0): string {
  const f = dateTimeFormat(locale, withTime ? DATE_TIME : DATE);
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
