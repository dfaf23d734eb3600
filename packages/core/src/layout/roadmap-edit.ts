/**
 * What a roadmap gesture changes: a drag in time shifts the start (the store keeps the duration
 * and moves the end), a resize moves one end, and a drop on another lane also sets the lane's
 * field. The element applies the patch with one `updateTask` in one transaction.
 */
import type { Task } from '../model/types.js';
import { formatWallTime } from '../time/wall-time.js';
import { type BoardField, boardFieldPatch, boardFieldValue } from '../views/board/board-fields.js';
import type { RoadmapLaneField } from '../views/roadmap/roadmap-lanes.js';

/** The three things a pointer or a key can do to a feature bar. */
export type RoadmapEdit = 'move' | 'resize-start' | 'resize-end';

/** A planned edit of one feature. */
export interface RoadmapEditInput {
  readonly task: Readonly<Task>;
  readonly edit: RoadmapEdit;
  /** The feature's shown start and exclusive end, in wall minutes. */
  readonly start: number;
  readonly end: number;
  /** The new start (move, resize-start) or end (resize-end), in wall minutes, already snapped. */
  readonly to: number;
  /** The shortest a resize may leave the feature, in minutes. Default one day. */
  readonly minLength?: number;
  /** Whether links drive the feature: a move then pins it with a start-no-earlier-than constraint. */
  readonly linked?: boolean;
  /** The lane field and the target lane's value, for a drop on another lane. */
  readonly laneField?: RoadmapLaneField | undefined;
  readonly lane?: string | undefined;
}

/** The members to change. */
export type RoadmapPatch = Partial<Omit<Task, 'id'>>;

/**
 * The patch for an edit, or `undefined` when it changes nothing. A moved feature that links
 * drive gets an SNET constraint at its new start, as Microsoft Project does, so the engine keeps
 * it where it was dropped; a manual feature never does.
 */
export function roadmapEditPatch(input: RoadmapEditInput): RoadmapPatch | undefined {
  const { task, edit, start, end } = input;
  const minLength = Math.max(0, input.minLength ?? 1440);
  const patch: RoadmapPatch = {};
  if (Number.isFinite(input.to) && Number.isFinite(start) && Number.isFinite(end)) {
    if (edit === 'move' && input.to !== start) {
      patch.start = formatWallTime(input.to);
      if (input.linked === true && task.manual !== true) {
        patch.constraint = { type: 'SNET', date: patch.start };
      }
    } else if (edit === 'resize-end') {
      const to = Math.max(start + minLength, input.to);
      if (to !== end) {
        // The shown start with the new end: for a task its links have pushed, the input start is
        // stale, and a duration derived from it would be wrong.
        patch.start = formatWallTime(start);
        patch.end = formatWallTime(to);
        patch.duration = undefined;
      }
    } else if (edit === 'resize-start') {
      const to = Math.min(end - minLength, input.to);
      if (to !== start) {
        patch.start = formatWallTime(to);
        patch.end = formatWallTime(end);
        // Both ends given: the store derives the duration from them instead of moving the end.
        patch.duration = undefined;
        if (input.linked === true && task.manual !== true) {
          patch.constraint = { type: 'SNET', date: patch.start };
        }
      }
    }
  }
  if (input.laneField !== undefined && input.lane !== undefined) {
    const field = input.laneField as BoardField;
    if (boardFieldValue(task, field) !== input.lane)
      Object.assign(patch, boardFieldPatch(task, field, input.lane));
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}
