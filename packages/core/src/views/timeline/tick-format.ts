/**
 * Header labels: the zoom table's formats rendered with the shared UTC date formatters of
 * `time/date-label`, cached per locale and format.
 */
import { dateTimeFormat } from '../../time/date-label.js';
import type { TickFormat } from './zoom-levels.js';

const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };

/** The label of the header cell starting at `minutes` (wall minutes), in `locale`. */
export function formatTick(format: TickFormat, minutes: number, locale?: string): string {
  const date = new Date(minutes * 60000);
  switch (format.kind) {
    case 'quarter':
      return `Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
    case 'decade':
      return `${dateTimeFormat(locale, YEAR).format(date)}–`;
    case 'intl':
      return dateTimeFormat(locale, format.options).format(date);
  }
}
