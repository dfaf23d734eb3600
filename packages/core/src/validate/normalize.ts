import { deriveDates } from '../time/derive-dates.js';
import type { CalendarData, ProjectData, Task } from '../model/types.js';
import type { WorkingTime } from '../model/working-time.js';

/** Builds working-time arithmetic for a calendar (`undefined`: the project default). */
export type CalendarFactory = (calendar: CalendarData | undefined) => WorkingTime | undefined;

/**
 * Fills what valid data leaves implicit, in place on a private copy (from `checkProjectData`):
 * each task's `order` among its siblings (one after the previous sibling's, in input order) and
 * its derived dates on its calendar. Statuses and priorities are defaulted during the check,
 * because references to them are checked there.
 */
export function normalizeProjectData(data: ProjectData, calendarFor?: CalendarFactory): ProjectData {
  const calendars = new Map<string | undefined, WorkingTime | undefined>();
  const projectCalendar = calendarFor?.(data.calendar);
  const calendarOf = (id: string | undefined): WorkingTime | undefined => {
    if (id === undefined || calendarFor === undefined) return projectCalendar;
    if (!calendars.has(id)) calendars.set(id, calendarFor(data.calendars?.find((c) => c.id === id)));
    return calendars.get(id);
  };
  const lastOrder = new Map<string | undefined, number>();
  for (const task of data.tasks as Task[]) {
    if (task.order === undefined) task.order = (lastOrder.get(task.parentId) ?? -1) + 1;
    lastOrder.set(task.parentId, task.order);
    deriveDates(task, calendarOf(task.calendarId));
  }
  return data;
}
