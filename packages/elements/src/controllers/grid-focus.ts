import { navigate } from '@roadline/core/views/grid';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What {@link GridFocusController} needs to know about the grid it moves through. */
export interface GridFocusOptions {
  /** Rows in the whole (virtual) grid, not only those in the DOM. */
  rowCount(): number;
  columnCount(): number;
  /** Rows that fit in the viewport, for Page Up and Page Down. */
  pageRows(): number;
  /** Whether the grid lays out right to left (then ArrowLeft moves to the next column). */
  rtl(): boolean;
  /** The rendered cell at a position; row -1 is the header. `null` when it is not in the DOM. */
  cell(row: number, column: number): HTMLElement | null;
  /** The active cell moved: bring its row into view (the host renders it on its next update). */
  reveal(row: number, column: number): void;
  /** The first row a key reaches: -1 (the default) when the header's cells take focus, else 0. */
  firstRow?: number;
  /** The column a move lands on in a row, when a row has fewer cells (a group header spans it). */
  columnAt?(row: number, column: number): number;
}

/**
 * A roving tabindex over a grid whose rows are virtualized: it keeps the active cell as a (row,
 * column) position in the whole grid rather than as a DOM node, gives that cell `tabindex=0`,
 * and focuses it after the host has rendered it — so focus survives rows scrolling out of the
 * DOM and back. Row -1 is the header row. Keys are the grid's one keyboard model (core's
 * `navigate`): arrows following the writing direction, Home/End (Ctrl: first/last row), Page Up/Down.
 */
export class GridFocusController implements ReactiveController {
  /** Active row: -1 for the header, else 0 … rowCount − 1. */
  row = 0;
  column = 0;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: GridFocusOptions;
  private focusPending = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: GridFocusOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** `0` for the active cell, `-1` for every other, as the `tabindex` of a cell. */
  tabIndex(row: number, column: number): 0 | -1 {
    return row === this.row && column === this.column ? 0 : -1;
  }

  /** Makes a cell the active one; with `focus`, moves DOM focus there once it is rendered. */
  activate(row: number, column: number, focus = true): void {
    const rows = this.options.rowCount();
    const columns = this.options.columnCount();
    this.row = Math.max(this.firstRow(), Math.min(rows - 1, row));
    const at = Math.max(0, Math.min(columns - 1, column));
    this.column = this.options.columnAt ? this.options.columnAt(this.row, at) : at;
    this.options.reveal(this.row, this.column);
    if (focus) this.focusPending = true;
    this.host.requestUpdate();
  }

  /** Focuses the active cell now if it is rendered, else after the next update. */
  focus(): void {
    this.focusPending = true;
    this.host.requestUpdate();
  }

  /** Moves for a navigation key; returns whether the key was one (the caller then prevents its default). */
  handleKey(event: KeyboardEvent): boolean {
    const to = navigate(
      event,
      { row: this.row, column: this.column },
      {
        rows: this.options.rowCount(),
        columns: this.options.columnCount(),
        page: this.options.pageRows() - 1,
        firstRow: this.firstRow(),
      },
      this.options.rtl(),
    );
    if (!to) return false;
    this.activate(to.row, to.column);
    return true;
  }

  hostUpdate(): void {
    // Rows may have gone (collapsed, removed): keep the position inside the grid.
    const rows = this.options.rowCount();
    const columns = this.options.columnCount();
    if (this.row > rows - 1) this.row = rows - 1;
    if (this.row < this.firstRow()) this.row = this.firstRow();
    if (this.column > columns - 1) this.column = Math.max(0, columns - 1);
  }

  private firstRow(): number {
    return this.options.firstRow ?? -1;
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    const cell = this.options.cell(this.row, this.column);
    if (cell) {
      this.focusPending = false;
      cell.focus({ preventScroll: true });
    }
  }
}
