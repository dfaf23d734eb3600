import type { Project } from '@roadline/core';
import {
  type BoardField,
  boardFieldOptions,
  boardFieldValue,
  exceedsLimit,
  planBoardMove,
} from '@roadline/core/views/board';
import { announceChange, requestChange } from '../events/change-events.js';
import type { BoardPlace, ItemMoveDetail } from '../events/item-move-event.js';
import { createWipExceededEvent } from '../events/wip-exceeded-event.js';

/** A move a view asks for. */
export interface MoveRequest {
  itemId: string;
  field: BoardField;
  laneField?: BoardField | undefined;
  from: BoardPlace;
  to: BoardPlace;
  /** The target cell's ids in board order. */
  targetIds: readonly string[];
  source: 'pointer' | 'keyboard';
  /** Items in the target column across lanes now, and its limit (kanban only). */
  wip?: { count: number; limit: number | undefined; blocking: boolean } | undefined;
}

/**
 * Runs a board move through the change protocol: the WIP rule (`rl-wip-exceeded`, refused when
 * blocking), the cancelable `rl-before-item-move`, one store transaction (field + order), then
 * `rl-item-move`. Returns whether the store changed.
 */
export function moveItem(host: HTMLElement, project: Project, request: MoveRequest): boolean {
  const task = project.task(request.itemId);
  if (task === undefined) return false;
  const { from, to } = request;
  const sameColumn = boardFieldValue(task, request.field) === to.column;
  if (sameColumn && from.lane === to.lane && from.index === to.index) return false;
  const wip = request.wip;
  if (!sameColumn && wip !== undefined && exceedsLimit(wip.count, wip.limit)) {
    const label =
      boardFieldOptions(project, request.field, true).find((o) => o.value === to.column)?.label ?? to.column;
    host.dispatchEvent(
      createWipExceededEvent({
        column: to.column,
        label,
        limit: wip.limit as number,
        count: wip.count + 1,
        itemId: task.id,
        blocked: wip.blocking,
      }),
    );
    if (wip.blocking) return false;
  }
  const detail: ItemMoveDetail = {
    itemId: task.id,
    field: request.field,
    laneField: request.laneField,
    from,
    to,
    source: request.source,
  };
  if (!requestChange(host, 'item-move', detail)) return false;
  const updates = planBoardMove(project, {
    id: task.id,
    columnField: request.field,
    column: to.column,
    laneField: request.laneField,
    lane: to.lane,
    targetIds: request.targetIds,
    index: to.index,
  });
  if (updates.length === 0) return false;
  project.updateTasks(updates);
  announceChange(host, 'item-move', detail);
  return true;
}
