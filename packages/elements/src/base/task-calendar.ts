import { type CalendarData, type Project, WorkCalendar } from '@roadline/core';

/** Calendars by their (frozen) data, so that a render does not build one per milestone. */
const calendars = new WeakMap<CalendarData, WorkCalendar>();
let defaultCalendar: WorkCalendar | undefined;

/** The working time of a task's calendar (its `calendarId`), or of the project's. */
export function taskCalendar(project: Project, calendarId: string | undefined): WorkCalendar {
  const data =
    (calendarId === undefined ? undefined : project.calendar(calendarId)) ?? project.settings.calendar;
  if (data === undefined) {
    defaultCalendar ??= WorkCalendar.from(undefined);
    return defaultCalendar;
  }
  let calendar = calendars.get(data);
  if (calendar === undefined) {
    calendar = WorkCalendar.from(data);
    calendars.set(data, calendar);
  }
  return calendar;
}
