/**
 * Resource load: how much of each person's working time their assignments ask for, per day or per
 * week. A person's time is their resource calendar (the project calendar when they have none);
 * an assignment asks for `units` % of every working minute of that calendar between its task's
 * scheduled start and end. A cell's `capacity` is `maxUnits` % of the person's working minutes in
 * it, so `work > capacity` is an over-allocation. Material resources are left out.
 *
 * Cost: one calendar walk per assignment and cell it covers, plus one per person and cell.
 */
import type { Person, ProjectData, ScheduleResult } from '../model/types.js';
import { schedule } from '../schedule/schedule.js';
import { calendarFor } from '../schedule/plan.js';
import type { WorkCalendar } from '../time/calendar.js';
import { formatWallTime, parseWallTime } from '../time/wall-time.js';
import { assignmentsByTask, type TaskAssignment } from '../model/assignments.js';

export type LoadGranularity = 'day' | 'week';

export interface LoadOptions {
  /** Cell size; default `'day'`. */
  granularity?: LoadGranularity;
  /** The schedule to read dates from (the store's, say); computed when absent. */
  schedule?: ScheduleResult;
  /** Only cells that overlap `[from, to)`; default every cell any assignment touches. */
  from?: string;
  to?: string;
}

/** One time cell of one person. */
export interface LoadCell {
  start: string;
  /** Exclusive. */
  end: string;
  /** Working minutes the assignments ask for (units × working time). */
  work: number;
  /** Working minutes the person can give: maxUnits × their working time in the cell. */
  capacity: number;
  /** Load in percent of one full-time person: work ÷ working time × 100 (0 when the cell has no working time). */
  units: number;
}

/** A person's load, cell by cell (cells with no work are left out). */
export interface PersonLoad {
  personId: string;
  maxUnits: number;
  cells: LoadCell[];
}

/** One assignment as the load reads it: wall-minute span and units. */
export interface LoadSpan {
  personId: string;
  taskId: string;
  start: number;
  end: number;
  units: number;
}

/** Every work assignment with its task's scheduled span, in wall minutes. */
export function loadSpans(data: ProjectData, result?: ScheduleResult): LoadSpan[] {
  const people = new Map((data.people ?? []).map((p) => [p.id, p]));
  const byTask = assignmentsByTask(data);
  if (byTask.size === 0) return [];
  const out: LoadSpan[] = [];
  forEachScheduledAssignment(byTask, result ?? schedule(data), (a, taskId, start, end) => {
    const person = people.get(a.personId);
    if (person === undefined || person.type === 'material') return;
    out.push({ personId: a.personId, taskId, start, end, units: a.units });
  });
  return out;
}

/**
 * Calls `visit` with each assignment of positive units whose task is scheduled over a span, and
 * that span in wall minutes (`start < end`); tasks without dates or of no span are skipped.
 */
export function forEachScheduledAssignment(
  byTask: ReadonlyMap<string, readonly TaskAssignment[]>,
  dates: ScheduleResult,
  visit: (assignment: TaskAssignment, taskId: string, start: number, end: number) => void,
): void {
  for (const [taskId, list] of byTask) {
    const scheduled = dates.tasks.get(taskId);
    if (scheduled === undefined) continue;
    const start = parseWallTime(scheduled.start);
    const end = parseWallTime(scheduled.end);
    if (start === undefined || end === undefined || end <= start) continue;
    for (const a of list) if (a.units > 0) visit(a, taskId, start, end);
  }
}

/** The calendar a person works on. */
export function personCalendar(data: ProjectData, person: Person | undefined): WorkCalendar {
  const own = person?.calendarId;
  if (own !== undefined) {
    const k = (data.calendars ?? []).findIndex((c) => c.id === own);
    if (k >= 0) return calendarFor(data.calendars?.[k], `calendars[${k}]`);
  }
  return calendarFor(data.calendar, 'calendar');
}

const DAY = 1440;

/** Start of the cell holding wall minute `t`: its day, or its week's Monday. */
export function cellStart(t: number, granularity: LoadGranularity): number {
  const day = Math.floor(t / DAY);
  if (granularity === 'day') return day * DAY;
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return (day - ((weekday + 6) % 7)) * DAY;
}

function cellLength(granularity: LoadGranularity): number {
  return granularity === 'day' ? DAY : 7 * DAY;
}

/** Each person's load per cell, people in list order (those with no work are left out). */
export function resourceLoad(data: ProjectData, options: LoadOptions = {}): PersonLoad[] {
  const granularity = options.granularity ?? 'day';
  const size = cellLength(granularity);
  const from = options.from === undefined ? Number.NEGATIVE_INFINITY : (parseWallTime(options.from) ?? 0);
  const to = options.to === undefined ? Number.POSITIVE_INFINITY : (parseWallTime(options.to) ?? 0);
  const spans = loadSpans(data, options.schedule);
  const byPerson = new Map<string, LoadSpan[]>();
  for (const s of spans) {
    const list = byPerson.get(s.personId);
    if (list === undefined) byPerson.set(s.personId, [s]);
    else list.push(s);
  }
  const out: PersonLoad[] = [];
  for (const person of data.people ?? []) {
    const list = byPerson.get(person.id);
    if (list === undefined) continue;
    const cal = personCalendar(data, person);
    const maxUnits = person.maxUnits ?? 100;
    const work = new Map<number, number>();
    for (const s of list) {
      const lo = Math.max(s.start, from);
      const hi = Math.min(s.end, to);
      for (let c = cellStart(lo, granularity); c < hi; c += size) {
        const minutes = cal.between(Math.max(lo, c), Math.min(hi, c + size));
        if (minutes > 0) work.set(c, (work.get(c) ?? 0) + (minutes * s.units) / 100);
      }
    }
    const cells: LoadCell[] = [];
    for (const c of [...work.keys()].sort((a, b) => a - b)) {
      const available = cal.between(c, c + size);
      const w = work.get(c) as number;
      cells.push({
        start: formatWallTime(c),
        end: formatWallTime(c + size),
        work: w,
        capacity: (available * maxUnits) / 100,
        units: available > 0 ? (w / available) * 100 : 0,
      });
    }
    out.push({ personId: person.id, maxUnits, cells });
  }
  return out;
}
