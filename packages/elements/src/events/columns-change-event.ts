/**
 * The board table's columns were added, removed or reordered by the user: the ids now shown, in
 * order. The same detail travels in the cancelable `rl-before-columns-change` and in
 * `rl-columns-change`. Columns are view state (the element's `columns` property), not project data.
 */
export interface ColumnsChangeDetail {
  readonly columns: readonly string[];
  readonly previous: readonly string[];
}

/** `rl-columns-change`: the table's columns changed. */
export type RlColumnsChangeEvent = CustomEvent<ColumnsChangeDetail>;
/** `rl-before-columns-change`: the table's columns are about to change; cancel to veto. */
export type RlBeforeColumnsChangeEvent = CustomEvent<ColumnsChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-columns-change': RlColumnsChangeEvent;
    'rl-before-columns-change': RlBeforeColumnsChangeEvent;
  }
}
