import { parseWallTime, type Project, type Task } from '@roadline/core';
import type { BoardPatch } from '@roadline/core/views/board';
import { movePatch, spanPatch } from '../timeline/task-edits.js';
import { taskFacts } from '../timeline/task-facts.js';

/**
 * The change a board makes when a person types dates for a task: what `rl-timeline` does for the
 * same drag. Both shown dates are written (the store then derives the duration from them, rather
 * than from an input start the engine has since moved), and an auto-scheduled task with
 * predecessors gets an SNET constraint at its start so the engine keeps it where it was put. A
 * milestone moves to `start` and stays a milestone. `start` and `end` are wall-clock strings,
 * `end` exclusive.
 */
export function datesPatch(project: Project, task: Readonly<Task>, start: string, end: string): BoardPatch {
  const from = parseWallTime(start);
  const to = parseWallTime(end);
  const facts = taskFacts(project, task.id);
  if (from === undefined || to === undefined || facts === undefined) return { start, end };
  return facts.shape === 'milestone' ? movePatch(project, facts, from) : spanPatch(project, facts, from, to);
}
