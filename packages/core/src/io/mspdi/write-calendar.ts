/** Roadline `CalendarData` → an MSPDI `<Calendar>` element. */
import { RoadlineError } from '../../model/errors.js';
import type { CalendarData, CalendarException, WorkingHours } from '../../model/types.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../../time/wall-time.js';
import { escapeXml, xmlField } from '../xml/write.js';
import { ANCHOR_SUNDAY } from './calendars.js';

const WHOLE_DAY: WorkingHours = [['00:00', '24:00']];

/** Last day an open-ended Roadline recurrence is written to run until (2099-12-31). */
const OPEN_ENDED_UNTIL = Date.UTC(2099, 11, 31) / 86400000;

function day(value: string, what: string): number {
  const minutes = parseWallTime(value);
  if (minutes === undefined)
    throw new RoadlineError('INVALID_DATA', `${what} has a malformed date ${JSON.stringify(value)}`);
  return Math.floor(minutes / MINUTES_PER_DAY);
}

function time(value: string): string {
  const t = value === '24:00' ? '00:00' : value;
  return `${t.length === 4 ? `0${t}` : t}:00`;
}

function workingTimes(hours: WorkingHours): string {
  if (hours.length === 0) return '';
  const items = hours.map(
    ([from, to]) =>
      `<WorkingTime>${xmlField('FromTime', time(from))}${xmlField('ToTime', time(to))}</WorkingTime>`,
  );
  return `<WorkingTimes>${items.join('')}</WorkingTimes>`;
}

function period(fromDay: number, toDay: number): string {
  const from = formatWallTime(fromDay * MINUTES_PER_DAY);
  const to = formatWallTime(toDay * MINUTES_PER_DAY);
  return `<TimePeriod><FromDate>${from}T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod>`;
}

function dayBody(working: boolean, hours: WorkingHours | undefined, defaults: WorkingHours): string {
  return `${xmlField('DayWorking', working ? 1 : 0)}${working ? workingTimes(hours ?? defaults) : ''}`;
}

function isWeekdayPattern(ex: CalendarException, what: string): boolean {
  if (ex.recurring !== 'weekly' || ex.end !== undefined) return false;
  const start = day(ex.start, what);
  return start >= ANCHOR_SUNDAY && start < ANCHOR_SUNDAY + 7;
}

/** One or more `<Exception>` elements for a Roadline exception. */
function exceptionXml(ex: CalendarException, defaults: WorkingHours, what: string): string {
  const first = day(ex.start, what);
  const endDay = ex.end === undefined ? first + 1 : day(ex.end, what);
  if (endDay <= first) throw new RoadlineError('INVALID_DATA', `${what} ends before it starts`);
  const name = ex.name === undefined ? '' : xmlField('Name', ex.name);
  const body = dayBody(ex.working === true, ex.workingHours, defaults);
  if (ex.recurring === undefined) {
    return `<Exception><EnteredByOccurrences>0</EnteredByOccurrences>${period(first, endDay - 1)}${xmlField('Occurrences', endDay - first)}${name}<Type>1</Type>${body}</Exception>`;
  }
  const out: string[] = [];
  for (let d = first; d < endDay; d++) {
    const date = new Date(d * 86400000);
    let rule: string;
    if (ex.recurring === 'weekly')
      rule = `<Type>6</Type><Period>1</Period>${xmlField('DaysOfWeek', 1 << date.getUTCDay())}`;
    else if (ex.recurring === 'monthly')
      rule = `<Type>4</Type><Period>1</Period>${xmlField('MonthDay', date.getUTCDate())}`;
    else if (ex.recurring === 'yearly') {
      rule = `<Type>2</Type>${xmlField('Month', date.getUTCMonth())}${xmlField('MonthDay', date.getUTCDate())}`;
    } else
      throw new RoadlineError(
        'INVALID_DATA',
        `${what} has an unknown recurrence ${JSON.stringify(ex.recurring)}`,
      );
    out.push(
      `<Exception><EnteredByOccurrences>0</EnteredByOccurrences>${period(d, OPEN_ENDED_UNTIL)}${name}${rule}${body}</Exception>`,
    );
  }
  return out.join('');
}

/**
 * Writes one calendar. Weekly recurring working exceptions anchored in the first week of 1900
 * (how the importer carries per-weekday hours) become that weekday's working times; other
 * recurring exceptions become Project recurrences that run until 2099-12-31, which the importer
 * reads back as open-ended.
 */
export function calendarXml(calendar: CalendarData, uid: number, what: string): string {
  const defaults = calendar.workingHours ?? WHOLE_DAY;
  const workingDays = new Set(calendar.workingDays ?? [1, 2, 3, 4, 5]);
  const week: string[] = [];
  const overrides = new Map<number, CalendarException>();
  const exceptions: string[] = [];
  (calendar.exceptions ?? []).forEach((ex, k) => {
    const label = `${what} exception ${k}`;
    if (isWeekdayPattern(ex, label)) overrides.set(day(ex.start, label) - ANCHOR_SUNDAY, ex);
    else exceptions.push(exceptionXml(ex, defaults, label));
  });
  for (const holiday of calendar.holidays ?? []) {
    exceptions.push(exceptionXml({ start: holiday, working: false }, defaults, `${what} holiday`));
  }
  for (let d = 0; d < 7; d++) {
    const override = overrides.get(d);
    const working = override ? override.working === true : workingDays.has(d);
    const hours = override ? (override.workingHours ?? defaults) : defaults;
    week.push(`<WeekDay>${xmlField('DayType', d + 1)}${dayBody(working, hours, defaults)}</WeekDay>`);
  }
  const name = calendar.name === undefined ? '' : `<Name>${escapeXml(calendar.name)}</Name>`;
  return (
    `<Calendar>${xmlField('UID', uid)}${name}<IsBaseCalendar>1</IsBaseCalendar>` +
    `<BaseCalendarUID>-1</BaseCalendarUID><WeekDays>${week.join('')}</WeekDays>` +
    (exceptions.length > 0 ? `<Exceptions>${exceptions.join('')}</Exceptions>` : '') +
    '</Calendar>'
  );
}
