import type { CalendarData } from '../../model/types.js';
import { addEntity, type Input, type Patch, removeEntity, replaceMember, updateEntity } from './catalog.js';
import { emitUpdate, type MutationContext } from './context.js';

/** Adds a named calendar that tasks may use by `calendarId`. */
export function addCalendar(ctx: MutationContext, input: Input<'calendar'>): Readonly<CalendarData> {
  return addEntity(ctx, 'calendar', input);
}

export function updateCalendar(
  ctx: MutationContext,
  id: string,
  patch: Patch<'calendar'>,
): Readonly<CalendarData> {
  return updateEntity(ctx, 'calendar', id, patch);
}

/** Removes a named calendar; its tasks fall back to the project calendar, its people to none of their own. */
export function removeCalendar(ctx: MutationContext, id: string): void {
  for (const person of Array.from(ctx.state.tables.person.values())) {
    if (person.calendarId !== id) continue;
    const next = { ...person };
    delete next.calendarId;
    emitUpdate(ctx, 'person', person, next);
  }
  removeEntity(ctx, 'calendar', id, (task) => replaceMember(task, 'calendarId', undefined));
}
