/**
 * An assignment moved to another person (a bar dragged in the usage view, or moved with the
 * keyboard) or a task's people were typed in the grid's assignment column. `rl-before-assignment-change`
 * is cancelable; `rl-assignment-change` follows once the store has changed (one undo step).
 */
export interface AssignmentChangeDetail {
  readonly taskId: string;
  /** The person the work leaves (reassign), absent for a typed edit. */
  readonly from?: string;
  /** The person the work goes to (reassign), absent for a typed edit. */
  readonly to?: string;
  readonly reason: 'reassign' | 'edit';
}

export type RlBeforeAssignmentChangeEvent = CustomEvent<AssignmentChangeDetail>;
export type RlAssignmentChangeEvent = CustomEvent<AssignmentChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-before-assignment-change': RlBeforeAssignmentChangeEvent;
    'rl-assignment-change': RlAssignmentChangeEvent;
  }
}
