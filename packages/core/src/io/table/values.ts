/**
 * Cell values other than dates, as the tools write them: durations and lags with their unit in
 * any of the export languages (`5d`, `5 days`, `5 Tage`, `2,5 jours`, `3 hrs`, `5日`), yes/no,
 * percentages, lists, constraint and task-mode names.
 */
import type { ConstraintType, DurationUnit } from '../../model/types.js';

const UNIT_WORDS: [RegExp, DurationUnit][] = [
  [/^(m|min|mins|minutes?|minuten?|minutos?|分)$/u, 'minute'],
  [/^(h|hr|hrs|hours?|std|stunden?|heures?|horas?|時間)$/u, 'hour'],
  [/^(d|dy|dys|days?|t|tage?n?|j|jours?|días?|dias?|日)$/u, 'day'],
  [/^(w|wk|wks|weeks?|wochen?|sem|semaines?|semanas?|週|週間)$/u, 'week'],
];

/** A duration or lag amount with its unit; `undefined` when the text is not one. */
export interface Amount {
  value: number;
  unit: DurationUnit;
  /** The unit was not written (a bare number): days. */
  bare: boolean;
}

/** `5`, `5d`, `5 days`, `2,5 Tage`, `3 hrs?` (Project's estimated mark is ignored), `-1d`. */
export function parseAmount(text: string): Amount | undefined {
  const m = /^([+-]?\s*\d+(?:[.,]\d+)?)\s*(\p{L}*)\.?\s*\??$/u.exec(text.trim());
  if (!m) return undefined;
  const value = Number((m[1] as string).replace(/\s/g, '').replace(',', '.'));
  const word = (m[2] as string).toLowerCase();
  if (!word) return { value, unit: 'day', bare: true };
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(word)) return { value, unit, bare: false };
  return undefined;
}

/** How {@link parseAmount} reads it back: `5d`, `3h`, `90min`, `2w`. */
export function formatAmount(value: number, unit: DurationUnit = 'day'): string {
  const suffix = unit === 'minute' ? 'min' : unit === 'hour' ? 'h' : unit === 'week' ? 'w' : 'd';
  return `${Number(value.toFixed(6))}${suffix}`;
}

const YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  'x',
  '✓',
  '✔',
  'ja',
  'j',
  'oui',
  'o',
  'sí',
  'si',
  's',
  'はい',
  'checked',
]);
const NO = new Set(['no', 'n', 'false', '0', '', 'nein', 'non', 'いいえ', 'unchecked']);

/** `true`, `false`, or `undefined` for text that is neither. */
export function parseYesNo(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

/** `40`, `40%`, `40 %`, `0.4` when every value of the column is a fraction (see `fraction`). */
export function parsePercent(text: string, fraction: boolean): number | undefined {
  const m = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number((m[1] as string).replace(',', '.'));
  const value = fraction && !text.includes('%') ? n * 100 : n;
  return value >= 0 && value <= 100 ? Number(value.toFixed(6)) : undefined;
}

/** A plain number, `3`, `-2.5`, `2,5`. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return undefined;
  return Number(t.replace(',', '.'));
}

/** A list cell: split on `;`, or on `,` when it has no `;`; `[50%]`-style units dropped. */
export function splitList(text: string): string[] {
  // The common cell holds one item (one person, one label): no separator, no unit to drop.
  if (!/[;\n,[]/.test(text)) {
    const item = text.trim();
    return item ? [item] : [];
  }
  const parts = text.includes(';') || text.includes('\n') ? text.split(/[;\n]/) : text.split(',');
  return parts.map((p) => p.replace(/\[[^\]]*\]\s*$/, '').trim()).filter((p) => p.length > 0);
}

const CONSTRAINTS: Record<string, ConstraintType> = {
  'as soon as possible': 'ASAP',
  'as late as possible': 'ALAP',
  'start no earlier than': 'SNET',
  'start no later than': 'SNLT',
  'finish no earlier than': 'FNET',
  'finish no later than': 'FNLT',
  'must start on': 'MSO',
  'must finish on': 'MFO',
  'so früh wie möglich': 'ASAP',
  'so spät wie möglich': 'ALAP',
  'anfang nicht früher als': 'SNET',
  'anfang nicht später als': 'SNLT',
  'ende nicht früher als': 'FNET',
  'ende nicht später als': 'FNLT',
  'muss anfangen am': 'MSO',
  'muss enden am': 'MFO',
  'dès que possible': 'ASAP',
  'le plus tard possible': 'ALAP',
  'début au plus tôt le': 'SNET',
  'début au plus tard le': 'SNLT',
  'fin au plus tôt le': 'FNET',
  'fin au plus tard le': 'FNLT',
  'doit commencer le': 'MSO',
  'doit finir le': 'MFO',
  'lo antes posible': 'ASAP',
  'lo más tarde posible': 'ALAP',
  'no comenzar antes del': 'SNET',
  'no comenzar después del': 'SNLT',
  'no finalizar antes del': 'FNET',
  'no finalizar después del': 'FNLT',
  'debe comenzar el': 'MSO',
  'debe finalizar el': 'MFO',
  できるだけ早く: 'ASAP',
  できるだけ遅く: 'ALAP',
  指定日以後に開始: 'SNET',
  指定日までに開始: 'SNLT',
  指定日以後に終了: 'FNET',
  指定日までに終了: 'FNLT',
  指定日に開始: 'MSO',
  指定日に終了: 'MFO',
};

const CODES = new Set<string>(['ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO']);

/** A constraint type by its code (`SNET`) or its name in Project's languages. */
export function parseConstraintType(text: string): ConstraintType | undefined {
  const t = text.trim();
  if (CODES.has(t.toUpperCase())) return t.toUpperCase() as ConstraintType;
  return CONSTRAINTS[t.toLowerCase()];
}

/** A task mode or manual flag: `Manually Scheduled`, `Manuell geplant`, `yes`, …. */
export function parseManual(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  const yesNo = parseYesNo(t);
  if (yesNo !== undefined) return yesNo;
  if (/manu/.test(t) || t === '手動') return true;
  if (/auto/.test(t) || t === '自動') return false;
  return undefined;
}
