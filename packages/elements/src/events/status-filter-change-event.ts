/** The status a view now filters by: `undefined` for none, `''` for items without a status. */
export interface StatusFilterChangeDetail {
  readonly status: string | undefined;
}

/** `rl-status-filter-change`: the user chose a status to filter by, or cleared it. */
export type RlStatusFilterChangeEvent = CustomEvent<StatusFilterChangeDetail>;

/** The event `rl-workflow` fires when the user sets or clears its status filter. */
export function createStatusFilterChangeEvent(status: string | undefined): RlStatusFilterChangeEvent {
  return new CustomEvent('rl-status-filter-change', { detail: { status }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-status-filter-change': RlStatusFilterChangeEvent;
  }
}
