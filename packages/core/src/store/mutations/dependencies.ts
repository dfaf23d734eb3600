import type { Dependency } from '../../model/types.js';
import type { MutationContext } from './context.js';
import { addEntity, dropEntity, updateEntity } from './entity.js';

/** A dependency as a host adds it; the id is generated when absent. */
export type DependencyInput = Omit<Dependency, 'id'> & { id?: string };

/** Members to change; `undefined` removes one (type back to FS, no lag). */
export type DependencyPatch = Partial<Omit<Dependency, 'id'>>;

/**
 * Links two tasks. Rejected with `CYCLE` (naming the tasks) when the link would close a loop,
 * with `INVALID_DATA` for a self-link, a duplicate link or an unknown task.
 */
export function addDependency(ctx: MutationContext, input: DependencyInput): Readonly<Dependency> {
  return addEntity(ctx, 'dependency', input);
}

export function updateDependency(
  ctx: MutationContext,
  id: string,
  patch: DependencyPatch,
): Readonly<Dependency> {
  return updateEntity(ctx, 'dependency', id, patch);
}

export function removeDependency(ctx: MutationContext, id: string): void {
  dropEntity(ctx, 'dependency', id);
}
