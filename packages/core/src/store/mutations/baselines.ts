import type { Baseline } from '../../model/types.js';
import { emitAdd, emitUpdate, idFor, type MutationContext, requireEntity } from './context.js';
import { dropEntity } from './entity.js';

/** What to name a new baseline; the id is generated when absent. */
export interface BaselineOptions {
  id?: string;
  name?: string;
  /** Use these dates (for example the scheduled ones) instead of each task's own `start`/`end`. */
  dates?: (taskId: string) => { start: string; end: string } | undefined;
}

/** Records every dated task's current start and end as a new baseline. */
export function takeBaseline(ctx: MutationContext, options: BaselineOptions = {}): Readonly<Baseline> {
  const tasks: Baseline['tasks'] = {};
  for (const id of ctx.state.wbsOrder()) {
    const task = ctx.state.tasks.get(id);
    const dates =
      options.dates?.(id) ??
      (task?.start !== undefined && task.end !== undefined
        ? { start: task.start, end: task.end }
        : undefined);
    if (dates !== undefined) tasks[id] = { start: dates.start, end: dates.end };
  }
  const count = ctx.state.tables.baseline.size;
  return emitAdd(ctx, 'baseline', {
    id: idFor(ctx, 'baseline', options.id),
    name: options.name ?? `Baseline ${count + 1}`,
    takenAt: ctx.now(),
    tasks,
  });
}

export function renameBaseline(ctx: MutationContext, id: string, name: string): Readonly<Baseline> {
  const previous = requireEntity(ctx, 'baseline', id);
  return emitUpdate(ctx, 'baseline', previous, { ...previous, name });
}

export function removeBaseline(ctx: MutationContext, id: string): void {
  dropEntity(ctx, 'baseline', id);
}
