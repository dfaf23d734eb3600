import type { Task } from '../../model/types.js';
import { invalidData } from '../../validate/validate.js';
import { entityPath } from '../check-operation.js';
import { tasksReferring } from '../references.js';
import { emitRemove, emitUpdate, type MutationContext, requireEntity } from './context.js';

export { addEntity, type Input, type Patch, updateEntity } from './entity.js';

/**
 * Add, update (`entity.ts`) and remove for the catalog kinds (statuses, priorities, people, groups,
 * releases, calendars, custom fields): one shape, so each kind's file only adds what is special
 * about it.
 */
export type CatalogKind = 'status' | 'priority' | 'person' | 'group' | 'release' | 'calendar' | 'field';

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
