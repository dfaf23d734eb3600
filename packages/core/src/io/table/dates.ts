/**
 * Dates as the tools write them: ISO (`2026-03-04`, `2026-03-04T09:30`, `2026/03/04`),
 * numeric with the order of day and month the file uses (`03/04/2026`, `04.03.26`), month names
 * (`4-Mar-2026`, `04/Mär/26 9:30 AM`, `Mar 4, 2026`), a leading weekday (`Wed 3/4/26`), a time
 * with or without AM/PM. Read as wall-clock values, so no time zone changes the day; a zone
 * designator (`Z`, `+01:00`) is dropped, keeping the clock time as written, with a warning.
 */
import { MINUTES_PER_DAY } from '../../time/wall-time.js';
import type { DateOrder } from './mapping.js';

/** A date cell split into its parts, before the order of a numeric date is known. */
export interface DateParts {
  /** Year, month, day when the text says which is which; else `undefined` and `a`, `b` hold them. */
  ymd?: [number, number, number];
  /** Numeric `a/b/year`: `a` is the month (mdy) or the day (dmy). */
  a?: number;
  b?: number;
  year?: number;
  /** Minutes after midnight, when the cell has a time. */
  time?: number;
  zoned: boolean;
  /** The weekday the cell names (`Mon 3/4/24`), 0 = Sunday: evidence for the order of day and month. */
  weekday?: number;
}

/** Weekday names and abbreviations in English, German, French and Spanish, 0 = Sunday. */
const WEEKDAYS: [RegExp, number][] = [
  [/^(sun|sunday|so|sonntag|dim|dimanche|dom|domingo)$/, 0],
  [/^(mon|monday|mo|montag|lun|lundi|lunes)$/, 1],
  [/^(tue|tues|tuesday|di|dienstag|mar|mardi|martes)$/, 2],
  [/^(wed|wednesday|mi|mittwoch|mer|mercredi|mié|mie|miércoles|miercoles)$/, 3],
  [/^(thu|thur|thurs|thursday|do|donnerstag|jeu|jeudi|jue|jueves)$/, 4],
  [/^(fri|friday|fr|freitag|ven|vendredi|vie|viernes)$/, 5],
  [/^(sat|saturday|sa|samstag|sam|samedi|sáb|sab|sábado|sabado)$/, 6],
];

function weekdayOfName(word: string): number | undefined {
  const w = word.toLowerCase();
  for (const [pattern, day] of WEEKDAYS) if (pattern.test(w)) return day;
  return undefined;
}

const MONTHS: [RegExp, number][] = [
  [/^(jan|janv|janvier|january|januar|ene|enero|jän|jänner)$/, 1],
  [/^(feb|febr|february|februar|févr|février|fev|febrero)$/, 2],
  [/^(mar|march|mär|märz|mrz|mars|marzo)$/, 3],
  [/^(apr|april|avr|avril|abr|abril)$/, 4],
  [/^(may|mai|mayo)$/, 5],
  [/^(jun|june|juni|juin|junio)$/, 6],
  [/^(jul|july|juli|juil|juillet|julio)$/, 7],
  [/^(aug|august|août|aout|ago|agosto)$/, 8],
  [/^(sep|sept|september|septembre|set|septiembre)$/, 9],
  [/^(oct|october|okt|oktober|octobre|octubre)$/, 10],
  [/^(nov|november|novembre|noviembre)$/, 11],
  [/^(dec|december|dez|dezember|déc|décembre|dic|diciembre)$/, 12],
];

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [pattern, month] of MONTHS) if (pattern.test(w)) return month;
  return undefined;
}

const year4 = (y: number) => (y < 100 ? 2000 + y : y);

const TIME =
  /[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?$/;
const ZONE_ONLY = /(z|[+-]\d{2}:\d{2})$/i;

/** Splits a cell into date parts; `undefined` when it is not a date in any style read here. */
export function splitDate(text: string): DateParts | undefined {
  // The common case first: ISO, as Roadline and most tools write it.
  const iso = ISO.exec(text);
  if (iso) {
    const ymd: [number, number, number] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[4] === undefined) return { ymd, zoned: false };
    const hour = Number(iso[4]);
    const minute = Number(iso[5]);
    if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return undefined;
    return { ymd, time: hour * 60 + minute, zoned: false };
  }
  let t = text
    .trim()
    .replace(/[(（][^)）]*[)）]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return undefined;
  let time: number | undefined;
  let zoned = false;
  const tm = TIME.exec(t);
  if (tm) {
    let hour = Number(tm[1]);
    const minute = Number(tm[2]);
    const ampm = tm[4]?.toLowerCase();
    if (ampm) {
      if (hour < 1 || hour > 12) return undefined;
      if (ampm.startsWith('p') && hour < 12) hour += 12;
      if (ampm.startsWith('a') && hour === 12) hour = 0;
    }
    if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return undefined;
    time = hour * 60 + minute;
    zoned = tm[5] !== undefined;
    t = t.slice(0, tm.index).trim();
  } else if (/^\d{4}-\d{2}-\d{2}/.test(t) && ZONE_ONLY.test(t)) {
    zoned = true;
    t = t.replace(ZONE_ONLY, '');
  }
  // A leading weekday, "Wed 3/4/26", "Mo 04.03.26", "lun. 04/03/26".
  const weekday = /^(\p{L}{2,})\.?,?\s+(?=\d)/u.exec(t);
  let named: number | undefined;
  if (weekday && monthOf(weekday[1] as string) === undefined) {
    named = weekdayOfName(weekday[1] as string);
    t = t.slice(weekday[0].length);
  }
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\.?$/.exec(t) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (m) return { ymd: [Number(m[1]), Number(m[2]), Number(m[3])], time, zoned };
  m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})\.?$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = year4(Number(m[4]));
    if (m[2] === '.') return { ymd: [year, b, a], time, zoned };
    return named === undefined ? { a, b, year, time, zoned } : { a, b, year, time, zoned, weekday: named };
  }
  m = /^(\d{1,2})\.?[\s/-]*(\p{L}+)\.?[\s/-]*(\d{2}|\d{4})$/u.exec(t);
  if (m) {
    const month = monthOf(m[2] as string);
    if (month !== undefined) return { ymd: [year4(Number(m[3])), month, Number(m[1])], time, zoned };
  }
  m = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(t);
  if (m) {
    const month = monthOf(m[1] as string);
    if (month !== undefined) return { ymd: [Number(m[3]), month, Number(m[2])], time, zoned };
  }
  return undefined;
}

/** What a column's numeric dates say about their order. */
export interface OrderEvidence {
  /** Some value has a first part over 12: day first. */
  dayFirst: boolean;
  /** Some value has a second part over 12: month first. */
  monthFirst: boolean;
  /** Some value needs the order at all. */
  numeric: boolean;
}

const weekdayAt = (minutes: number) => ((Math.floor(minutes / MINUTES_PER_DAY) % 7) + 11) % 7;

export function orderEvidence(parts: Iterable<DateParts>): OrderEvidence {
  const e: OrderEvidence = { dayFirst: false, monthFirst: false, numeric: false };
  // Named weekdays decide when they fit one order only: "lun 04/03/24" is Monday 4 March.
  let named = 0;
  let fitsMdy = 0;
  let fitsDmy = 0;
  for (const p of parts) {
    if (p.ymd || p.a === undefined || p.b === undefined) continue;
    e.numeric = true;
    if (p.a > 12) e.dayFirst = true;
    if (p.b > 12) e.monthFirst = true;
    if (p.weekday !== undefined) {
      named++;
      const mdy = wallMinutesOf(p, 'mdy');
      const dmy = wallMinutesOf(p, 'dmy');
      if (mdy !== undefined && weekdayAt(mdy) === p.weekday) fitsMdy++;
      if (dmy !== undefined && weekdayAt(dmy) === p.weekday) fitsDmy++;
    }
  }
  if (!e.dayFirst && !e.monthFirst && named > 0) {
    if (fitsDmy === named && fitsMdy < named) e.dayFirst = true;
    if (fitsMdy === named && fitsDmy < named) e.monthFirst = true;
  }
  return e;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1–12), without a `Date` object. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] as number;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * Wall minutes of the parts under an order; `undefined` for an impossible date. Plain integer
 * arithmetic (no `Date`): it runs for every date cell of a file.
 */
export function wallMinutesOf(p: DateParts, order: DateOrder): number | undefined {
  let y: number;
  let mo: number;
  let d: number;
  if (p.ymd) [y, mo, d] = p.ymd;
  else {
    if (p.a === undefined || p.b === undefined || p.year === undefined) return undefined;
    y = p.year;
    mo = order === 'dmy' ? p.b : p.a;
    d = order === 'dmy' ? p.a : p.b;
  }
  if (mo < 1 || mo > 12 || d < 1 || y < 1000 || y > 9999 || d > daysInMonth(y, mo)) return undefined;
  return daysFromCivil(y, mo, d) * MINUTES_PER_DAY + (p.time ?? 0);
}

/** Wall minutes of a spreadsheet's date cell (its UTC fields are the wall clock). */
export function wallMinutesOfDate(date: Date): number {
  return Math.floor(date.getTime() / 60000);
}

export const DAY = MINUTES_PER_DAY;
