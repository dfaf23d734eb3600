import type { Dependency } from '../../model/types.js';
import { entityPath } from '../check-operation.js';
import {
  copyInput,
  emitAdd,
  emitRemove,
  emitUpdate,
  idFor,
  type MutationContext,
  patchEntity,
  requireEntity,
} from './context.js';

/** A dependency as a host adds it; the id is generated when absent. */
export type DependencyInput = Omit<Dependency, 'id'> & { id?: string };

/** Members to change; `undefined` removes one (type back to FS, no lag). */
export type DependencyPatch = Partial<Omit<Dependency, 'id'>>;

/**
 * Links two tasks. Rejected with `CYCLE` (naming the tasks) when the link would close a loop,
 * with `INVALID_DATA` for a self-link, a duplicate link or an unknown task.
 */
export function addDependency(ctx: MutationContext, input: DependencyInput): Readonly<Dependency> {
  const { copy } = copyInput(input, 'dependency');
  return emitAdd(ctx, 'dependency', {
    ...copy,
    id: idFor(ctx, 'dependency', copy.id),
  } as unknown as Dependency);
}

export function updateDependency(
  ctx: MutationContext,
  id: string,
  patch: DependencyPatch,
): Readonly<Dependency> {
  const previous = requireEntity(ctx, 'dependency', id);
  const { next } = patchEntity<Dependency>(previous, patch, entityPath('dependency', id));
  return emitUpdate(ctx, 'dependency', previous, next);
}

export function removeDependency(ctx: MutationContext, id: string): void {
  emitRemove(ctx, 'dependency', requireEntity(ctx, 'dependency', id));
}
