import type { EntityKind, Operation } from '../model/operations.js';
import type { Project } from '../store/project.js';

/** An entity's key in the sync bookkeeping: kind and id. */
export function entityKey(entity: EntityKind, id: string): string {
  return `${entity}\u0000${id}`;
}

/** The snapshot `project` holds now for `entity`/`id`, or undefined when there is none. */
export function readEntity(project: Project, entity: EntityKind, id: string): unknown {
  switch (entity) {
    case 'project':
      return project.settings;
    case 'task':
      return project.task(id);
    case 'dependency':
      return project.dependency(id);
    case 'calendar':
      return project.calendar(id);
    case 'person':
      return project.person(id);
    case 'group':
      return project.group(id);
    case 'status':
      return project.status(id);
    case 'priority':
      return project.priority(id);
    case 'release':
      return project.release(id);
    case 'field':
      return project.field(id);
    case 'note':
      return project.note(id);
    case 'baseline':
      return project.baseline(id);
  }
}

/** Whether two snapshots hold the same JSON (both absent counts as equal). */
export function sameSnapshot(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Operations that bring each entity `ops` name to the `after` it gives (the last one per entity
 * wins as the sequence goes), with each operation's kind set from whether the entity exists at
 * that point (starting from `project`), and operations that would change nothing dropped. Lets a
 * session re-apply its own changes (after a reload, or a rollback to the server's snapshots)
 * whatever part of them the store already shows.
 */
export function settleOperations(project: Project, ops: readonly Operation[]): Operation[] {
  const present = new Map<string, unknown>();
  const out: Operation[] = [];
  for (const op of ops) {
    const key = entityKey(op.entity, op.id);
    const current = present.has(key) ? present.get(key) : readEntity(project, op.entity, op.id);
    const target = op.after;
    present.set(key, target);
    if (sameSnapshot(current, target)) continue;
    if (target === undefined) out.push({ kind: 'remove', entity: op.entity, id: op.id });
    else
      out.push({
        kind: current === undefined ? 'add' : 'update',
        entity: op.entity,
        id: op.id,
        after: target,
      });
  }
  return out;
}
