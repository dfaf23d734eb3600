import type { WorkCalendar } from '../time/calendar.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../time/wall-time.js';
import type { Assignment, Person, Task } from '../model/types.js';
import { taskAssignments } from '../model/assignments.js';
import { effortHours } from './frame.js';
import type { AnalyticsFrame, Reason } from './types.js';
import { MINUTES_PER_WEEK, weekStart } from './weeks.js';

/** Options of {@link workload}. */
export interface WorkloadOptions {
  /** First week shown (any day of it); default the week of the earliest assigned task. */
  from?: string;
  /** Number of weeks; default up to the week of the latest assigned task, at most {@link MAX_WEEKS}. */
  weeks?: number;
}

/** The most weeks {@link workload} reports when no `weeks` option narrows it (five years). */
export const MAX_WEEKS = 261;

/** One ISO week of the workload table. */
export interface WorkloadWeek {
  /** Its Monday, `YYYY-MM-DD`. */
  start: string;
  /** Working days in the week on the project calendar. */
  workingDays: number;
}

/** One person's row of the workload table. */
export interface PersonLoad {
  id: string;
  name: string;
  /** Hours per day, as the data gives it; `undefined` when the person has none. */
  capacity: number | undefined;
  /** Assigned hours per week. */
  hours: number[];
  /** Capacity × working days per week; `undefined` without a capacity. */
  available: number[] | undefined;
  /** Weeks where the hours exceed the capacity; `undefined` without a capacity (no verdict). */
  over: boolean[] | undefined;
  /** How many weeks are over capacity (0 without a capacity). */
  overWeeks: number;
  /** The highest hours ÷ available of any week (`undefined` without a capacity). */
  peak: number | undefined;
  /** Why there is no verdict, when there is none. */
  note: Reason | undefined;
}

/** Hours per person per ISO week against capacity. */
export interface Workload {
  weeks: WorkloadWeek[];
  people: PersonLoad[];
  /** Hours of counted tasks with no (known) assignee, per week. */
  unassigned: number[];
}

/**
 * Hours per person per ISO week. A task's working time in a week (on its own calendar, which is
 * its people's calendar when they have one) becomes effort hours — one day of duration is
 * `hoursPerDay` of the calendar, or 8 on a 24-hour-day calendar — and each person on it gets that
 * × their units (an assignee 100 %, an assignment its `units`; material resources none). A person
 * who is a resource (`maxUnits` or a `calendarId`) can give `maxUnits` % of the working hours of
 * their calendar in the week; otherwise `capacity` hours on each working day of the project
 * calendar. A week is over-allocated when the hours exceed that (by more than a minute). People
 * with neither get hours but no verdict, and a note saying so.
 */
export function workload(frame: AnalyticsFrame, options: WorkloadOptions = {}): Workload {
  const people = frame.source.people ?? [];
  const personIndex = new Map<string, number>();
  people.forEach((p, k) => {
    if (!personIndex.has(p.id)) personIndex.set(p.id, k);
  });
  const n = frame.tasks.length;
  const fromText = options.from === undefined ? undefined : parseWallTime(options.from);
  // The span of the assigned work is needed only for what the options leave open.
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  if (fromText === undefined || options.weeks === undefined) {
    for (let i = 0; i < n; i++) {
      if (frame.leaf[i] !== 1 || frame.milestone[i] === 1) continue;
      const s = frame.start[i] as number;
      const e = frame.end[i] as number;
      if (!(e > s)) continue;
      if (s < lo) lo = s;
      if (e > hi) hi = e;
    }
  }
  const first = weekStart(fromText ?? (lo === Number.POSITIVE_INFINITY ? frame.today : lo));
  const span =
    hi === Number.NEGATIVE_INFINITY ? 1 : Math.floor((weekStart(hi - 1) - first) / MINUTES_PER_WEEK) + 1;
  const count = Math.max(0, Math.floor(options.weeks ?? Math.min(MAX_WEEKS, Math.max(1, span))));
  const last = first + count * MINUTES_PER_WEEK;

  const projectCalendar = frame.calendars[0] as WorkCalendar;
  const weeks: WorkloadWeek[] = [];
  for (let w = 0; w < count; w++) {
    const ws = first + w * MINUTES_PER_WEEK;
    let days = 0;
    for (let d = 0; d < 7; d++) if (projectCalendar.workingMinutesOn(ws + d * MINUTES_PER_DAY) > 0) days++;
    weeks.push({ start: formatWallTime(ws), workingDays: days });
  }

  const hours = people.map(() => new Float64Array(count));
  const unassigned = new Float64Array(count);
  const factor = frame.calendars.map((c) => effortHours(c) / c.minutesPer('day'));
  const targets: number[] = [];
  // Working positions of the week boundaries, per calendar: every task on it reads the same ones.
  const weekPositions: (Float64Array | undefined)[] = [];
  const boundaryPositions = (calendar: WorkCalendar, cal: number): Float64Array => {
    const at = new Float64Array(count + 1);
    for (let w = 0; w <= count; w++) at[w] = calendar.position(first + w * MINUTES_PER_WEEK);
    weekPositions[cal] = at;
    return at;
  };
  const shares: number[] = [];
  const personCal = people.map((p) => (p.calendarId === undefined ? undefined : calendarOfPerson(frame, p)));
  const explicit = new Map<string, Readonly<Assignment>[]>();
  for (const a of frame.source.assignments ?? []) {
    const list = explicit.get(a.taskId);
    if (list === undefined) explicit.set(a.taskId, [a]);
    else list.push(a);
  }
  for (let i = 0; i < n; i++) {
    if (frame.leaf[i] !== 1 || frame.milestone[i] === 1) continue;
    const s = Math.max(frame.start[i] as number, first);
    const e = Math.min(frame.end[i] as number, last);
    if (!(e > s)) continue;
    targets.length = 0;
    shares.length = 0;
    const task = frame.tasks[i] as Readonly<Task>;
    const own = explicit.get(task.id);
    if (own !== undefined || (task.assignees?.length ?? 0) > 0) {
      for (const a of taskAssignments(task, own ?? [])) {
        const k = personIndex.get(a.personId);
        if (k === undefined || targets.includes(k) || people[k]?.type === 'material') continue;
        targets.push(k);
        shares.push(a.units / 100);
      }
    }
    const cal = frame.calendarOf[i] as number;
    const calendar = frame.calendars[cal] as WorkCalendar;
    const bounds = weekPositions[cal] ?? boundaryPositions(calendar, cal);
    const scale = factor[cal] as number;
    let w = Math.floor((weekStart(s) - first) / MINUTES_PER_WEEK);
    let pos = calendar.position(s);
    const endPos = calendar.position(e);
    while (w < count) {
      const boundary = first + (w + 1) * MINUTES_PER_WEEK;
      const nextPos = e <= boundary ? endPos : (bounds[w + 1] as number);
      const h = (nextPos - pos) * scale;
      if (h > 0 || targets.length > 0) {
        if (targets.length === 0) unassigned[w] = (unassigned[w] as number) + h;
        for (let t = 0; t < targets.length; t++) {
          const k = targets[t] as number;
          const row = hours[k] as Float64Array;
          const own = personCal[k];
          // A person on a calendar of their own works the task only when that calendar works.
          const worked =
            own === undefined
              ? h
              : own.between(Math.max(s, boundary - MINUTES_PER_WEEK), Math.min(e, boundary)) *
                (effortHours(own) / own.minutesPer('day'));
          row[w] = (row[w] as number) + worked * (shares[t] as number);
        }
      }
      if (e <= boundary) break;
      pos = nextPos;
      w++;
    }
  }

  const rows: PersonLoad[] = people.map((person, k) => {
    const row = Array.from(hours[k] as Float64Array);
    const capacity =
      typeof person.capacity === 'number' && Number.isFinite(person.capacity) && person.capacity >= 0
        ? person.capacity
        : undefined;
    const asResource = person.maxUnits !== undefined || person.calendarId !== undefined;
    if (capacity === undefined && !asResource) {
      return {
        id: person.id,
        name: person.name,
        capacity,
        hours: row,
        available: undefined,
        over: undefined,
        overWeeks: 0,
        peak: undefined,
        note: {
          code: 'NO_CAPACITY',
          message: `${person.name} has no capacity, so over-allocation cannot be judged.`,
        },
      };
    }
    const available = asResource
      ? resourceHours(frame, person, first, count)
      : weeks.map((w) => (capacity as number) * w.workingDays);
    const over = row.map((h, w) => h > (available[w] as number) + 1 / 60);
    let peak = 0;
    row.forEach((h, w) => {
      const a = available[w] as number;
      const ratio = a > 0 ? h / a : h > 0 ? Number.POSITIVE_INFINITY : 0;
      if (ratio > peak) peak = ratio;
    });
    return {
      id: person.id,
      name: person.name,
      capacity,
      hours: row,
      available,
      over,
      overWeeks: over.filter(Boolean).length,
      peak,
      note: undefined,
    };
  });
  return { weeks, people: rows, unassigned: Array.from(unassigned) };
}

/** A person's calendar as the frame built it (the project calendar when they have none). */
function calendarOfPerson(frame: AnalyticsFrame, person: Readonly<Person>): WorkCalendar {
  const at =
    person.calendarId === undefined
      ? -1
      : (frame.source.calendars ?? []).findIndex((c) => c.id === person.calendarId);
  return (frame.calendars[at + 1] ?? frame.calendars[0]) as WorkCalendar;
}

/** A resource's available hours per week: max units × the effort hours their calendar works. */
function resourceHours(
  frame: AnalyticsFrame,
  person: Readonly<Person>,
  first: number,
  count: number,
): number[] {
  const calendar = calendarOfPerson(frame, person);
  const perMinute = effortHours(calendar) / calendar.minutesPer('day');
  const units = (person.maxUnits ?? 100) / 100;
  const out: number[] = [];
  for (let w = 0; w < count; w++) {
    const ws = first + w * MINUTES_PER_WEEK;
    out.push(calendar.between(ws, ws + MINUTES_PER_WEEK) * perMinute * units);
  }
  return out;
}
