/**
 * What a roadmap gesture changes: the dates by the one set of edit rules every view shares
 * (`planDateEdit`: a move shifts the start and keeps the duration, a resize moves one end, a
 * linked feature is pinned with SNET), and for a drop on another lane also the lane's field. The
 * element applies the patch with one `updateTask` in one transaction.
 */
import type { Task } from '../../model/types.js';
import { type BoardField, boardFieldPatch, boardFieldValue } from '../board/board-fields.js';
import { type DateEditShape, planDateEdit } from '../dates/plan-edit.js';
import type { RoadmapLaneField } from './roadmap-lanes.js';

/** The three things a pointer or a key can do to a feature bar. */
export type RoadmapEdit = 'move' | 'resize-start' | 'resize-end';

/** A planned edit of one feature. */
export interface RoadmapEditInput {
  readonly task: Readonly<Task>;
  /** Default `task`; a summary's dates are never edited, a milestone only moves. */
  readonly shape?: DateEditShape;
  readonly edit: RoadmapEdit;
  /** The feature's shown start and exclusive end, in wall minutes. */
  readonly start: number;
  readonly end: number;
  /** The new start (move, resize-start) or end (resize-end), in wall minutes, already snapped. */
  readonly to: number;
  /** The shortest a resize may leave the feature, in minutes. Default one day. */
  readonly minLength?: number;
  /** Whether links drive the feature: a new start then pins it with a start-no-earlier-than constraint. */
  readonly linked?: boolean;
  /** The lane field and the target lane's value, for a drop on another lane. */
  readonly laneField?: RoadmapLaneField | undefined;
  readonly lane?: string | undefined;
}

/** The members to change. */
export type RoadmapPatch = Partial<Omit<Task, 'id'>>;

/** The patch for an edit, or `undefined` when it changes nothing. */
export function roadmapEditPatch(input: RoadmapEditInput): RoadmapPatch | undefined {
  const { task } = input;
  const patch: RoadmapPatch = {
    ...planDateEdit({
      task,
      shape: input.shape,
      edit: input.edit,
      start: input.start,
      end: input.end,
      to: input.to,
      linked: input.linked === true,
      minLength: input.minLength,
    }),
  };
  if (input.laneField !== undefined && input.lane !== undefined) {
    const field = input.laneField as BoardField;
    if (boardFieldValue(task, field) !== input.lane)
      Object.assign(patch, boardFieldPatch(task, field, input.lane));
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}
