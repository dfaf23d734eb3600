/** Where an item sits on a board: its column value, its lane value (with swimlanes) and position. */
export interface BoardPlace {
  /** The column (kanban) or group (table) value; `''` is the "none" column. */
  readonly column: string;
  /** The swimlane value, when the board has swimlanes. */
  readonly lane?: string | undefined;
  /** Position within the column's cell (0 = top). */
  readonly index: number;
}

/**
 * A card or row moved by the user: from where to where, on which field. The move is one store
 * transaction (the field change and the new `order` together: one undo step). The same detail
 * travels in the cancelable `rl-before-item-move` and in `rl-item-move`.
 */
export interface ItemMoveDetail {
  readonly itemId: string;
  /** The field columns (or groups) are made of: `'status'`, `'priority'`, `'person'`, … */
  readonly field: string;
  readonly laneField?: string | undefined;
  readonly from: BoardPlace;
  readonly to: BoardPlace;
  /** `'pointer'` (mouse, pen, touch) or `'keyboard'`. */
  readonly source: 'pointer' | 'keyboard';
}

/** `rl-item-move`: an item was moved on a board. */
export type RlItemMoveEvent = CustomEvent<ItemMoveDetail>;
/** `rl-before-item-move`: an item is about to move; cancel to veto (a blocking WIP rule, say). */
export type RlBeforeItemMoveEvent = CustomEvent<ItemMoveDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-item-move': RlItemMoveEvent;
    'rl-before-item-move': RlBeforeItemMoveEvent;
  }
}
