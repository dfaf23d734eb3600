import { RoadlineError } from '../../model/errors.js';
import type { Task } from '../../model/types.js';
import type { Project } from '../../store/project.js';
import { type BoardField, type BoardPatch, boardFieldPatch, boardFieldValue } from './board-fields.js';
import { orderForPosition } from './board-order.js';

/** A card or row moved on a board: to which column (and lane), at which position. */
export interface BoardMove {
  id: string;
  columnField: BoardField;
  /** The target column's value (`''`: none). */
  column: string;
  laneField?: BoardField | undefined;
  lane?: string | undefined;
  /** The target cell's item ids in board order (the moved item may be among them; it is skipped). */
  targetIds: readonly string[];
  /** Position among the target cell's other items. */
  index: number;
}

/** One task change of a planned move (a `TaskUpdate` the store's `Project.updateTasks` applies). */
export interface BoardUpdate {
  id: string;
  patch: BoardPatch;
}

/**
 * The task changes a move makes: the moved item's column (and lane) value and its `order`, and,
 * when the neighbours leave no room between their orders, new orders for the others of the cell.
 * Pure: it reads `project` and changes nothing. Apply the plan with `project.updateTasks(updates)`,
 * one transaction and one undo step.
 */
export function planBoardMove(project: Project, move: BoardMove): BoardUpdate[] {
  const task = project.task(move.id);
  if (task === undefined) throw new RoadlineError('NOT_FOUND', `No task with id ${JSON.stringify(move.id)}`);
  const others = move.targetIds.filter((id) => id !== move.id);
  const orders = others.map((id) => project.task(id)?.order ?? 0);
  const placement = orderForPosition(orders, move.index);
  const updates: BoardUpdate[] = [];
  if (placement.renumber !== undefined) {
    placement.renumber.forEach((order, i) => {
      const id = others[i] as string;
      if ((project.task(id)?.order ?? 0) !== order) updates.push({ id, patch: { order } });
    });
  }
  const patch: BoardPatch = {};
  if (boardFieldValue(task, move.columnField) !== move.column) {
    Object.assign(patch, boardFieldPatch(task, move.columnField, move.column));
  }
  if (move.laneField !== undefined && move.lane !== undefined) {
    const lanePatch = boardFieldPatch({ ...task, ...patch } as Readonly<Task>, move.laneField, move.lane);
    if (boardFieldValue({ ...task, ...patch } as Readonly<Task>, move.laneField) !== move.lane) {
      Object.assign(patch, lanePatch);
    }
  }
  if ((task.order ?? 0) !== placement.order) patch.order = placement.order;
  if (Object.keys(patch).length > 0) updates.push({ id: move.id, patch });
  return updates;
}
