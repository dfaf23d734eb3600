/**
 * Which calendar a task with people on it is scheduled on. Microsoft Project schedules each
 * assignment on its resource's calendar (a resource without one of its own follows the project
 * calendar) and a task on the span of its assignments; a task calendar, when the task has one,
 * is intersected with the resource calendars. Roadline keeps one calendar per task:
 *
 * - a task with its own `calendarId` keeps it (as Project's "scheduling ignores resource
 *   calendars");
 * - otherwise, when every work resource on it follows one calendar, that calendar (exactly
 *   Project's result, the usual case: one person, or a team on one calendar);
 * - otherwise, the calendar of the assignment that takes longest (work ÷ units, the first on a
 *   tie), which is Project's finish whenever that assignment also finishes last.
 *
 * Material resources never drive dates. Returns task id → calendar id (`''`: the project
 * calendar) for the tasks whose calendar comes from their people.
 */
import type { ProjectData } from '../model/types.js';
import { assignmentsByTask } from './assignments.js';

export function resourceCalendars(
  data: Pick<ProjectData, 'tasks' | 'assignments' | 'people'>,
): Map<string, string> {
  const out = new Map<string, string>();
  const people = data.people ?? [];
  if (people.length === 0) return out;
  const calendarOf = new Map<string, string>();
  const material = new Set<string>();
  let anyCalendar = false;
  for (const p of people) {
    if (p.type === 'material') material.add(p.id);
    if (p.calendarId !== undefined) {
      calendarOf.set(p.id, p.calendarId);
      anyCalendar = true;
    }
  }
  if (!anyCalendar) return out;
  const tasks = new Map(data.tasks.map((t) => [t.id, t]));
  for (const [taskId, list] of assignmentsByTask(data)) {
    const task = tasks.get(taskId);
    if (task === undefined || task.calendarId !== undefined) continue;
    let chosen: string | undefined;
    let same = true;
    let longest = -1;
    let longestCal = '';
    for (const a of list) {
      if (material.has(a.personId)) continue;
      const cal = calendarOf.get(a.personId) ?? '';
      if (chosen === undefined) chosen = cal;
      else if (chosen !== cal) same = false;
      const length = a.work !== undefined && a.units > 0 ? a.work / a.units : 1 / Math.max(a.units, 1e-9);
      if (length > longest) {
        longest = length;
        longestCal = cal;
      }
    }
    if (chosen === undefined) continue;
    const cal = same ? chosen : longestCal;
    if (cal !== '') out.set(taskId, cal);
  }
  return out;
}
