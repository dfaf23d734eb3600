import type { GridFocusController } from '../controllers/grid-focus.js';
import { createTaskClickEvent } from '../events/task-click-event.js';
import { CARET_END, type EditStart, SELECT_ALL, typedCharacter } from '../grid/edit-start.js';
import { headerKey } from '../grid/header-keys.js';
import { rowKey } from '../grid/row-keys.js';
import type { RowSelection } from '../grid/row-selection.js';
import type { TreeEdits } from './tree-edits.js';

/** What the Gantt grid's keys act on. */
export interface GridKeysHost {
  readonly element: HTMLElement;
  readonly cells: GridFocusController;
  readonly selecting: RowSelection;
  readonly tree: TreeEdits;
  /** Whether a cell editor is open (it has the keys then). */
  editing(): boolean;
  rowIds(): readonly string[];
  columnCount(): number;
  rtl(): boolean;
  startEdit(row: number, col: number, start: EditStart): boolean;
  /** + − and `*` on a summary. */
  expand(id: string, open: boolean, below: boolean): void;
  /** Delete or Backspace on a row. */
  remove(id: string): void;
  /** The context-menu key or Shift+F10 on a row. */
  menu(id: string): void;
  /** Alt+←/→, Alt+Shift+←/→, Enter and Shift+F10 on a column header. */
  header: {
    resize(col: number, forward: boolean): void;
    move(col: number, to: number): void;
    sort(col: number): void;
    menu(): void;
  };
}

/**
 * The Gantt grid's keydown handler: a header cell's keys (resize, move, sort, the column menu),
 * then a row's (the shared row keys, with the tree's indent, move and insert, delete and the task
 * menu), then typing a character on an editable cell, which starts editing with it.
 */
export function gridKeyHandler(host: GridKeysHost): (event: KeyboardEvent) => void {
  return (event) => {
    if (host.editing()) return;
    const { cells } = host;
    const { row, column: col } = cells;
    if (row < 0) {
      const header = host.header;
      const handled = headerKey(event, col, host.columnCount(), host.rtl(), {
        resize: (forward) => header.resize(col, forward),
        move: (to) => header.move(col, to),
        sort: () => header.sort(col),
        menu: () => header.menu(),
      });
      if (handled || cells.handleKey(event)) event.preventDefault();
      return;
    }
    const id = host.rowIds()[row];
    const handled = rowKey(event, host.rtl(), {
      navigate: (e) => cells.handleKey(e),
      extend: () => {
        const to = host.rowIds()[cells.row];
        if (to !== undefined) host.selecting.select(to, 'range');
      },
      indent: (forward) => id !== undefined && host.tree.indent(id, forward),
      step: (by) => id !== undefined && host.tree.step(id, by),
      edit: (key) => {
        if (id !== undefined && !host.startEdit(row, col, key === 'F2' ? CARET_END : SELECT_ALL))
          host.element.dispatchEvent(createTaskClickEvent({ taskId: id, open: true, originalEvent: event }));
      },
      select: (mode) => id !== undefined && host.selecting.select(id, mode),
      expand: (open, below) => id !== undefined && host.expand(id, open, below === true),
      insert: () => id !== undefined && host.tree.insertAfter(id),
      remove: () => id !== undefined && host.remove(id),
      menu: () => id !== undefined && host.menu(id),
    });
    if (handled) event.preventDefault();
    else if (id !== undefined) {
      // A read-only cell lets the key go on (a page's own shortcuts, find-as-you-type).
      const typed = typedCharacter(event);
      if (typed !== undefined && host.startEdit(row, col, { kind: 'replace', text: typed }))
        event.preventDefault();
    }
  };
}

/**
 * {@link gridKeyHandler}, made on the first key press from what `host` returns then: a first render
 * neither compiles nor builds any of it.
 */
export function lazyGridKeyHandler(host: () => GridKeysHost): (event: KeyboardEvent) => void {
  let handler: ((event: KeyboardEvent) => void) | undefined;
  return (event) => {
    handler ??= gridKeyHandler(host());
    handler(event);
  };
}
