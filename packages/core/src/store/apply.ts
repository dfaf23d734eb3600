import type { Operation, ProjectSettings } from '../model/operations.js';
import type { Dependency, Task } from '../model/types.js';
import type { TableKind } from './entities.js';
import type { ProjectState } from './state.js';

/** The operation that undoes `op`. */
export function invertOperation<T>(op: Operation<T>): Operation<T> {
  const inverse: Operation<T> = {
    kind: op.kind === 'add' ? 'remove' : op.kind === 'remove' ? 'add' : 'update',
    entity: op.entity,
    id: op.id,
  };
  if (op.after !== undefined) inverse.before = op.after;
  if (op.before !== undefined) inverse.after = op.before;
  return inverse;
}

/**
 * Writes one checked operation into the state and keeps its indexes in step. The single place
 * state changes: commit, rollback, undo, redo and remote operations all come through here.
 */
export function applyOperation(state: ProjectState, op: Operation): void {
  if (op.entity === 'project') {
    state.settings = op.after as ProjectSettings;
    return;
  }
  const kind = op.entity as TableKind;
  const table = state.tables[kind] as Map<string, unknown>;
  const previous = table.get(op.id);
  if (kind === 'task') {
    state.taskStamp += 1;
    const prev = previous as Task | undefined;
    const next = op.after as Task | undefined;
    const moved =
      prev === undefined ||
      next === undefined ||
      prev.parentId !== next.parentId ||
      prev.order !== next.order;
    if (prev !== undefined && moved) state.detach(prev);
    setOrDelete(state, kind, table, op);
    if (next !== undefined && moved) state.attach(next);
    return;
  }
  if (kind === 'dependency') {
    if (previous !== undefined) state.unlink(previous as Dependency);
    setOrDelete(state, kind, table, op);
    if (op.after !== undefined) state.link(op.after as Dependency);
    return;
  }
  setOrDelete(state, kind, table, op);
}

function setOrDelete(state: ProjectState, kind: TableKind, table: Map<string, unknown>, op: Operation): void {
  if (op.kind === 'remove') {
    if (kind !== 'task') state.removing(kind);
    table.delete(op.id);
  } else {
    table.set(op.id, op.after);
    if (op.kind === 'add' && kind !== 'task') state.placed(kind, op.id);
  }
}
