import type { DurationUnit, Task } from '../../model/types.js';
import { emitUpdate, type MutationContext } from './context.js';

/**
 * After a task's duration changed (a typed duration, a resized bar): the assignments that state
 * their work follow as the task type says, so work ÷ units keeps giving the new duration. A
 * fixed-work task keeps the work and changes the units; the other types keep the units and
 * change the work (Microsoft Project's rule; see `resources/task-type.ts`).
 */
export function workFollowsDuration(
  ctx: MutationContext,
  previous: Readonly<Task>,
  next: Readonly<Task>,
): void {
  if (previous.duration === next.duration && previous.durationUnit === next.durationUnit) return;
  if (next.duration === undefined || next.type === 'milestone') return;
  const stated = ctx.state.assignmentsOf(next.id).filter((a) => a.work !== undefined);
  if (stated.length === 0) return;
  const wt = ctx.workingTime(next.calendarId);
  const unit: DurationUnit = next.durationUnit ?? 'day';
  const per = wt !== undefined ? wt.minutesPer(unit) : unit === 'minute' ? 1 : unit === 'hour' ? 60 : 1440;
  const hours = (next.duration * per) / 60;
  for (const a of stated) {
    const updated = { ...a };
    if (next.taskType === 'fixed-work') {
      if (hours <= 0) continue;
      updated.units = Math.round(((a.work as number) / hours) * 100 * 1e6) / 1e6;
    } else updated.work = Math.round(((hours * (a.units ?? 100)) / 100) * 1e6) / 1e6;
    emitUpdate(ctx, 'assignment', a, updated);
  }
}
