import type { Release } from '../../model/types.js';
import { addEntity, type Input, type Patch, removeEntity, replaceMember, updateEntity } from './catalog.js';
import type { MutationContext } from './context.js';

export function addRelease(ctx: MutationContext, input: Input<'release'>): Readonly<Release> {
  return addEntity(ctx, 'release', input);
}

export function updateRelease(ctx: MutationContext, id: string, patch: Patch<'release'>): Readonly<Release> {
  return updateEntity(ctx, 'release', id, patch);
}

/** Removes a release; its tasks move to `replacement` or are no longer planned for a release. */
export function removeRelease(ctx: MutationContext, id: string, replacement?: string): void {
  removeEntity(ctx, 'release', id, (task) => replaceMember(task, 'releaseId', replacement), replacement);
}
