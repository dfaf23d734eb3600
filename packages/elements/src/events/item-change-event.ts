import type { Task } from '@roadline/core';

/**
 * Members of one or more items changed by the user on a board: an inline edit in the table
 * (`source: 'edit'`, one item) or a bulk change of the selected rows (`source: 'bulk'`). All
 * items change in one store transaction. The same detail travels in the cancelable
 * `rl-before-item-change` and in `rl-item-change`.
 */
export interface ItemChangeDetail {
  readonly itemIds: readonly string[];
  /** The members set on every item (`undefined` clears one). */
  readonly patch: Readonly<Partial<Omit<Task, 'id'>>>;
  /** The table column the edit was made in, for inline edits. */
  readonly column?: string | undefined;
  readonly source: 'edit' | 'bulk';
}

/** `rl-item-change`: items were changed on a board. */
export type RlItemChangeEvent = CustomEvent<ItemChangeDetail>;
/** `rl-before-item-change`: items are about to change; cancel to veto. */
export type RlBeforeItemChangeEvent = CustomEvent<ItemChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-item-change': RlItemChangeEvent;
    'rl-before-item-change': RlBeforeItemChangeEvent;
  }
}
