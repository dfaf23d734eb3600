import type { StatusDef } from '../../model/types.js';
import { addEntity, type Input, type Patch, removeEntity, replaceMember, updateEntity } from './catalog.js';
import type { MutationContext } from './context.js';

export function addStatus(ctx: MutationContext, input: Input<'status'>): Readonly<StatusDef> {
  return addEntity(ctx, 'status', input);
}

export function updateStatus(ctx: MutationContext, id: string, patch: Patch<'status'>): Readonly<StatusDef> {
  return updateEntity(ctx, 'status', id, patch);
}

/** Removes a status; tasks in it move to `replacement` (another status id) or lose their status. */
export function removeStatus(ctx: MutationContext, id: string, replacement?: string): void {
  removeEntity(ctx, 'status', id, (task) => replaceMember(task, 'status', replacement), replacement);
}
