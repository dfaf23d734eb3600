import type { PriorityDef } from '../../model/types.js';
import { addEntity, type Input, type Patch, removeEntity, replaceMember, updateEntity } from './catalog.js';
import type { MutationContext } from './context.js';

export function addPriority(ctx: MutationContext, input: Input<'priority'>): Readonly<PriorityDef> {
  return addEntity(ctx, 'priority', input);
}

export function updatePriority(
  ctx: MutationContext,
  id: string,
  patch: Patch<'priority'>,
): Readonly<PriorityDef> {
  return updateEntity(ctx, 'priority', id, patch);
}

/** Removes a priority; tasks with it take `replacement` or lose their priority. */
export function removePriority(ctx: MutationContext, id: string, replacement?: string): void {
  removeEntity(ctx, 'priority', id, (task) => replaceMember(task, 'priority', replacement), replacement);
}
