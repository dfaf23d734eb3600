/** One column of a grid as the user arranged it: which, how wide, and how it sorts. */
export interface ColumnState {
  readonly id: string;
  /** Width in CSS pixels. */
  readonly width: number;
}

/** How the rows are sorted: by one column, within each parent. */
export interface SortState {
  readonly column: string;
  readonly direction: 'ascending' | 'descending';
}

/**
 * The user resized, reordered or sorted the columns of a grid, or showed or hid one (the board's
 * table and the Gantt grid's column menu). `columns` and `sort` are the whole new arrangement (not
 * a delta), so a host can store it as it is and hand it back.
 */
export interface ColumnChangeDetail {
  readonly columns: readonly ColumnState[];
  readonly sort: SortState | undefined;
  /** Every key of a multi-key sort, the first deciding (the board's table); `sort` is the first. */
  readonly sortKeys?: readonly SortState[];
  readonly reason: 'resize' | 'reorder' | 'sort' | 'add' | 'remove';
}

/** `rl-column-change`: the columns were rearranged. */
export type RlColumnChangeEvent = CustomEvent<ColumnChangeDetail>;
/** `rl-before-column-change`: the columns are about to change; cancel to veto. */
export type RlBeforeColumnChangeEvent = CustomEvent<ColumnChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-column-change': RlColumnChangeEvent;
    'rl-before-column-change': RlBeforeColumnChangeEvent;
  }
}
