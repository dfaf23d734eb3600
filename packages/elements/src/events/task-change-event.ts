import type { Task } from '@roadline/core';

/**
 * What a user changed on one task: its id, the patch applied to it (dates, progress,
 * constraint…), and the gesture or control that made the change. The same detail travels in the
 * cancelable `rl-before-task-change` (the store has not changed yet; `preventDefault()` vetoes
 * it) and in `rl-task-change` (the change is in the store).
 */
export interface TaskChangeDetail {
  readonly taskId: string;
  readonly patch: Readonly<Partial<Omit<Task, 'id'>>>;
  /** How the change was made: `'move'`, `'resize-start'`, `'resize-end'`, `'progress'`, `'keyboard'`, `'edit'`… */
  readonly source: string;
  /**
   * A summary's bar moved: how far, in working minutes on the summary's calendar (negative:
   * earlier). `patch` is then empty and the change is in `subtree`.
   */
  readonly shift?: number;
  /** A summary's bar moved: the date patch of each task below it, applied in the same transaction. */
  readonly subtree?: readonly { readonly id: string; readonly patch: Readonly<Partial<Omit<Task, 'id'>>> }[];
}

/** `rl-task-change`: a task was changed by the user. */
export type RlTaskChangeEvent = CustomEvent<TaskChangeDetail>;
/** `rl-before-task-change`: a task is about to change; cancel to veto. */
export type RlBeforeTaskChangeEvent = CustomEvent<TaskChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-task-change': RlTaskChangeEvent;
    'rl-before-task-change': RlBeforeTaskChangeEvent;
  }
}
