import { type Translate, translate } from '../i18n/catalogue.js';
import type { Dependency, DependencyType, DurationUnit } from '@roadline/core';

/** A predecessor as the grid writes it: `12`, `12SS`, `12FS+2d`, `7FF-4h`. */
export interface PredecessorSpec {
  readonly from: string;
  readonly type: DependencyType;
  readonly lag: number;
  readonly lagUnit: DurationUnit;
}

const UNIT_SUFFIX: Record<DurationUnit, string> = { minute: 'min', hour: 'h', day: 'd', week: 'w' };
const SUFFIX_UNIT: Record<string, DurationUnit> = {
  min: 'minute',
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
};
const TOKEN = /^(\d+)\s*(FS|SS|FF|SF)?\s*(?:([+-]\s*\d+(?:\.\d+)?)\s*(min|m|h|d|w)?)?$/i;

/** Writes the links into a task as row numbers with type and lag, in the form {@link parsePredecessors} reads. */
export function formatPredecessors(
  links: readonly Readonly<Dependency>[],
  rowOf: (id: string) => number,
): string {
  return links
    .map((link) => {
      const type = link.type ?? 'FS';
      const lag = link.lag ?? 0;
      const lagText = lag === 0 ? '' : `${lag > 0 ? '+' : ''}${lag}${UNIT_SUFFIX[link.lagUnit ?? 'day']}`;
      return `${rowOf(link.from)}${type === 'FS' && lagText === '' ? '' : type}${lagText}`;
    })
    .join(', ');
}

/**
 * Reads a predecessor list typed in a cell. Row numbers are the WBS rows (1-based); `idAt` maps
 * them to task ids. Returns the links, or a message naming the part that is wrong.
 */
export function parsePredecessors(
  text: string,
  idAt: (row: number) => string | undefined,
  t: Translate = (key, params) => translate('en', key, params),
): PredecessorSpec[] | string {
  const out: PredecessorSpec[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[,;]/)) {
    const part = raw.trim();
    if (part === '') continue;
    const m = TOKEN.exec(part);
    if (!m) return t('edit.badPredecessor', { text: part });
    const from = idAt(Number(m[1]));
    if (from === undefined) return t('edit.noSuchRow', { row: m[1] as string });
    const type = ((m[2] ?? 'FS').toUpperCase() as DependencyType) ?? 'FS';
    const key = `${from} ${type}`;
    if (seen.has(key)) return t('edit.rowTwice', { row: m[1] as string });
    seen.add(key);
    const lag = m[3] === undefined ? 0 : Number(m[3].replace(/\s+/g, ''));
    out.push({ from, type, lag, lagUnit: SUFFIX_UNIT[(m[4] ?? 'd').toLowerCase()] ?? 'day' });
  }
  return out;
}
