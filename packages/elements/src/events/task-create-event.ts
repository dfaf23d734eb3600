import type { Task } from '@roadline/core';

/**
 * A task the user adds (the grid's Insert key). In the cancelable `rl-before-task-create` it is
 * not in the store yet; in `rl-task-create` it is, and `taskId` names it.
 */
export interface TaskCreateDetail {
  /** What the new task starts with: its name, parent and place among its siblings. */
  readonly task: Readonly<Partial<Omit<Task, 'id'>>>;
  /** Set once the task exists (in `rl-task-create`). */
  readonly taskId?: string;
}

/** `rl-task-create`: the user added a task. */
export type RlTaskCreateEvent = CustomEvent<TaskCreateDetail>;
/** `rl-before-task-create`: the user is about to add a task; cancel to veto. */
export type RlBeforeTaskCreateEvent = CustomEvent<TaskCreateDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-task-create': RlTaskCreateEvent;
    'rl-before-task-create': RlBeforeTaskCreateEvent;
  }
}
