import type { ScheduledTask, Task } from '../../model/types.js';
import { MINUTES_PER_DAY } from '../../time/wall-time.js';

/**
 * The dates a person sees for a task. A store keeps what the host gave (`task(id).start/end`)
 * apart from where the engine puts the task (`scheduled(id)`): a task pushed by its predecessors
 * still has its old input dates. Every view shows the scheduled ones when the store schedules, and
 * the input ones otherwise, so a board, a table and a Gantt over one store always agree.
 */

/** Where the scheduled dates are read from; a `Project` satisfies it. */
export interface TaskDateSource {
  scheduled(taskId: string): Pick<ScheduledTask, 'start' | 'end'> | undefined;
}

/** A task's shown start and exclusive end, as wall-clock strings (`undefined` when it has none). */
export interface TaskDates {
  start: string | undefined;
  end: string | undefined;
}

/** The start a person sees: the scheduled start when the store schedules the task, else its own. */
export function shownStart(
  source: TaskDateSource,
  task: Readonly<Pick<Task, 'id' | 'start'>>,
): string | undefined {
  return source.scheduled(task.id)?.start ?? task.start;
}

/** The exclusive end a person sees: the scheduled end when the store schedules the task, else its own. */
export function shownEnd(
  source: TaskDateSource,
  task: Readonly<Pick<Task, 'id' | 'end'>>,
): string | undefined {
  return source.scheduled(task.id)?.end ?? task.end;
}

/**
 * Both shown dates at once, taken from one place: a scheduled task's start and end are never mixed
 * with the input ones (a task the engine moved keeps its length, not its old end).
 */
export function taskDates(
  source: TaskDateSource,
  task: Readonly<Pick<Task, 'id' | 'start' | 'end'>>,
): TaskDates {
  const scheduled = source.scheduled(task.id);
  return scheduled === undefined
    ? { start: task.start, end: task.end }
    : { start: scheduled.start, end: scheduled.end };
}

/** What {@link milestoneShownAt} needs of a calendar; a `WorkCalendar` satisfies it. */
export interface WorkingMinutes {
  /** Whether the minute starting at `t` is working time. */
  isWorking(t: number): boolean;
}

/**
 * The wall time a person reads for a milestone at instant `t`. A milestone after a task sits at
 * that task's finish: on a calendar of whole days, a task that ends on Friday finishes at Saturday
 * 00:00, and so does its milestone. A person reads that as Friday, so a midnight that ends working
 * time (the minute before is working, the minute after is not) is shown as the day before. Any
 * other instant, such as a Monday 00:00 start, is shown as it is.
 */
export function milestoneShownAt(t: number, calendar: WorkingMinutes): number {
  if (t % MINUTES_PER_DAY !== 0 || calendar.isWorking(t) || !calendar.isWorking(t - 1)) return t;
  return t - MINUTES_PER_DAY;
}
