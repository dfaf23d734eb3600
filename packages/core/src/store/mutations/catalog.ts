import type { Task } from '../../model/types.js';
import { invalidData } from '../../validate/validate.js';
import { entityPath } from '../check-operation.js';
import type { EntityTypes, TableKind } from '../entities.js';
import { tasksReferring } from '../references.js';
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
 * Add, update and remove for the catalog kinds (statuses, priorities, people, groups, releases,
 * calendars, custom fields): one shape, so each kind's file only adds what is special about it.
 */
export type CatalogKind = 'status' | 'priority' | 'person' | 'group' | 'release' | 'calendar' | 'field';

/** An entity as a host adds it; the id is generated when absent. */
export type Input<K extends TableKind> = Omit<EntityTypes[K], 'id'> & { id?: string };

/** Members to change; a member set to `undefined` is removed. */
export type Patch<K extends TableKind> = Partial<Omit<EntityTypes[K], 'id'>>;

export function addEntity<K extends CatalogKind>(
  ctx: MutationContext,
  kind: K,
  input: Input<K>,
): Readonly<EntityTypes[K]> {
  const { copy } = copyInput(input, kind);
  return emitAdd(ctx, kind, { ...copy, id: idFor(ctx, kind, copy.id) } as unknown as EntityTypes[K]);
}

export function updateEntity<K extends CatalogKind>(
  ctx: MutationContext,
  kind: K,
  id: string,
  patch: Patch<K>,
): Readonly<EntityTypes[K]> {
  const previous = requireEntity(ctx, kind, id);
  const { next } = patchEntity<{ id: string }>(previous as { id: string }, patch, entityPath(kind, id));
  return emitUpdate(ctx, kind, previous, next as unknown as EntityTypes[K]);
}

/**
 * Removes a catalog entry after clearing it from every task that refers to it: `detach` returns
 * the task without the reference (for a status, say, the task loses its status or takes
 * `replacement`).
 */
export function removeEntity<K extends CatalogKind>(
  ctx: MutationContext,
  kind: K,
  id: string,
  detach: (task: Task) => Task,
  replacement?: string,
): void {
  const entity = requireEntity(ctx, kind, id);
  if (replacement !== undefined && (replacement === id || !ctx.state.tables[kind].has(replacement))) {
    const path = entityPath(kind, id);
    throw invalidData([
      {
        path,
        code: 'UNKNOWN_REFERENCE',
        message: `${path} cannot be replaced by "${String(replacement)}": no such ${kind}`,
      },
    ]);
  }
  for (const task of tasksReferring(ctx.state, kind, id)) emitUpdate(ctx, 'task', task, detach({ ...task }));
  emitRemove(ctx, kind, entity);
}

/** `task` without `key`, or with `replacement` in its place. */
export function replaceMember<T extends object>(
  task: T,
  key: keyof T,
  replacement: T[keyof T] | undefined,
): T {
  if (replacement === undefined) delete task[key];
  else task[key] = replacement;
  return task;
}
