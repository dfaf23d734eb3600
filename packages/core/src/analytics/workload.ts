import type { WorkCalendar } from '../time/calendar.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../time/wall-time.js';
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
 * Hours per person per ISO week. A task's working time in a week (on its own calendar) becomes
 * effort hours — one day of duration is `hoursPerDay` of the calendar, or 8 on a 24-hour-day
 * calendar — split evenly across its assignees. A person can give `capacity` hours on each working
 * day of the project calendar; a week is over-allocated when the hours exceed that (by more than a
 * minute). People with no capacity get hours but no verdict, and a note saying so.
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
  for (let i = 0; i < n; i++) {
    if (frame.leaf[i] !== 1 || frame.milestone[i] === 1) continue;
    const s = Math.max(frame.start[i] as number, first);
    const e = Math.min(frame.end[i] as number, last);
    if (!(e > s)) continue;
    targets.length = 0;
    for (const id of frame.tasks[i]?.assignees ?? []) {
      const k = personIndex.get(id);
      if (k !== undefined && !targets.includes(k)) targets.push(k);
    }
    const cal = frame.calendarOf[i] as number;
    const calendar = frame.calendars[cal] as WorkCalendar;
    const bounds = weekPositions[cal] ?? boundaryPositions(calendar, cal);
    const scale = (factor[cal] as number) / (targets.length || 1);
    let w = Math.floor((weekStart(s) - first) / MINUTES_PER_WEEK);
    let pos = calendar.position(s);
    const endPos = calendar.position(e);
    while (w < count) {
      const boundary = first + (w + 1) * MINUTES_PER_WEEK;
      const nextPos = e <= boundary ? endPos : (bounds[w + 1] as number);
      const h = (nextPos - pos) * scale;
      if (h > 0) {
        if (targets.length === 0) unassigned[w] = (unassigned[w] as number) + h;
        for (const k of targets) {
          const row = hours[k] as Float64Array;
          row[w] = (row[w] as number) + h;
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
    if (capacity === undefined) {
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
    const available = weeks.map((w) => capacity * w.workingDays);
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
