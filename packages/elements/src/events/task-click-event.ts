/**
 * A task was activated: clicked, tapped, double-clicked (`open: true`, the cue to open an
 * editor) or chosen with Enter. Not a change, so it has no `rl-before-*` twin.
 */
export interface TaskClickDetail {
  readonly taskId: string;
  /** Double-click or Enter: the host should open its editor for the task. */
  readonly open: boolean;
  /** The pointer or keyboard event behind it (for modifier keys). */
  readonly originalEvent?: Event;
}

/** `rl-task-click`: the user clicked (or double-clicked) a task. */
export type RlTaskClickEvent = CustomEvent<TaskClickDetail>;

/** Creates the bubbling, composed `rl-task-click` event. */
export function createTaskClickEvent(detail: TaskClickDetail): RlTaskClickEvent {
  return new CustomEvent('rl-task-click', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-task-click': RlTaskClickEvent;
  }
}
