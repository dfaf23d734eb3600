/**
 * Tasks the user deletes (Delete or Backspace, or a menu's Delete): the tasks chosen, without
 * those under another chosen one, and how many go in all with their subtasks. Their links and
 * notes go with them; one undo step brings everything back. In `rl-task-remove` they are gone.
 */
export interface TaskRemoveDetail {
  /** The tasks removed, each with its whole subtree. */
  readonly taskIds: readonly string[];
  /** How many tasks go in all, subtasks included. */
  readonly count: number;
}

/** `rl-task-remove`: the user deleted tasks. */
export type RlTaskRemoveEvent = CustomEvent<TaskRemoveDetail>;
/** `rl-before-task-remove`: the user is about to delete tasks; cancel to veto. */
export type RlBeforeTaskRemoveEvent = CustomEvent<TaskRemoveDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-task-remove': RlTaskRemoveEvent;
    'rl-before-task-remove': RlBeforeTaskRemoveEvent;
  }
}
