import type { Task } from '../model/types.js';
import type { ProjectState } from './state.js';

/** The task members items can be looked up by; `assignee` looks into `assignees`. */
export type TaskIndexKey = 'status' | 'priority' | 'groupId' | 'releaseId' | 'assignee';

/**
 * Tasks by status, priority, group, release or person, in WBS order. Each key's index is built on
 * first use and rebuilt lazily after tasks change, so edits stay O(1) and a board that reads a
 * column many times between edits pays for one scan.
 */
export class TaskIndex {
  private readonly built = new Map<TaskIndexKey, { stamp: number; map: Map<string | undefined, string[]> }>();

  constructor(private readonly state: ProjectState) {}

  /** Ids of tasks whose `key` is `value` (`undefined`: tasks without one). */
  ids(key: TaskIndexKey, value: string | undefined): readonly string[] {
    return this.index(key).get(value) ?? [];
  }

  private index(key: TaskIndexKey): Map<string | undefined, string[]> {
    const cached = this.built.get(key);
    if (cached !== undefined && cached.stamp === this.state.taskStamp) return cached.map;
    const map = new Map<string | undefined, string[]>();
    const add = (value: string | undefined, id: string): void => {
      const list = map.get(value);
      if (list === undefined) map.set(value, [id]);
      else list.push(id);
    };
    for (const id of this.state.wbsOrder()) {
      const task = this.state.tasks.get(id) as Readonly<Task>;
      if (key !== 'assignee') add(task[key], id);
      else if (task.assignees === undefined || task.assignees.length === 0) add(undefined, id);
      else for (const person of new Set(task.assignees)) add(person, id);
    }
    this.built.set(key, { stamp: this.state.taskStamp, map });
    return map;
  }
}
