/**
 * MSPDI `<Calendars>` → Roadline `CalendarData`.
 *
 * Project calendars inherit from a base calendar (`BaseCalendarUID`), give working times per
 * weekday, and list exceptions (old style as `WeekDay` entries with `DayType` 0, new style as
 * `<Exceptions>` with recurrence rules) and alternate work weeks. `CalendarData` has no
 * inheritance and one set of working hours for every working day, so each calendar is flattened:
 * the most common weekday hours become `workingHours`, other weekdays become weekly recurring
 * working exceptions anchored in the first week of 1900, and recurrences and work weeks are expanded
 * into dated exceptions. Weekly patterns come first and dated exceptions after them, so a dated
 * exception is the later, more specific entry.
 */
import { RoadlineError } from '../../model/errors.js';
import type { CalendarData, CalendarException, WorkingHours } from '../../model/types.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../../time/wall-time.js';
import type { XmlElement } from '../xml/parse.js';
import { childElement, childElements, childText } from '../xml/query.js';
import { type IssueLog, MSProjectIssueCode } from './issues.js';
import { expandRecurrence, MAX_OCCURRENCES } from './recurrence.js';

/** Project's own defaults for a base calendar weekday that the file leaves out. */
const STANDARD_HOURS: WorkingHours = [
  ['08:00', '12:00'],
  ['13:00', '17:00'],
];

/**
 * Day number of Sunday 1900-01-07. Weekday hours that differ from the common ones are weekly
 * recurring exceptions starting in this week, so they hold for every date a plan can have.
 */
export const ANCHOR_SUNDAY = -25561;

/** Recurrences that run to this day or later are read as open-ended (`recurring`), not expanded. */
export const OPEN_ENDED_FROM = Date.UTC(2099, 0, 1) / 86400000;

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Settings shared by every calendar of a file. */
export interface CalendarContext {
  minutesPerDay: number;
  minutesPerWeek: number;
}

interface RawCalendar {
  uid: string;
  name: string | undefined;
  baseUid: string | undefined;
  /** Index 0 Sunday … 6 Saturday; `undefined` inherits from the base calendar. */
  week: (WorkingHours | undefined)[];
  exceptions: CalendarException[];
  weeklyOverrides: CalendarException[];
}

function invalid(message: string): never {
  throw new RoadlineError('INVALID_DATA', message);
}

function readTime(text: string | undefined, what: string, isEnd: boolean): string {
  const m = text === undefined ? null : /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text);
  if (!m) return invalid(`${what} has a malformed time ${JSON.stringify(text ?? '')}`);
  const value = `${m[1]}:${m[2]}`;
  return isEnd && value === '00:00' ? '24:00' : value;
}

function readWorkingTimes(element: XmlElement, what: string): WorkingHours {
  const container = childElement(element, 'WorkingTimes');
  if (!container) return [];
  const hours: WorkingHours = [];
  for (const time of childElements(container, 'WorkingTime')) {
    const from = childText(time, 'FromTime');
    const to = childText(time, 'ToTime');
    if (from === undefined && to === undefined) continue;
    hours.push([readTime(from, what, false), readTime(to, what, true)]);
  }
  hours.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return hours;
}

function readDay(text: string | undefined, what: string): number {
  const minutes = text === undefined ? undefined : parseWallTime(text);
  if (minutes === undefined) return invalid(`${what} has a malformed date ${JSON.stringify(text ?? '')}`);
  return Math.floor(minutes / MINUTES_PER_DAY);
}

function dayString(day: number): string {
  return formatWallTime(day * MINUTES_PER_DAY);
}

function hoursKey(hours: WorkingHours): string {
  return hours.map(([a, b]) => `${a}-${b}`).join(',');
}

/** Turns ascending days into exceptions, merging runs of consecutive days. */
function rangesOf(days: number[], base: Omit<CalendarException, 'start' | 'end'>): CalendarException[] {
  const out: CalendarException[] = [];
  let i = 0;
  while (i < days.length) {
    const first = days[i] ?? 0;
    let last = first;
    while (i + 1 < days.length && days[i + 1] === last + 1) {
      i++;
      last++;
    }
    const exception: CalendarException = { start: dayString(first) };
    if (last > first) exception.end = dayString(last + 1);
    out.push(Object.assign(exception, base));
    i++;
  }
  return out;
}

function exceptionBase(working: boolean, hours: WorkingHours, name: string | undefined) {
  const base: Omit<CalendarException, 'start' | 'end'> = { working };
  if (working && hours.length > 0) base.workingHours = hours;
  if (name !== undefined) base.name = name;
  return base;
}

function readPeriod(element: XmlElement, what: string): { from: number; to: number } {
  const period = childElement(element, 'TimePeriod');
  if (!period) return invalid(`${what} has no TimePeriod`);
  const from = readDay(childText(period, 'FromDate'), what);
  const to = readDay(childText(period, 'ToDate'), what);
  if (to < from) return invalid(`${what} ends before it starts`);
  return { from, to };
}

function int(text: string | undefined, fallback: number): number {
  const n = text === undefined ? Number.NaN : Number(text);
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}

function readNewException(element: XmlElement, what: string): CalendarException[] {
  const name = childText(element, 'Name');
  const label = `${what} exception ${JSON.stringify(name ?? '')}`;
  const { from, to } = readPeriod(element, label);
  const working = childText(element, 'DayWorking') === '1';
  const base = exceptionBase(working, working ? readWorkingTimes(element, label) : [], name);
  const type = int(childText(element, 'Type'), 1);
  const period = int(childText(element, 'Period'), 1);
  const recurring =
    to >= OPEN_ENDED_FROM ? openEndedKind(type, period, int(childText(element, 'DaysOfWeek'), 0)) : undefined;
  const days = expandRecurrence(
    {
      type,
      fromDay: from,
      toDay: to,
      occurrences: int(childText(element, 'Occurrences'), 0),
      period,
      daysOfWeek: int(childText(element, 'DaysOfWeek'), 0),
      monthDay: int(childText(element, 'MonthDay'), 1),
      month: int(childText(element, 'Month'), 0),
      monthItem: int(childText(element, 'MonthItem'), 3),
      monthPosition: int(childText(element, 'MonthPosition'), 0),
    },
    label,
    recurring ? 1 : 0,
  );
  if (recurring) return days.length === 0 ? [] : [{ start: dayString(days[0] ?? from), ...base, recurring }];
  return rangesOf(days, base);
}

/** The Roadline repetition of a recurrence that Roadline repeats the same way, if there is one. */
function openEndedKind(type: number, period: number, daysOfWeek: number): CalendarException['recurring'] {
  if (period > 1 && type !== 2) return undefined;
  if (type === 6 && daysOfWeek > 0 && (daysOfWeek & (daysOfWeek - 1)) === 0) return 'weekly';
  if (type === 4) return 'monthly';
  if (type === 2) return 'yearly';
  return undefined;
}

/** Alternate work weeks: each listed weekday in the period becomes a dated exception. */
function readWorkWeek(element: XmlElement, what: string): CalendarException[] {
  const name = childText(element, 'Name');
  const label = `${what} work week ${JSON.stringify(name ?? '')}`;
  const { from, to } = readPeriod(element, label);
  const weekDays = childElement(element, 'WeekDays');
  if (!weekDays) return [];
  const out: CalendarException[] = [];
  for (const day of childElements(weekDays, 'WeekDay')) {
    const type = int(childText(day, 'DayType'), -1);
    if (type < 1 || type > 7) continue;
    const working = childText(day, 'DayWorking') === '1';
    const hours = working ? readWorkingTimes(day, label) : [];
    const days: number[] = [];
    for (let d = from + ((type - 1 - ((from + 4) % 7) + 7) % 7); d <= to; d += 7) {
      if (days.length >= MAX_OCCURRENCES) {
        throw new RoadlineError('UNSUPPORTED', `${label} covers more than ${MAX_OCCURRENCES} days`);
      }
      days.push(d);
    }
    for (const d of days) out.push(...rangesOf([d], exceptionBase(working, working ? hours : [], name)));
  }
  out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return out;
}

function labelOf(raw: RawCalendar): string {
  return `Calendar ${raw.uid}${raw.name !== undefined ? ` (${JSON.stringify(raw.name)})` : ''}`;
}

function readRaw(element: XmlElement): RawCalendar {
  const uid = childText(element, 'UID');
  if (uid === undefined) return invalid('A calendar has no UID');
  const name = childText(element, 'Name');
  const what = `Calendar ${uid}${name ? ` (${JSON.stringify(name)})` : ''}`;
  const baseText = childText(element, 'BaseCalendarUID');
  const week: (WorkingHours | undefined)[] = new Array(7).fill(undefined);
  const exceptions: CalendarException[] = [];
  const hasNewExceptions = childElement(element, 'Exceptions') !== undefined;
  const weekDays = childElement(element, 'WeekDays');
  for (const day of weekDays ? childElements(weekDays, 'WeekDay') : []) {
    const type = int(childText(day, 'DayType'), -1);
    const working = childText(day, 'DayWorking') === '1';
    if (type >= 1 && type <= 7) {
      const hours = working ? readWorkingTimes(day, what) : [];
      week[type - 1] = working && hours.length === 0 ? STANDARD_HOURS : hours;
    } else if (type === 0 && !hasNewExceptions) {
      const { from, to } = readPeriod(day, `${what} exception`);
      const days: number[] = [];
      for (let d = from; d <= to; d++) days.push(d);
      if (days.length > MAX_OCCURRENCES) {
        throw new RoadlineError(
          'UNSUPPORTED',
          `${what} has an exception longer than ${MAX_OCCURRENCES} days`,
        );
      }
      exceptions.push(
        ...rangesOf(days, exceptionBase(working, working ? readWorkingTimes(day, what) : [], undefined)),
      );
    } else if (type !== 0) {
      invalid(`${what} has a WeekDay with DayType ${JSON.stringify(childText(day, 'DayType') ?? '')}`);
    }
  }
  const workWeeks = childElement(element, 'WorkWeeks');
  const weeklyOverrides: CalendarException[] = [];
  for (const workWeek of workWeeks ? childElements(workWeeks, 'WorkWeek') : []) {
    weeklyOverrides.push(...readWorkWeek(workWeek, what));
  }
  const newExceptions = childElement(element, 'Exceptions');
  for (const exception of newExceptions ? childElements(newExceptions, 'Exception') : []) {
    exceptions.push(...readNewException(exception, what));
  }
  const baseUid = baseText === undefined || Number(baseText) < 0 ? undefined : baseText;
  return { uid, name, baseUid, week, exceptions, weeklyOverrides };
}

/**
 * Resolves inheritance: weekdays fall back to the base chain, exceptions accumulate base-first.
 * A base the file does not contain is one of Project's built-ins, read as its Standard calendar:
 * the chain ends there and the weekdays it leaves open get Standard's hours.
 */
function flatten(
  raw: RawCalendar,
  byUid: ReadonlyMap<string, RawCalendar>,
  log?: IssueLog,
  basedOnBuiltIn?: Set<string>,
): { week: WorkingHours[]; exceptions: CalendarException[] } {
  const chain: RawCalendar[] = [];
  const seen = new Set<string>();
  for (
    let c: RawCalendar | undefined = raw;
    c;
    c = c.baseUid === undefined ? undefined : byUid.get(c.baseUid)
  ) {
    if (seen.has(c.uid)) invalid(`Calendar ${raw.uid} inherits from itself through calendar ${c.uid}`);
    seen.add(c.uid);
    chain.push(c);
    if (c.baseUid !== undefined && !byUid.has(c.baseUid)) {
      basedOnBuiltIn?.add(raw.uid);
      if (c === raw) {
        log?.add(MSProjectIssueCode.MISSING_CALENDAR, `${labelOf(c)} is based on calendar ${c.baseUid}`);
      }
    }
  }
  const week: WorkingHours[] = [];
  for (let d = 0; d < 7; d++) {
    let hours: WorkingHours | undefined;
    for (const c of chain) {
      hours = c.week[d];
      if (hours) break;
    }
    week.push(hours ?? (d === 0 || d === 6 ? [] : STANDARD_HOURS));
  }
  const exceptions: CalendarException[] = [];
  const overrides: CalendarException[] = [];
  for (let k = chain.length - 1; k >= 0; k--) {
    const c = chain[k];
    if (!c) continue;
    overrides.push(...c.weeklyOverrides);
    exceptions.push(...c.exceptions);
  }
  return { week, exceptions: [...overrides, ...exceptions] };
}

function toCalendarData(
  raw: RawCalendar,
  flat: ReturnType<typeof flatten>,
  ctx: CalendarContext,
): CalendarData {
  const counts = new Map<string, { hours: WorkingHours; days: number }>();
  for (const d of [1, 2, 3, 4, 5, 6, 0]) {
    const hours = flat.week[d] ?? [];
    if (hours.length === 0) continue;
    const key = hoursKey(hours);
    const entry = counts.get(key);
    if (entry) entry.days++;
    else counts.set(key, { hours, days: 1 });
  }
  let common: WorkingHours = STANDARD_HOURS;
  let best = 0;
  for (const entry of counts.values()) {
    if (entry.days > best) {
      best = entry.days;
      common = entry.hours;
    }
  }
  const commonKey = hoursKey(common);
  const workingDays: number[] = [];
  const weekly: CalendarException[] = [];
  for (let d = 0; d < 7; d++) {
    const hours = flat.week[d] ?? [];
    if (hours.length === 0) continue;
    workingDays.push(d);
    if (hoursKey(hours) !== commonKey) {
      weekly.push({
        start: dayString(ANCHOR_SUNDAY + d),
        working: true,
        workingHours: hours,
        recurring: 'weekly',
        name: `${WEEKDAY_NAMES[d]} hours`,
      });
    }
  }
  const calendar: CalendarData = { id: raw.uid };
  if (raw.name !== undefined) calendar.name = raw.name;
  calendar.workingDays = workingDays;
  calendar.workingHours = common;
  calendar.hoursPerDay = ctx.minutesPerDay / 60;
  calendar.daysPerWeek = ctx.minutesPerWeek / ctx.minutesPerDay;
  const exceptions = [...weekly, ...flat.exceptions];
  if (exceptions.length > 0) calendar.exceptions = exceptions;
  return calendar;
}

/**
 * Project's built-in Standard calendar under `uid`, for a calendar UID a file names but does not
 * contain: Monday to Friday, 08:00–12:00 and 13:00–17:00, no exceptions.
 */
export function builtInStandard(uid: string, ctx: CalendarContext): CalendarData {
  const raw: RawCalendar = {
    uid,
    name: 'Standard',
    baseUid: undefined,
    week: new Array(7).fill(undefined),
    exceptions: [],
    weeklyOverrides: [],
  };
  return toCalendarData(raw, flatten(raw, new Map()), ctx);
}

/**
 * Reads every `<Calendar>` of a `<Calendars>` element, flattened, by UID (as a string), in file
 * order. A base calendar the file does not contain is read as Project's Standard, with a
 * `MISSING_CALENDAR` warning in `log`; the UIDs of the calendars based on one, directly or not,
 * are added to `basedOnBuiltIn`.
 *
 * @throws RoadlineError `INVALID_DATA` for malformed calendar data or a calendar that inherits
 *   from itself, `UNSUPPORTED` for recurrences too long to expand.
 */
export function readCalendars(
  element: XmlElement | undefined,
  ctx: CalendarContext,
  log?: IssueLog,
  basedOnBuiltIn?: Set<string>,
): Map<string, CalendarData> {
  const raws: RawCalendar[] = [];
  const byUid = new Map<string, RawCalendar>();
  for (const child of element ? childElements(element, 'Calendar') : []) {
    const raw = readRaw(child);
    if (byUid.has(raw.uid)) invalid(`Two calendars have UID ${raw.uid}`);
    byUid.set(raw.uid, raw);
    raws.push(raw);
  }
  const out = new Map<string, CalendarData>();
  for (const raw of raws)
    out.set(raw.uid, toCalendarData(raw, flatten(raw, byUid, log, basedOnBuiltIn), ctx));
  return out;
}
