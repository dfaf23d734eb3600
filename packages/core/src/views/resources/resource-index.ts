/**
 * The resource views' index of a project: each work resource with its calendar, max units and
 * assignment spans (wall minutes, sorted by start), built once per project change. The per-frame
 * queries (`histogram-cells.ts`, `usage-rows.ts`) read only the people and time they draw: a span
 * search is a binary search on starts plus a walk back bounded by a running maximum of ends, so
 * 50 people × 2 years cost what the viewport shows, not what the project holds.
 *
 * Spans come from the schedule: an assignment works `units` % of every working minute of its
 * person's calendar between its task's scheduled start and end, as `resources/load.ts` counts it.
 * Material resources, zero units and unscheduled tasks are left out. The schedule, the
 * over-allocations and the calendars are inputs (the root entry computes them: `schedule`,
 * `overallocations`, `personCalendar`), so this entry stays free of the scheduling engine.
 */
import { assignmentsByTask } from '../../model/assignments.js';
import { forEachScheduledAssignment } from '../../resources/load.js';
import type { Overallocation, Person, ProjectData, ScheduleResult } from '../../model/types.js';
import type { WorkCalendar } from '../../time/calendar.js';
import { parseWallTime } from '../../time/wall-time.js';

/** One assignment of one person, as a bar: `[start, end)` in wall minutes. */
export interface ResourceSpan {
  readonly assignmentId: string;
  readonly taskId: string;
  readonly start: number;
  readonly end: number;
  readonly units: number;
  /** The person is on the task only through its `assignees` shorthand. */
  readonly implicit: boolean;
}

/** A work resource and everything the views draw of it. */
export interface ResourcePerson {
  readonly id: string;
  readonly name: string;
  readonly maxUnits: number;
  readonly calendar: WorkCalendar;
  /** Sorted by start, then end. */
  readonly spans: readonly ResourceSpan[];
  /** `maxEnd[i]`: the latest end among `spans[0..i]` (the walk-back bound). */
  readonly maxEnd: Float64Array;
  /** Instants when the person is over their max units: `[start, end)` pairs, sorted. */
  readonly over: readonly (readonly [number, number])[];
}

export interface ResourceIndex {
  readonly people: readonly ResourcePerson[];
  readonly byId: ReadonlyMap<string, ResourcePerson>;
}

/** What the index reads besides the data: computed by the root entry (or the store). */
export interface ResourceInputs {
  /** The scheduled dates: the store's `project.schedule()`, or `schedule(data)`. */
  readonly schedule: ScheduleResult | undefined;
  /** Per-instant over-allocations: `overallocations(data, { schedule })`; none when absent. */
  readonly overallocations?: readonly Overallocation[];
  /** A person's working calendar: `(p) => personCalendar(data, p)`. */
  calendar(person: Person): WorkCalendar;
}

/** Indexes a project's work resources (people in list order), with their spans and over-allocations. */
export function resourceIndex(data: ProjectData, inputs: ResourceInputs): ResourceIndex {
  const byTask = assignmentsByTask(data);
  const dates = inputs.schedule;
  const spans = new Map<string, ResourceSpan[]>();
  if (dates !== undefined)
    forEachScheduledAssignment(byTask, dates, (a, taskId, start, end) => {
      const span: ResourceSpan = {
        assignmentId: a.id,
        taskId,
        start,
        end,
        units: a.units,
        implicit: a.implicit,
      };
      const own = spans.get(a.personId);
      if (own === undefined) spans.set(a.personId, [span]);
      else own.push(span);
    });
  const over = new Map<string, [number, number][]>();
  if (spans.size > 0)
    for (const o of inputs.overallocations ?? []) {
      const s = parseWallTime(o.start);
      const e = parseWallTime(o.end);
      if (s === undefined || e === undefined) continue;
      const own = over.get(o.personId);
      if (own === undefined) over.set(o.personId, [[s, e]]);
      else own.push([s, e]);
    }
  const people: ResourcePerson[] = [];
  for (const p of data.people ?? []) {
    if (p.type === 'material') continue;
    const own = (spans.get(p.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    const maxEnd = new Float64Array(own.length);
    let m = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < own.length; i++) {
      m = Math.max(m, (own[i] as ResourceSpan).end);
      maxEnd[i] = m;
    }
    people.push({
      id: p.id,
      name: p.name,
      maxUnits: p.maxUnits ?? 100,
      calendar: inputs.calendar(p),
      spans: own,
      maxEnd,
      over: over.get(p.id) ?? [],
    });
  }
  return { people, byId: new Map(people.map((p) => [p.id, p])) };
}

/**
 * Indexes into `person.spans` of the spans that overlap `[from, to)`, by start. Calls `visit` for
 * each; no allocation.
 */
export function forSpansIn(
  person: ResourcePerson,
  from: number,
  to: number,
  visit: (span: ResourceSpan, index: number) => void,
): void {
  const { spans, maxEnd } = person;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as ResourceSpan).start < to) lo = mid + 1;
    else hi = mid;
  }
  let first = lo;
  while (first > 0 && (maxEnd[first - 1] as number) > from) first--;
  for (let i = first; i < lo; i++) {
    const s = spans[i] as ResourceSpan;
    if (s.end > from) visit(s, i);
  }
}

/** Whether `[start, end)` meets one of the person's over-allocated stretches. */
export function overlapsOverallocation(person: ResourcePerson, start: number, end: number): boolean {
  for (const [s, e] of person.over) {
    if (s >= end) return false;
    if (e > start) return true;
  }
  return false;
}
