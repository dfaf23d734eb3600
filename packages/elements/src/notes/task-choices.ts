import type { Project, Task } from '@roadline/core';

/** At most this many tasks in the picker: a select of 100k options would stall the page. */
export const PICKER_LIMIT = 200;

/** The tasks a note can be attached to, for the picker. */
export interface TaskChoices {
  readonly tasks: readonly Readonly<Task>[];
  /** How many tasks match the query (all of them without one), shown or not. */
  readonly matched: number;
  /** How many of the matching tasks are in `tasks` (the kept one, listed first, aside). */
  readonly shown: number;
  /** How many tasks the project has. */
  readonly total: number;
}

/**
 * The tasks to offer, in WBS order: those whose name contains `query` (any case), at most `limit`,
 * with `keep` (the task the note is attached to now) always among them so the picker can show it.
 */
export function taskChoices(
  project: Project,
  query: string,
  keep: string | undefined,
  limit = PICKER_LIMIT,
): TaskChoices {
  const order = project.wbsOrder();
  const needle = query.trim().toLowerCase();
  const tasks: Readonly<Task>[] = [];
  let matched = 0;
  let kept = keep === undefined;
  for (const id of order) {
    const task = project.task(id);
    if (!task) continue;
    if (needle !== '' && !task.name.toLowerCase().includes(needle)) continue;
    matched++;
    if (tasks.length < limit) {
      tasks.push(task);
      if (id === keep) kept = true;
    } else if (needle === '') {
      // Without a query every task matches: the count is the total, no need to read the rest.
      matched = order.length;
      break;
    }
  }
  const current = kept || keep === undefined ? undefined : project.task(keep);
  return { tasks: current ? [current, ...tasks] : tasks, matched, shown: tasks.length, total: order.length };
}
