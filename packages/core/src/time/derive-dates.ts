import { formatWallTimeCached, parseWallTimeCached } from './date-cache.js';
import type { Task } from '../model/types.js';
import type { WorkingTime } from '../model/working-time.js';

/** Durations are kept to this many decimals so derived values do not carry float noise. */
const DURATION_PRECISION = 1e6;

/**
 * Fills what a task's dates imply, in place on a task the caller owns: a milestone's zero
 * duration, `end` from `start` + `duration`, `duration` from `start` and `end`. Values the task
 * already has are never overwritten; with all three given, they stay as given.
 */
export function deriveDates(task: Task, calendar: WorkingTime | undefined): void {
  if (task.type === 'milestone') {
    if (task.duration === undefined) task.duration = 0;
    if (task.start !== undefined && task.end === undefined && task.duration === 0) task.end = task.start;
  }
  if (calendar === undefined || task.start === undefined) return;
  const start = parseWallTimeCached(task.start);
  if (start === undefined) return;
  const perUnit = calendar.minutesPer(task.durationUnit ?? 'day');
  if (task.end === undefined && task.duration !== undefined) {
    task.end = formatWallTimeCached(calendar.add(start, Math.round(task.duration * perUnit)));
  } else if (task.duration === undefined && task.end !== undefined) {
    const end = parseWallTimeCached(task.end);
    if (end === undefined || end < start || perUnit <= 0) return;
    task.duration =
      Math.round((calendar.between(start, end) / perUnit) * DURATION_PRECISION) / DURATION_PRECISION;
  }
}

/**
 * Re-derives dates after an edit that set the members in `changed`: moving `start` or changing
 * `duration` keeps the duration and moves `end`; moving `end` alone keeps `start` and changes the
 * duration, the way dragging or resizing a bar behaves.
 */
export function rederiveDates(
  previous: Task,
  task: Task,
  changed: ReadonlySet<string>,
  calendar: WorkingTime | undefined,
): void {
  const touchesEnd = changed.has('end');
  const touchesLength = changed.has('start') || changed.has('duration') || changed.has('durationUnit');
  if (calendar === undefined) {
    shiftEnd(previous, task, touchesEnd, touchesLength);
  } else if (task.start !== undefined) {
    if (touchesLength && !touchesEnd && task.duration !== undefined) delete task.end;
    else if (touchesEnd && !changed.has('duration') && task.end !== undefined) delete task.duration;
  }
  deriveDates(task, calendar);
}

/** Without a calendar, a moved task keeps its elapsed length so that it cannot end before it starts. */
function shiftEnd(previous: Task, task: Task, touchesEnd: boolean, touchesLength: boolean): void {
  if (touchesEnd || !touchesLength || previous.start === undefined || previous.end === undefined) return;
  if (task.start === undefined || task.end !== previous.end) return;
  const before = parseWallTimeCached(previous.start);
  const after = parseWallTimeCached(task.start);
  const end = parseWallTimeCached(previous.end);
  if (before === undefined || after === undefined || end === undefined) return;
  task.end = formatWallTimeCached(end + (after - before));
}
