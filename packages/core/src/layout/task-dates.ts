import type { ScheduledTask, Task } from '../model/types.js';

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
