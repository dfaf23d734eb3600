import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The active cell of a grid, as its roving focus keeps it (`GridFocusController`). */
export interface ActiveCell {
  readonly row: number;
  readonly column: number;
  activate(row: number, column: number, focus?: boolean): void;
}

/**
 * The grid position of the cell a node is in: its `data-col`, and the `data-row` of the cell or
 * of its row; `undefined` outside a cell.
 */
export function cellOf(node: EventTarget | null | undefined): { row: number; column: number } | undefined {
  if (!(node instanceof Element)) return undefined;
  const cell = node.closest<HTMLElement>('[data-col]');
  const row = cell?.closest<HTMLElement>('[data-row]');
  if (!cell || !row) return undefined;
  const at = { row: Number(row.dataset.row), column: Number(cell.dataset.col) };
  return Number.isInteger(at.row) && Number.isInteger(at.column) ? at : undefined;
}

/** The grid position a cell node carries itself (`data-row`, `data-col`), or `undefined`. */
export function cellPosition(
  node: EventTarget | null | undefined,
): { row: number; column: number } | undefined {
  if (!(node instanceof HTMLElement) || node.dataset.row === undefined) return undefined;
  return { row: Number(node.dataset.row), column: Number(node.dataset.col) };
}

/**
 * Focus and pointer presses on a virtualized grid's cells. Focus that arrives by Tab or by a
 * script makes that cell the active one at once. Focus from a press waits for the click:
 * re-rendering between press and release would move the row under the pointer into the active
 * row's slot, and the click would land on no cell. A press that became a drag has no click, so
 * the cell it focused becomes the active one after the release.
 */
export class CellPress implements ReactiveController {
  /** A press is under way: its click (or its release) activates the cell, not its focus. */
  pressing = false;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly cells: ActiveCell;

  constructor(host: ReactiveControllerHost & HTMLElement, cells: ActiveCell) {
    this.host = host;
    this.cells = cells;
    host.addController(this);
  }

  readonly onPointerDown = (): void => {
    this.pressing = true;
    window.addEventListener('pointerup', this.onPointerUp, { once: true, capture: true });
  };

  readonly onFocusIn = (event: FocusEvent): void => {
    if (this.pressing) return;
    // Focus follows the cell: its row may move into the active row's slot (another node).
    this.adopt(event.composedPath()[0], true);
  };

  hostDisconnected(): void {
    window.removeEventListener('pointerup', this.onPointerUp, true);
    this.pressing = false;
  }

  private readonly onPointerUp = (): void => {
    // After the click that follows this release.
    setTimeout(() => {
      if (!this.pressing) return;
      this.pressing = false;
      this.adopt(this.host.shadowRoot?.activeElement, true);
    });
  };

  /** Makes the focused cell the active one if it is not already. */
  private adopt(node: EventTarget | null | undefined, focus: boolean): void {
    const at = cellPosition(node);
    if (at && (at.row !== this.cells.row || at.column !== this.cells.column))
      this.cells.activate(at.row, at.column, focus);
  }
}

/** The cell a click landed on (the nearest node with `data-row`), and a toggle inside it (`data-toggle`). */
export function clickedCell(
  event: Event,
): { row: number; column: number; toggle: string | undefined; editing: boolean } | undefined {
  let toggle: string | undefined;
  for (const node of event.composedPath()) {
    if (!(node instanceof HTMLElement)) continue;
    if (node.dataset.toggle) toggle ??= node.dataset.toggle;
    const at = cellPosition(node);
    if (at) return { ...at, toggle, editing: node.classList.contains('editing') };
  }
  return undefined;
}
