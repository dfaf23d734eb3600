import { parseWallTime, type Project, type Task } from '@roadline/core';
import type { BoardPatch } from '@roadline/core/views/board';
import { planTaskDates, taskFacts } from '../base/task-facts.js';

/**
 * The change a board makes when a person types dates for a task: what `rl-timeline` does for the
 * same drag, by core's one set of date-edit rules. Both shown dates are written (the store then
 * derives the duration from them, rather than from an input start the engine has since moved),
 * and an auto-scheduled task with predecessors gets an SNET constraint at its start so the engine
 * keeps it where it was put. A milestone moves to `start` and stays a milestone. `start` and `end`
 * are wall-clock strings, `end` exclusive; `{}` when they change nothing.
 */
export function datesPatch(project: Project, task: Readonly<Task>, start: string, end: string): BoardPatch {
  const from = parseWallTime(start);
  const to = parseWallTime(end);
  const facts = taskFacts(project, task.id);
  if (from === undefined || to === undefined || facts === undefined) return { start, end };
  return planTaskDates(project, facts, 'span', from, to) ?? {};
}
