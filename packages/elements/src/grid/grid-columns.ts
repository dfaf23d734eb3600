import {
  type ColumnState,
  clampWidth,
  columnStates,
  moveColumn,
  nextSorting,
  RESIZE_STEP,
  type SortingState,
} from '@roadline/core/views/grid';
import type { ReactiveControllerHost } from 'lit';
import { ColumnResizeController } from '../controllers/column-resize.js';
import type { ColumnChangeDetail } from '../events/column-change-event.js';
import { changeColumns, columnChangeDetail } from './column-change.js';

/** A shown column as the arrangement needs it. */
export interface ShownColumn {
  readonly id: string;
  readonly width: number;
  readonly minWidth: number;
}

export interface GridColumnsOptions {
  /** The shown columns in order, each with its width now (configured or default). */
  shown(): readonly ShownColumn[];
  /** The sort now. */
  sort(): SortingState;
  rtl(): boolean;
  /**
   * Takes an arrangement the page did not veto: the element stores the columns (its `columns`
   * configuration) and the sort, and re-renders.
   */
  adopt(columns: readonly ColumnState[], sort: SortingState, reason: ColumnChangeDetail['reason']): void;
}

/**
 * The column arrangement of a task grid, one for both grids: resize (a header's grip by pointer,
 * or a keyboard step), reorder, show or hide, and sort, each offered as one cancelable
 * `rl-before-column-change` and told as `rl-column-change` with the whole arrangement. The
 * element keeps the state (its `columns` and sort); this keeps only a resize drag's preview.
 */
export class GridColumns {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: GridColumnsOptions;
  /** The width of the column a pointer is resizing, before it is committed. */
  private preview: { id: string; width: number } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: GridColumnsOptions) {
    this.host = host;
    this.options = options;
    new ColumnResizeController(host, {
      width: (id) => this.widthOf(id),
      minWidth: (id) => this.find(id)?.minWidth ?? 32,
      rtl: options.rtl,
      resize: (id, width, final) => {
        this.preview = final ? undefined : { id, width };
        if (final) this.resize(id, width);
        this.host.requestUpdate();
      },
    });
  }

  /** A column's width now: a resize drag's preview, else its own. */
  widthOf(id: string): number {
    if (this.preview?.id === id) return this.preview.width;
    return this.find(id)?.width ?? 100;
  }

  /** The arrangement as a column change reports it, with one column's width replaced. */
  states(resized?: string, width?: number): ColumnState[] {
    return columnStates(
      this.options.shown().map((c) => ({ id: c.id, width: this.widthOf(c.id) })),
      resized,
      width,
    );
  }

  /** Sets a column's width (whole pixels, at least its minimum); nothing when it is the same. */
  resize(id: string, width: number): boolean {
    const column = this.find(id);
    if (!column) return false;
    const next = clampWidth(width, column.minWidth);
    if (next === column.width) return false;
    return this.change(this.states(id, next), this.options.sort(), 'resize');
  }

  /** A keyboard resize: one step toward the row's end (wider) or start (narrower). */
  step(id: string, forward: boolean): boolean {
    return this.resize(id, this.widthOf(id) + (forward ? RESIZE_STEP : -RESIZE_STEP));
  }

  /** Moves the column at `from` to `to`. */
  move(from: number, to: number): boolean {
    const states = this.states();
    if (from < 0 || from >= states.length || to < 0 || to >= states.length || from === to) return false;
    return this.change(moveColumn(states, from, to), this.options.sort(), 'reorder');
  }

  /** Shows these columns in this order (some added or removed); a hidden column stops sorting. */
  show(ids: readonly string[], widthOf: (id: string) => number, sort = this.options.sort()): boolean {
    const before = this.options.shown().length;
    const reason = ids.length > before ? 'add' : ids.length < before ? 'remove' : 'reorder';
    const columns = ids.map((id) => ({ id, width: this.find(id) ? this.widthOf(id) : widthOf(id) }));
    const kept = sort.filter((s) => ids.includes(s.column));
    return this.change(columns, kept.length === sort.length ? sort : kept, reason);
  }

  /** A header activated: the one sort model (`multi` adds a key; a grid may allow one key only). */
  sortBy(column: string, multi = false): boolean {
    return this.change(this.states(), nextSorting(this.options.sort(), column, multi), 'sort');
  }

  /** Offers an arrangement; adopted unless the page vetoes it. */
  change(columns: readonly ColumnState[], sort: SortingState, reason: ColumnChangeDetail['reason']): boolean {
    const detail = columnChangeDetail(columns, sort, reason);
    const done = changeColumns(this.host, detail, () => this.options.adopt(columns, sort, reason));
    this.host.requestUpdate();
    return done;
  }

  private find(id: string): ShownColumn | undefined {
    return this.options.shown().find((c) => c.id === id);
  }
}
