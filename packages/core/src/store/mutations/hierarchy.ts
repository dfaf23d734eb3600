import { RoadlineError } from '../../model/errors.js';
import type { Task } from '../../model/types.js';
import { entityPath } from '../check-operation.js';
import { ROOT } from '../state.js';
import { emitUpdate, type MutationContext, requireEntity } from './context.js';

/** Where {@link moveTask} puts a task. */
export interface MoveTarget {
  /** The new parent; `null` for the top level; absent to keep the current parent. */
  parentId?: string | null;
  /** Position among the new siblings (0 = first); absent or past the end = last. */
  index?: number;
  /** Also move the task to this group (board column, roadmap lane); `null` removes it from its group. */
  groupId?: string | null;
}

/**
 * Moves a task within the hierarchy: to another parent, to a position among its siblings, and
 * optionally to another group. Position is kept in the `order` member: the task gets an order
 * between its new neighbours, so usually only the moved task changes; when neighbours leave no
 * room, the siblings are renumbered first.
 */
export function moveTask(ctx: MutationContext, id: string, target: MoveTarget): Readonly<Task> {
  const task = requireEntity(ctx, 'task', id);
  const parentId = target.parentId === undefined ? task.parentId : (target.parentId ?? undefined);
  if (parentId !== undefined) requireEntity(ctx, 'task', parentId);
  const siblings = ctx.state.childIds(parentId ?? ROOT).filter((s) => s !== id);
  const index = clampIndex(target.index, siblings.length, id);
  const order = orderAt(ctx, siblings, index);
  const next = { ...task, order } as Task;
  if (parentId === undefined) delete next.parentId;
  else next.parentId = parentId;
  if (target.groupId === null) delete next.groupId;
  else if (target.groupId !== undefined) next.groupId = target.groupId;
  return emitUpdate(ctx, 'task', task, next);
}

/** Reorders a task among its siblings. */
export function reorderTask(ctx: MutationContext, id: string, index: number): Readonly<Task> {
  return moveTask(ctx, id, { index });
}

/** Makes a task the last child of the sibling just above it (Tab in a Gantt grid). */
export function indentTask(ctx: MutationContext, id: string): Readonly<Task> {
  const task = requireEntity(ctx, 'task', id);
  const siblings = ctx.state.childIds(task.parentId ?? ROOT);
  const at = siblings.indexOf(id);
  if (at <= 0) {
    throw new RoadlineError(
      'INVALID_ARGUMENT',
      `${entityPath('task', id)} has no sibling above it to indent under`,
    );
  }
  return moveTask(ctx, id, { parentId: siblings[at - 1] as string });
}

/** Makes a task a sibling of its parent, right after it (Shift+Tab in a Gantt grid). */
export function outdentTask(ctx: MutationContext, id: string): Readonly<Task> {
  const task = requireEntity(ctx, 'task', id);
  if (task.parentId === undefined) {
    throw new RoadlineError('INVALID_ARGUMENT', `${entityPath('task', id)} is already at the top level`);
  }
  const parent = requireEntity(ctx, 'task', task.parentId);
  const grand = ctx.state.childIds(parent.parentId ?? ROOT);
  return moveTask(ctx, id, { parentId: parent.parentId ?? null, index: grand.indexOf(parent.id) + 1 });
}

function clampIndex(index: number | undefined, length: number, id: string): number {
  if (index === undefined) return length;
  if (!Number.isInteger(index) || index < 0) {
    throw new RoadlineError(
      'INVALID_ARGUMENT',
      `${entityPath('task', id)}: index ${index} is not a position`,
    );
  }
  return Math.min(index, length);
}

/** An order that sorts between the siblings at `index - 1` and `index`, renumbering when there is no room. */
function orderAt(ctx: MutationContext, siblings: string[], index: number): number {
  const orderOf = (i: number): number => ctx.state.tasks.get(siblings[i] as string)?.order ?? 0;
  if (siblings.length === 0) return 0;
  if (index === 0) return Math.floor(orderOf(0)) - 1;
  if (index >= siblings.length) return Math.floor(orderOf(siblings.length - 1)) + 1;
  const before = orderOf(index - 1);
  const after = orderOf(index);
  const middle = before + (after - before) / 2;
  if (middle > before && middle < after) return middle;
  siblings.forEach((sibling, i) => {
    const current = ctx.state.tasks.get(sibling);
    const order = i < index ? i : i + 1;
    if (current !== undefined && current.order !== order)
      emitUpdate(ctx, 'task', current, { ...current, order });
  });
  return index;
}
