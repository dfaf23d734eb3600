/**
 * Predecessor cells: `3`, `3FS+2d`, `5SS-1d`, `2;4`, `2FS +2 days`, German `3EA+2 Tage`, French
 * `3FD`, Spanish `3FC`, or task names and ids (`Design; Build SS`). Each item is a reference
 * (resolved later against ids, row numbers and names), a link type and a lag.
 */
import type { DependencyType, DurationUnit } from '../../model/types.js';
import { parseAmount } from './values.js';

/** One item of a predecessor cell. */
export interface LinkItem {
  ref: string;
  type: DependencyType;
  lag?: number;
  lagUnit?: DurationUnit;
  /** The lag was written as a percent of the predecessor's duration, which is not imported. */
  percentLag?: boolean;
  /** The whole item as written. */
  text: string;
}

/** Link type codes of Project and Smartsheet in English, German, French and Spanish. */
const TYPES: Record<string, DependencyType> = {
  FS: 'FS',
  SS: 'SS',
  FF: 'FF',
  SF: 'SF',
  EA: 'FS',
  AA: 'SS',
  EE: 'FF',
  AE: 'SF',
  FD: 'FS',
  DD: 'SS',
  DF: 'SF',
  FC: 'FS',
  CC: 'SS',
  CF: 'SF',
};

const ITEM =
  /^(.+?)\s*(FS|SS|FF|SF|EA|AA|EE|AE|FD|DD|DF|FC|CC|CF)?\s*(?:([+-])\s*(\d+(?:[.,]\d+)?\s*(?:\p{L}*\.?|%)\s*\??))?$/u;

/**
 * Splits a cell into items. `isRef` says whether a text is a known reference as a whole, so a
 * task named "Phase FS" is not read as "Phase" with an FS link.
 */
export function parseLinkCell(
  cell: string,
  isRef: (text: string) => boolean,
): (LinkItem | { error: string })[] {
  const items: (LinkItem | { error: string })[] = [];
  const parts = cell.includes(';') || cell.includes('\n') ? cell.split(/[;\n]/) : cell.split(',');
  for (const raw of parts) {
    const text = raw.trim();
    if (!text) continue;
    if (isRef(text)) {
      items.push({ ref: text, type: 'FS', text });
      continue;
    }
    const m = ITEM.exec(text);
    if (!m) {
      items.push({ error: text });
      continue;
    }
    const item: LinkItem = { ref: (m[1] as string).trim(), type: TYPES[m[2] ?? 'FS'] ?? 'FS', text };
    if (m[4] !== undefined) {
      const sign = m[3] === '-' ? -1 : 1;
      const amountText = (m[4] as string).trim();
      if (amountText.endsWith('%')) item.percentLag = true;
      else {
        const amount = parseAmount(amountText);
        if (!amount) {
          items.push({ error: text });
          continue;
        }
        item.lag = sign * amount.value;
        item.lagUnit = amount.unit;
      }
    }
    items.push(item);
  }
  return items;
}
