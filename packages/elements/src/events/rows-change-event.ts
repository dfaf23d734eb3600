/** The rows a grid shows, in order, after a collapse, an expand, a sort or a change of data. */
export interface RowsChangeDetail {
  readonly ids: readonly string[];
}

/** `rl-rows-change`: the grid's displayed rows changed (so a timeline beside it can follow). */
export type RlRowsChangeEvent = CustomEvent<RowsChangeDetail>;

/** Creates `rl-rows-change`. It does not bubble: it is for the element that holds the grid. */
export function createRowsChangeEvent(ids: readonly string[]): RlRowsChangeEvent {
  return new CustomEvent('rl-rows-change', { detail: { ids } });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-rows-change': RlRowsChangeEvent;
  }
}
