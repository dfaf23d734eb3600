/**
 * Dates as every view shows and edits them (`@roadline/core/views/dates`): one home for what a
 * timeline, a roadmap, a grid and a board each used to compute for themselves.
 *
 * - **Shown dates** (`taskDates`, `shownStart`, `shownEnd`): the scheduled dates when the store
 *   schedules, else the task's own, so every view over one store agrees.
 * - **Shown span** (`shownSpan`, `lastShownDay`, `milestoneShownDay`): an exclusive end at 00:00
 *   is shown as the day before; a milestone is shown on its own day, and at the midnight that ends
 *   working time on the day that ended. Board due days (`dueDay`, `endForDueDay`, `isLate`) are
 *   that rule as `YYYY-MM-DD` strings.
 * - **Edit planners** (`planDateEdit`, `shiftByWorkingTime`): move a task to a date or by working
 *   time keeping its duration, resize either end, type both dates; a linked, automatically
 *   scheduled task gets an SNET at its new start, as Microsoft Project does; milestones only move;
 *   summaries roll up and are never edited directly; manual tasks are never constrained.
 * - **Deadlines** (`deadlineDue`, `missesDeadline`): a deadline's day counts in full; a task
 *   ending after it is late. A deadline never moves the task.
 * - **Today** (`todayMinutes`, `todayDate`): the host's `today` when given, else the viewer's
 *   local calendar date. Every element that shows today uses this policy, so a timeline's today
 *   line, a board's late marks and a dashboard's figures agree.
 *
 * Everything here is pure: numbers and strings in, numbers and strings out, no store mutation.
 */
export { dueDay, endForDueDay, isLate } from './board-dates.js';
export { deadlineDue, missesDeadline } from './deadline.js';
export {
  type DateEdit,
  type DateEditInput,
  type DateEditShape,
  type DatePatch,
  planDateEdit,
  shiftByWorkingTime,
  type WorkingPositions,
} from './plan-edit.js';
export { lastShownDay, milestoneShownDay, type ShownSpan, shownSpan, startOfDay } from './shown-span.js';
export {
  milestoneShownAt,
  shownEnd,
  shownStart,
  type TaskDateSource,
  type TaskDates,
  taskDates,
  type WorkingMinutes,
} from './task-dates.js';
export { localToday, todayDate, todayMinutes } from './today.js';
