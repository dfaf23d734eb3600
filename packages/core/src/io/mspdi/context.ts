/** What the readers of one MSPDI import share: the file's settings, its calendars, the warnings. */
import { RoadlineError } from '../../model/errors.js';
import type { CalendarData, DurationUnit } from '../../model/types.js';
import { WorkCalendar } from '../../time/calendar.js';
import { formatWallTime, parseWallTime } from '../../time/wall-time.js';
import { builtInStandard } from './calendars.js';
import type { MspDocument } from './header.js';
import { type IssueLog, MSProjectIssueCode } from './issues.js';

export function invalid(message: string): never {
  throw new RoadlineError('INVALID_DATA', message);
}

/** A wall-clock string from an MSPDI date-time, or `undefined` when absent. */
export function readWall(text: string | undefined, what: string): string | undefined {
  if (text === undefined) return undefined;
  const minutes = parseWallTime(text);
  if (minutes === undefined) return invalid(`${what} has a malformed date ${JSON.stringify(text)}`);
  return formatWallTime(minutes);
}

export function readNumber(text: string | undefined, what: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return invalid(`${what} is ${JSON.stringify(text)}, not a number`);
  return value;
}

/** Minutes of working time per unit, with the file's day and week lengths. */
function unitMinutes(unit: DurationUnit, doc: MspDocument): number {
  if (unit === 'minute') return 1;
  if (unit === 'hour') return 60;
  if (unit === 'day') return doc.minutesPerDay;
  return doc.minutesPerWeek;
}

/**
 * Expresses `minutes` in the unit the file displays it in when that is exact, else in the largest
 * unit that is exact, so nothing is rounded.
 */
export function toUnit(minutes: number, preferred: DurationUnit | undefined, doc: MspDocument) {
  const order: DurationUnit[] = ['week', 'day', 'hour', 'minute'];
  const candidates = preferred ? [preferred, ...order] : ['day', 'hour', 'minute'];
  for (const unit of candidates as DurationUnit[]) {
    const size = unitMinutes(unit, doc);
    if (minutes % size === 0) return { value: minutes / size, unit };
  }
  return { value: minutes, unit: 'minute' as DurationUnit };
}

/** `2 days`, `1 hour`, for messages. */
export function showAmount(amount: { value: number; unit: DurationUnit }): string {
  return `${amount.value} ${amount.unit}${Math.abs(amount.value) === 1 ? '' : 's'}`;
}

/** The shared state of one import. */
export class ReadContext {
  readonly doc: MspDocument;
  readonly log: IssueLog;
  /** Every calendar by UID: the file's, then the built-ins it names without containing them. */
  readonly calendars: Map<string, CalendarData>;
  /** UIDs of the built-ins added, and of the file's calendars based on one. */
  readonly #builtIn: Set<string>;
  readonly #work = new Map<string | undefined, WorkCalendar>();
  /** The project calendar's UID, once known; tasks on it carry no `calendarId`. */
  projectCalendarUid: string | undefined;
  projectCalendar: CalendarData | undefined;

  constructor(
    doc: MspDocument,
    calendars: Map<string, CalendarData>,
    log: IssueLog,
    basedOnBuiltIn: ReadonlySet<string> = new Set(),
  ) {
    this.doc = doc;
    this.calendars = calendars;
    this.log = log;
    this.#builtIn = new Set(basedOnBuiltIn);
  }

  /**
   * Makes sure calendar `uid` exists: one the file does not contain is Project's built-in
   * Standard, and every reference to it (or to a calendar based on one) is listed in a
   * `MISSING_CALENDAR` warning.
   */
  requireCalendar(uid: string, reference: string, taskId?: string): CalendarData {
    let calendar = this.calendars.get(uid);
    if (!calendar) {
      calendar = builtInStandard(uid, {
        minutesPerDay: this.doc.minutesPerDay,
        minutesPerWeek: this.doc.minutesPerWeek,
      });
      this.calendars.set(uid, calendar);
      this.#builtIn.add(uid);
    }
    if (this.#builtIn.has(uid)) this.log.add(MSProjectIssueCode.MISSING_CALENDAR, reference, taskId);
    return calendar;
  }

  /** The working calendar of a task with `calendarId` (the project's when `undefined`). */
  workCalendar(calendarId: string | undefined): WorkCalendar {
    let work = this.#work.get(calendarId);
    if (!work) {
      const data = calendarId === undefined ? this.projectCalendar : this.calendars.get(calendarId);
      work = WorkCalendar.from(data ?? this.projectCalendar);
      this.#work.set(calendarId, work);
    }
    return work;
  }
}
