/**
 * What `project.level()` and `project.clearLeveling()` write: the task patches that set each task's
 * `levelingDelay` to what a leveling found (removed where it is 0), or remove every delay. Only
 * tasks whose delay changes get a patch, so leveling an already leveled project is no undo step.
 */
import type { Task } from '../model/types.js';
import type { LevelResult } from '../resources/leveling/level.js';
import type { TaskUpdate } from './mutations/tasks.js';

export function levelingUpdates(tasks: readonly Readonly<Task>[], result: LevelResult): TaskUpdate[] {
  const updates: TaskUpdate[] = [];
  for (const task of tasks) {
    const delay = result.tasks.get(task.id)?.levelingDelay ?? 0;
    const next = delay > 0 ? delay : undefined;
    if (next !== task.levelingDelay) updates.push({ id: task.id, patch: { levelingDelay: next } });
  }
  return updates;
}

export function clearingUpdates(tasks: readonly Readonly<Task>[]): TaskUpdate[] {
  return tasks
    .filter((t) => t.levelingDelay !== undefined)
    .map((t) => ({ id: t.id, patch: { levelingDelay: undefined } }));
}
