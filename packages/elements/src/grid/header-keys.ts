import { isForward } from '@roadline/core/views/grid';

/** What a header key can do to its column. */
export interface HeaderKeyActions {
  /** One resize step toward the row's end (wider) or its start (narrower). */
  resize(forward: boolean): void;
  /** Moves the column to another index. */
  move(to: number): void;
  /** Enter or Space: sort by the column (the Gantt grid; the table's headers are buttons). */
  sort?(): void;
  /** Shift+F10 or the context-menu key: the column menu, when the grid has one. */
  menu?(): void;
}

/**
 * The one header keyboard of the task grids: Alt+←/→ resizes the column and Alt+Shift+←/→ moves
 * it, both toward the row's end or start in the writing direction (in right to left, ← is toward
 * the end); Enter or Space sorts and Shift+F10 opens the column menu where the grid has them.
 * Returns whether the key was one of these (the caller then prevents its default).
 */
export function headerKey(
  event: KeyboardEvent,
  column: number,
  columns: number,
  rtl: boolean,
  actions: HeaderKeyActions,
): boolean {
  const { key } = event;
  if (actions.sort && (key === 'Enter' || key === ' ')) {
    actions.sort();
    return true;
  }
  if (actions.menu && (key === 'ContextMenu' || (event.shiftKey && key === 'F10'))) {
    actions.menu();
    return true;
  }
  if (!event.altKey || (key !== 'ArrowLeft' && key !== 'ArrowRight')) return false;
  const forward = isForward(key, rtl);
  if (event.shiftKey) {
    const to = column + (forward ? 1 : -1);
    if (to >= 0 && to < columns) actions.move(to);
  } else actions.resize(forward);
  return true;
}
