/**
 * A move or an added card would take a kanban column over its work-in-progress limit. With
 * `wipBlocking` the change is refused (`blocked: true`); otherwise it happens and the column is
 * marked over its limit.
 */
export interface WipExceededDetail {
  /** The column's value (a status id, say) and label. */
  readonly column: string;
  readonly label: string;
  readonly limit: number;
  /** How many items the column holds with the change. */
  readonly count: number;
  readonly itemId?: string | undefined;
  readonly blocked: boolean;
}

/** `rl-wip-exceeded`: a column went (or would go) over its WIP limit. Not cancelable. */
export type RlWipExceededEvent = CustomEvent<WipExceededDetail>;

/** Creates the bubbling, composed `rl-wip-exceeded` event. */
export function createWipExceededEvent(detail: WipExceededDetail): RlWipExceededEvent {
  return new CustomEvent('rl-wip-exceeded', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-wip-exceeded': RlWipExceededEvent;
  }
}
