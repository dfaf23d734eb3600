import type { Group } from '../../model/types.js';
import { addEntity, type Input, type Patch, removeEntity, replaceMember, updateEntity } from './catalog.js';
import type { MutationContext } from './context.js';

export function addGroup(ctx: MutationContext, input: Input<'group'>): Readonly<Group> {
  return addEntity(ctx, 'group', input);
}

export function updateGroup(ctx: MutationContext, id: string, patch: Patch<'group'>): Readonly<Group> {
  return updateEntity(ctx, 'group', id, patch);
}

/** Removes a group; its tasks move to `replacement` or leave every group. */
export function removeGroup(ctx: MutationContext, id: string, replacement?: string): void {
  removeEntity(ctx, 'group', id, (task) => replaceMember(task, 'groupId', replacement), replacement);
}
