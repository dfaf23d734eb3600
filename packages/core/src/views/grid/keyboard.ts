/**
 * The grid's one keyboard model: which cell a navigation key leads to. Arrow keys follow the
 * writing direction (in right-to-left, ArrowLeft goes to the next column); Home and End go to the
 * first and last column (with Ctrl or ⌘, the first and last row too); Page Up and Page Down move
 * by a page. Positions are clamped to the grid; a grid whose header takes part in navigation has
 * `firstRow` −1.
 */

export interface CellPosition {
  row: number;
  column: number;
}

export interface GridBounds {
  rows: number;
  columns: number;
  /** Rows per Page Up/Down. */
  page: number;
  /** The first row keys reach: −1 when the header row is navigable, else 0. */
  firstRow?: number;
}

/** The keys {@link navigate} reads from an event. */
export interface NavigationKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** Where a key moves the active cell, or `undefined` when it is not a navigation key. */
export function navigate(
  event: NavigationKey,
  at: CellPosition,
  bounds: GridBounds,
  rtl: boolean,
): CellPosition | undefined {
  const ctrl = event.ctrlKey === true || event.metaKey === true;
  const first = bounds.firstRow ?? 0;
  const last = bounds.rows - 1;
  const page = Math.max(1, bounds.page);
  let { row, column } = at;
  switch (event.key) {
    case 'ArrowDown':
      row += 1;
      break;
    case 'ArrowUp':
      row -= 1;
      break;
    case 'ArrowRight':
      column += rtl ? -1 : 1;
      break;
    case 'ArrowLeft':
      column += rtl ? 1 : -1;
      break;
    case 'Home':
      column = 0;
      if (ctrl) row = Math.min(Math.max(0, first), last);
      break;
    case 'End':
      column = bounds.columns - 1;
      if (ctrl) row = last;
      break;
    case 'PageDown':
      row = Math.min(last, row + page);
      break;
    case 'PageUp':
      row = Math.max(row < 0 ? first : Math.max(0, first), row - page);
      break;
    default:
      return undefined;
  }
  return {
    row: Math.max(first, Math.min(last, row)),
    column: Math.max(0, Math.min(bounds.columns - 1, column)),
  };
}

/** Whether a horizontal arrow moves toward the end of the row in this writing direction. */
export function isForward(key: string, rtl: boolean): boolean {
  return (key === 'ArrowRight') !== rtl;
}
