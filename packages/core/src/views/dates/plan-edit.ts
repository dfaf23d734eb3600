/**
 * What moving or resizing a task in time changes, the same for every view (a bar dragged on the
 * timeline or the roadmap, a key that nudges it, a date typed in a grid or on a board). The
 * planners return a patch for one `updateTask`; the element applies it in one transaction.
 *
 * Rules (Microsoft Project's):
 * - A move sets the new start; the store keeps the duration and moves the end (in working time).
 * - A resize of the start keeps the shown end; a resize of the end keeps the shown start. Both
 *   write the two shown dates and clear the duration, so the store derives it from them: for a
 *   task its links have pushed, the input start is stale and a length counted from it is wrong.
 *   A resize never leaves less than `minLength` (default one day): it stops there.
 * - Every edit writes the task's start, and an automatically scheduled task with predecessors
 *   gets a start-no-earlier-than (SNET) constraint at that start, as Microsoft Project does when a
 *   bar is dragged: without it the engine would pull the task straight back to its links (and an
 *   older SNET would hold it elsewhere). A resize of the end pins the task at its shown start, so
 *   it stays where the person saw it while they changed its length. A manual task never gets a
 *   constraint: the engine does not move it.
 * - A milestone only moves (its resize handles do nothing); a summary is never edited directly,
 *   since it spans its children.
 */
import type { Task } from '../../model/types.js';
import { formatWallTime, MINUTES_PER_DAY } from '../../time/wall-time.js';

/** The things a pointer, a key or a typed date can do to a task's dates. */
export type DateEdit = 'move' | 'resize-start' | 'resize-end' | 'span';

/** How a task is drawn, which decides what an edit may do to it. */
export type DateEditShape = 'task' | 'milestone' | 'summary';

/** A planned edit of one task's dates. */
export interface DateEditInput {
  readonly task: Readonly<Pick<Task, 'manual'>>;
  /** Default `task`. */
  readonly shape?: DateEditShape;
  readonly edit: DateEdit;
  /** The task's shown start and exclusive end, in wall minutes. */
  readonly start: number;
  readonly end: number;
  /**
   * The new start (`move`, `resize-start`, `span`) or end (`resize-end`), in wall minutes, already
   * snapped to what the view offers.
   */
  readonly to: number;
  /** The new exclusive end of a `span` edit (both dates typed at once). */
  readonly toEnd?: number;
  /** Whether the task has predecessors (links drive it). */
  readonly linked: boolean;
  /** The shortest a resize may leave the task, in minutes. Default one day. */
  readonly minLength?: number;
}

/** The date members an edit changes. */
export type DatePatch = Pick<Partial<Task>, 'start' | 'end' | 'duration' | 'constraint'>;

/**
 * The patch for an edit, or `undefined` when it changes nothing (or the edit does not apply to
 * the task: a summary, a resize of a milestone, a non-finite date).
 */
export function planDateEdit(input: DateEditInput): DatePatch | undefined {
  const { edit, start, end, to } = input;
  const shape = input.shape ?? 'task';
  if (shape === 'summary' || !Number.isFinite(start) || !Number.isFinite(end) || !Number.isFinite(to))
    return undefined;
  const pins = input.linked && input.task.manual !== true;
  if (shape === 'milestone' || edit === 'move') {
    if (shape === 'milestone' && (edit === 'resize-start' || edit === 'resize-end')) return undefined;
    return to === start ? undefined : startPatch(to, pins);
  }
  const minLength = Math.max(1, input.minLength ?? MINUTES_PER_DAY);
  switch (edit) {
    case 'resize-start': {
      const at = Math.min(end - minLength, to);
      return at === start
        ? undefined
        : { ...startPatch(at, pins), end: formatWallTime(end), duration: undefined };
    }
    case 'resize-end': {
      const at = Math.max(start + minLength, to);
      return at === end
        ? undefined
        : { ...startPatch(start, pins), end: formatWallTime(at), duration: undefined };
    }
    case 'span': {
      const toEnd = input.toEnd ?? Number.NaN;
      if (!Number.isFinite(toEnd) || (to === start && toEnd === end)) return undefined;
      return { ...startPatch(to, pins), end: formatWallTime(toEnd), duration: undefined };
    }
  }
}

/** A new start, pinned by an SNET constraint when links drive the task. */
function startPatch(at: number, pins: boolean): DatePatch {
  const date = formatWallTime(at);
  return pins ? { start: date, constraint: { type: 'SNET', date } } : { start: date };
}

/** What {@link shiftByWorkingTime} needs of a calendar; a `WorkCalendar` satisfies it. */
export interface WorkingPositions {
  /** Working minutes before `t` since the calendar's origin. */
  position(t: number): number;
  /** The latest instant at working position `w` (a start: the next working instant). */
  startAt(w: number): number;
}

/**
 * The start `workingMinutes` of working time after `start` (before it when negative), on the
 * task's calendar: a task moved by two working days from a Friday starts on Tuesday. Moving to a
 * date instead is {@link planDateEdit} with `edit: 'move'`; both keep the task's duration.
 */
export function shiftByWorkingTime(
  calendar: WorkingPositions,
  start: number,
  workingMinutes: number,
): number {
  if (workingMinutes === 0) return start;
  return calendar.startAt(calendar.position(start) + workingMinutes);
}
