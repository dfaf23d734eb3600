import { formatDateLabel, formatWallTime, parseWallTime } from '@roadline/core';
import { lastShownDay } from '@roadline/core/views/dates';
import { type Translate, translate } from '../i18n/catalogue.js';
import { writesPlain } from '../i18n/plain-number.js';

const DAY = 1440;

/**
 * Locale-aware formatters for grid cells. Dates are wall-clock minutes shown in UTC, so a date
 * never shifts with the viewer's time zone.
 */
export class CellFormat {
  readonly locale: string | undefined;
  // Made on first use: each costs about a millisecond the first time, and the default columns
  // never list names. Dates are core's `formatDateLabel`.
  #number: Intl.NumberFormat | undefined;
  #list: Intl.ListFormat | undefined;

  /** The grid's words (headers, choices, messages) in `locale`, from the message catalogue. */
  readonly t: Translate;

  constructor(locale: string | undefined) {
    this.locale = locale;
    const language = locale ?? 'en';
    this.t = (key, params) => translate(language, key, params);
  }

  private get number(): Intl.NumberFormat {
    this.#number ??= new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 });
    return this.#number;
  }

  private get list(): Intl.ListFormat {
    this.#list ??= new Intl.ListFormat(this.locale, { style: 'narrow', type: 'unit' });
    return this.#list;
  }

  /** The day a wall-clock instant falls on ("Mon, Mar 2, 2026"); empty for no date. */
  day(value: string | undefined): string {
    const minutes = value === undefined ? undefined : parseWallTime(value);
    return minutes === undefined ? '' : this.dayAt(minutes);
  }

  /**
   * The last day of work before an exclusive `end`: a task ending at 00:00 on 3 March ends on
   * 2 March. A zero-length task (a milestone) ends on the day it starts.
   */
  lastDay(start: string | undefined, end: string | undefined): string {
    const e = end === undefined ? undefined : parseWallTime(end);
    if (e === undefined) return '';
    return this.dayAt(lastShownDay(e, start === undefined ? undefined : parseWallTime(start)));
  }

  /** The date of the day `minutes` falls on, as the timeline and roadmap write it (remembered per day). */
  private dayAt(minutes: number): string {
    return formatDateLabel(Math.floor(minutes / DAY) * DAY, this.locale, false);
  }

  /** A number (at most 2 decimals); a small whole one without making the formatter (see `writesPlain`). */
  num(value: number): string {
    return this.locale !== undefined && writesPlain(this.locale, value)
      ? String(value)
      : this.number.format(value);
  }

  names(values: readonly string[]): string {
    return this.list.format(values);
  }
}

/** `YYYY-MM-DD` of the day a wall-clock instant falls on, for a date input. */
export function isoDay(value: string | undefined): string {
  const minutes = value === undefined ? undefined : parseWallTime(value);
  return minutes === undefined ? '' : formatWallTime(Math.floor(minutes / DAY) * DAY);
}

/** `YYYY-MM-DD` of the inclusive last day before an exclusive `end` (see {@link CellFormat.lastDay}). */
export function isoLastDay(start: string | undefined, end: string | undefined): string {
  const e = end === undefined ? undefined : parseWallTime(end);
  if (e === undefined) return '';
  return formatWallTime(lastShownDay(e, start === undefined ? undefined : parseWallTime(start)));
}

/** The exclusive end (00:00 of the next day) of an inclusive day typed as `YYYY-MM-DD`. */
export function dayAfter(day: string): string | undefined {
  const minutes = parseWallTime(day);
  return minutes === undefined ? undefined : formatWallTime(Math.floor(minutes / DAY) * DAY + DAY);
}
