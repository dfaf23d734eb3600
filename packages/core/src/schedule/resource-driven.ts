/**
 * How people drive a task's dates. Microsoft Project schedules each assignment on its resource's
 * calendar (a resource without one of its own follows the project calendar), each for work ÷
 * units of working time, and the task from its start to the latest assignment's finish. Roadline
 * does the same in two cases:
 *
 * - every work resource on the task follows one calendar: the task is scheduled on it, like any
 *   task on a calendar (exactly Project's result: one person, or a team on one calendar);
 * - they follow different calendars: the task keeps its own calendar for its start and for links
 *   and slack, and finishes when the last assignment does, each counted on its person's calendar
 *   from the task's start (`spans`).
 *
 * A task with a `calendarId` of its own keeps it and ignores the resource calendars (Project's
 * "scheduling ignores resource calendars"; Project would use the working time common to both).
 * When every work assignment states its work, an assignment lasts work ÷ units and the task as
 * long as the longest (Project's duration); otherwise the task's duration counts. Material
 * resources never drive dates.
 */
import type { ProjectData } from '../model/types.js';
import { assignmentsByTask } from '../model/assignments.js';

/** One assignment's share in a task on several calendars. */
export interface AssignmentSpan {
  /** Its person's calendar id, `''` for the project calendar. */
  calendarId: string;
  /** Working minutes it lasts on that calendar, or `undefined` for the task's duration. */
  minutes?: number;
}

/** What a task's people say about its calendar and length. */
export interface ResourceDriven {
  /** The one calendar its people follow (`''`: the project calendar), when they follow one. */
  calendarId?: string;
  /** Working minutes the task lasts, when every work assignment states its work. */
  minutes?: number;
  /** Its assignments, when they follow different calendars. */
  spans?: AssignmentSpan[];
}

/** Task id → how its people drive it, for tasks with work resources and no calendar of their own. */
export function resourceDrivenTasks(
  data: Pick<ProjectData, 'tasks' | 'assignments' | 'people'>,
): Map<string, ResourceDriven> {
  const out = new Map<string, ResourceDriven>();
  const people = data.people ?? [];
  if (people.length === 0) return out;
  const calendarOf = new Map<string, string>();
  const material = new Set<string>();
  for (const p of people) {
    if (p.type === 'material') material.add(p.id);
    if (p.calendarId !== undefined) calendarOf.set(p.id, p.calendarId);
  }
  const anyWork = (data.assignments ?? []).some((a) => a.work !== undefined);
  if (calendarOf.size === 0 && !anyWork) return out;
  const tasks = new Map(data.tasks.map((t) => [t.id, t]));
  for (const [taskId, list] of assignmentsByTask(data)) {
    const task = tasks.get(taskId);
    if (task === undefined || task.calendarId !== undefined || task.type === 'milestone') continue;
    const spans: AssignmentSpan[] = [];
    let allWork = true;
    let longest = 0;
    for (const a of list) {
      if (material.has(a.personId)) continue;
      const span: AssignmentSpan = { calendarId: calendarOf.get(a.personId) ?? '' };
      if (a.work !== undefined && a.units > 0) {
        span.minutes = (a.work * 60 * 100) / a.units;
        longest = Math.max(longest, span.minutes);
      } else allWork = false;
      spans.push(span);
    }
    const first = spans[0];
    if (first === undefined) continue;
    const driven: ResourceDriven = {};
    if (spans.every((s) => s.calendarId === first.calendarId)) driven.calendarId = first.calendarId;
    else driven.spans = spans;
    if (allWork) driven.minutes = longest;
    if (driven.calendarId === '' && driven.minutes === undefined) continue;
    out.set(taskId, driven);
  }
  return out;
}
