import { entityPath } from '../check-operation.js';
import type { EntityTypes, TableKind } from '../entities.js';
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

/**
 * Add, update and remove of one entity of any kind, for the kinds whose mutations have no rule of
 * their own beyond the entity's validation (links, rules, notes, the catalogs); each kind's file
 * adds only what is special about it.
 */

/** An entity as a host adds it; the id is generated when absent. */
export type Input<K extends TableKind> = Omit<EntityTypes[K], 'id'> & { id?: string };

/** Members to change; a member set to `undefined` is removed. */
export type Patch<K extends TableKind> = Partial<Omit<EntityTypes[K], 'id'>>;

/** Adds `input` (copied; `fill` completes what the kind fills itself, such as a note's date). */
export function addEntity<K extends TableKind>(
  ctx: MutationContext,
  kind: K,
  input: Input<K>,
  fill?: (entity: EntityTypes[K]) => void,
): Readonly<EntityTypes[K]> {
  const { copy } = copyInput(input, kind);
  const entity = { ...copy, id: idFor(ctx, kind, copy.id) } as unknown as EntityTypes[K];
  fill?.(entity);
  return emitAdd(ctx, kind, entity);
}

export function updateEntity<K extends TableKind>(
  ctx: MutationContext,
  kind: K,
  id: string,
  patch: Patch<K>,
): Readonly<EntityTypes[K]> {
  const previous = requireEntity(ctx, kind, id);
  const { next } = patchEntity<{ id: string }>(previous as { id: string }, patch, entityPath(kind, id));
  return emitUpdate(ctx, kind, previous, next as unknown as EntityTypes[K]);
}

/** Removes the entity `id` (an unknown id is an `UNKNOWN_REFERENCE` error). */
export function dropEntity<K extends TableKind>(ctx: MutationContext, kind: K, id: string): void {
  emitRemove(ctx, kind, requireEntity(ctx, kind, id));
}
