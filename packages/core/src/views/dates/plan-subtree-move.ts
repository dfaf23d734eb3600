import type { Constraint, Dependency, Task } from '../../model/types.js';
import { formatWallTime, parseWallTime } from '../../time/wall-time.js';
import { type DatePatch, planDateEdit, shiftByWorkingTime, type WorkingPositions } from './plan-edit.js';
import { type TaskDateSource, taskDates } from './task-dates.js';

/** What {@link planSubtreeMove} reads of a store; a `Project` satisfies it. */
export interface SubtreeSource extends TaskDateSource {
  task(id: string): Readonly<Task> | undefined;
  children(parentId: string): readonly Readonly<Task>[];
  predecessors(taskId: string): readonly Readonly<Dependency>[];
}

/** What a shift needs of a calendar: working positions, and the instant that ends one (a finish). */
export interface ShiftCalendar extends WorkingPositions {
  /** The earliest instant at working position `w` (a finish on a boundary). */
  instantAt(w: number): number;
}

/** A summary moved by working time: the shift and the patch of each task below it that moves. */
export interface SubtreeMove {
  /** Working minutes on the summary's calendar (negative: earlier). */
  readonly shift: number;
  /** The leaves below the summary (nested ones too) and their date patches, in WBS order. */
  readonly moves: readonly { readonly id: string; readonly patch: DatePatch }[];
}

/**
 * Moving a summary's bar so that it starts at `to` (wall minutes): every leaf below it moves by
 * the same working time, measured on the summary's calendar between its shown start and `to`, and
 * applied on each leaf's own calendar, so the children keep their places relative to each other.
 * Nested summaries are not written (they span their children). The scheduler's rules still hold:
 *
 * - a leaf with a dated constraint keeps its type and has the date shifted with it (SNET, SNLT
 *   and MSO as a start, FNET, FNLT and MFO as a finish), so an MSO child moves with the summary;
 * - a leaf without one that links from outside the summary drive (its own predecessors, or those
 *   of a summary above it) is pinned with SNET at its new start, as dragging its own bar does
 *   (`planDateEdit`); a link still wins over a move earlier than it allows;
 * - a leaf driven only by links inside the summary just gets its new start: the links carry it;
 * - manual leaves move and are never constrained.
 *
 * Returns `undefined` when `to` is the summary's start, the task is not a summary, or it has no
 * shown dates. A drag plans many frames from the state it grabbed: {@link prepareSubtreeMove}.
 */
export function planSubtreeMove(
  source: SubtreeSource,
  summaryId: string,
  to: number,
  calendarOf: (calendarId: string | undefined) => ShiftCalendar,
): SubtreeMove | undefined {
  return prepareSubtreeMove(source, summaryId, calendarOf)?.plan(to);
}

/** A summary and its leaves as they were when a move began; {@link plan} is cheap per frame. */
export interface SubtreeMover {
  /** The summary's shown start, wall minutes. */
  readonly from: number;
  /** The move to a new start `to` (see {@link planSubtreeMove}); `undefined` for no move. */
  plan(to: number): SubtreeMove | undefined;
}

interface Leaf {
  readonly task: Readonly<Task>;
  readonly start: number;
  readonly end: number;
  readonly calendar: ShiftCalendar;
  readonly linked: boolean;
}

/** Reads a summary's subtree once, for the moves of a drag (`undefined`: not a summary with dates). */
export function prepareSubtreeMove(
  source: SubtreeSource,
  summaryId: string,
  calendarOf: (calendarId: string | undefined) => ShiftCalendar,
): SubtreeMover | undefined {
  const summary = source.task(summaryId);
  const from = summary && parseWallTime(taskDates(source, summary).start ?? '');
  if (summary === undefined || from === undefined) return undefined;
  if (source.children(summaryId).length === 0) return undefined;
  const own = calendarOf(summary.calendarId);

  // The subtree in WBS order (iterative: deep trees cannot overflow the stack).
  const inside = new Set<string>([summaryId]);
  const order: Readonly<Task>[] = [];
  const stack: Readonly<Task>[] = [...source.children(summaryId)].reverse();
  while (stack.length > 0) {
    const task = stack.pop() as Readonly<Task>;
    inside.add(task.id);
    order.push(task);
    const children = source.children(task.id);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Readonly<Task>);
  }
  // Links from outside that reach a leaf through the summary or a summary above it.
  let aboveLinked = false;
  for (let at: Readonly<Task> | undefined = summary; at !== undefined && !aboveLinked; ) {
    aboveLinked = source.predecessors(at.id).length > 0;
    at = at.parentId === undefined ? undefined : source.task(at.parentId);
  }
  const linkedFromOutside = (task: Readonly<Task>): boolean => {
    for (let at: Readonly<Task> | undefined = task; at !== undefined && at.id !== summaryId; ) {
      if (source.predecessors(at.id).some((d) => !inside.has(d.from))) return true;
      at = at.parentId === undefined ? undefined : source.task(at.parentId);
    }
    return aboveLinked;
  };
  const leaves: Leaf[] = [];
  for (const task of order) {
    if (source.children(task.id).length > 0) continue;
    const dates = taskDates(source, task);
    const start = parseWallTime(dates.start ?? '');
    if (start === undefined) continue;
    const end = parseWallTime(dates.end ?? '') ?? start;
    leaves.push({ task, start, end, calendar: calendarOf(task.calendarId), linked: linkedFromOutside(task) });
  }

  return {
    from,
    plan(to: number): SubtreeMove | undefined {
      if (!Number.isFinite(to) || to === from) return undefined;
      const shift = own.position(to) - own.position(from);
      if (shift === 0) return undefined;
      const moves: { id: string; patch: DatePatch }[] = [];
      for (const { task, start, end, calendar, linked } of leaves) {
        const at = shiftByWorkingTime(calendar, start, shift);
        const constraint = shiftedConstraint(task.constraint, calendar, shift);
        const patch =
          constraint !== undefined && task.manual !== true
            ? { start: formatWallTime(at), constraint }
            : planDateEdit({
                task,
                shape: task.type === 'milestone' || end <= start ? 'milestone' : 'task',
                edit: 'move',
                start,
                end,
                to: at,
                linked,
              });
        if (patch !== undefined) moves.push({ id: task.id, patch });
      }
      return { shift, moves };
    },
  };
}

const FINISH_TYPES = new Set(['FNET', 'FNLT', 'MFO']);

/** A dated constraint moved by `shift` working minutes; `undefined` for none (or ASAP/ALAP). */
function shiftedConstraint(
  constraint: Constraint | undefined,
  calendar: ShiftCalendar,
  shift: number,
): Constraint | undefined {
  const date = constraint?.date === undefined ? undefined : parseWallTime(constraint.date);
  if (constraint === undefined || date === undefined) return undefined;
  const w = calendar.position(date) + shift;
  const at = FINISH_TYPES.has(constraint.type) ? calendar.instantAt(w) : calendar.startAt(w);
  return { type: constraint.type, date: formatWallTime(at) };
}
