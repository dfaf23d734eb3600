import { isForward, type SelectMode } from '@roadline/core/views/grid';
import { RowSelection } from './row-selection.js';

/** What the keys of a row's cell do in a task grid; a grid leaves out what it does not have. */
export interface RowKeyActions {
  /** A navigation key (core's `navigate`, following the writing direction); whether it was one. */
  navigate(event: KeyboardEvent): boolean;
  /** Shift+↑/↓ moved the active cell: the selection extends to its row. */
  extend?(): void;
  /** Alt+Shift+→/← (toward the row's end or start): indent or outdent the row. */
  indent?(forward: boolean): void;
  /** Alt+↑/↓ (with or without Shift): move the row among its siblings. */
  step?(by: -1 | 1): void;
  /** Enter or F2: edit the cell (F2 with the caret after the value), or what the row does instead. */
  edit(key: 'Enter' | 'F2'): void;
  /** Space: select the row (Ctrl toggles, Shift extends). */
  select(mode: SelectMode): void;
  /** + and −: expand and collapse; `*`: expand the row and every row below it (`below`). */
  expand?(open: boolean, below?: boolean): void;
  /** Insert: add a row below. */
  insert?(): void;
  /** Delete or Backspace: delete the selected rows (or this one). */
  remove?(): void;
  /** The context-menu key or Shift+F10: open the row's menu. */
  menu?(): void;
  /** Ctrl+A (⌘A): select every row. */
  selectAll?(): void;
  /** Escape: clear the selection; whether there was one (else the key goes on). */
  clear?(): boolean;
}

/**
 * The one row keyboard of the task grids: it maps a key on a row's cell to core's navigation or
 * to the grid's actions. Returns whether the key was one of them (the caller then prevents its
 * default); anything else (typing a character to start an edit) is the grid's own.
 */
export function rowKey(event: KeyboardEvent, rtl: boolean, actions: RowKeyActions): boolean {
  const { key } = event;
  if (actions.menu && (key === 'ContextMenu' || (event.shiftKey && key === 'F10'))) {
    actions.menu();
    return true;
  }
  if (actions.indent && event.altKey && event.shiftKey && (key === 'ArrowRight' || key === 'ArrowLeft')) {
    actions.indent(isForward(key, rtl));
    return true;
  }
  if (actions.step && event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
    actions.step(key === 'ArrowUp' ? -1 : 1);
    return true;
  }
  if (actions.selectAll && (event.ctrlKey || event.metaKey) && !event.altKey && key.toLowerCase() === 'a') {
    actions.selectAll();
    return true;
  }
  if (actions.navigate(event)) {
    if (event.shiftKey && (key === 'ArrowDown' || key === 'ArrowUp')) actions.extend?.();
    return true;
  }
  switch (key) {
    case 'Enter':
    case 'F2':
      actions.edit(key);
      return true;
    case ' ':
      actions.select(RowSelection.modeOf(event));
      return true;
    case '+':
    case 'Add':
      actions.expand?.(true);
      return actions.expand !== undefined;
    case '*':
    case 'Multiply':
      actions.expand?.(true, true);
      return actions.expand !== undefined;
    case '-':
    case 'Subtract':
      actions.expand?.(false);
      return actions.expand !== undefined;
    case 'Insert':
      actions.insert?.();
      return actions.insert !== undefined;
    case 'Delete':
    case 'Backspace':
      actions.remove?.();
      return actions.remove !== undefined;
    case 'Escape':
      return actions.clear?.() ?? false;
    default:
      return false;
  }
}
