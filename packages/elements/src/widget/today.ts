import { lastShownDay } from '@roadline/core/views/dates';

/** Formatters by language and by whether they write the year, made on first use. */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(language: string | undefined, withYear: boolean): Intl.DateTimeFormat {
  const key = `${language ?? ''}|${withYear ? 'y' : ''}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
    if (withYear) options.year = 'numeric';
    try {
      format = new Intl.DateTimeFormat(language, options);
    } catch {
      format = new Intl.DateTimeFormat(undefined, options);
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * A wall-clock string or wall minutes as a short date ("2 Mar", "2. März" in German); formatted in
 * UTC so the zone never shifts it. `language` is a BCP 47 tag (a widget's `LocaleController`).
 */
export function shortDate(value: string | number | undefined, withYear = false, language?: string): string {
  if (value === undefined) return '—';
  const minutes =
    typeof value === 'number'
      ? value
      : Date.parse(`${value.length === 10 ? `${value}T00:00` : value}Z`) / 60000;
  if (!Number.isFinite(minutes)) return '—';
  return formatOf(language, withYear).format(minutes * 60000);
}

/**
 * The last working day a person sees for an exclusive end (core's `lastShownDay`): an end at
 * 00:00 shows the day before ("ends Fri 6 Mar" for `2026-03-07`).
 */
export function lastDay(end: string | undefined, withYear = false, language?: string): string {
  if (end === undefined) return '—';
  const t = Date.parse(`${end.length === 10 ? `${end}T00:00` : end}Z`) / 60000;
  if (!Number.isFinite(t)) return '—';
  return shortDate(lastShownDay(t), withYear, language);
}
