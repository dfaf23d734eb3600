import type { SelectMode } from '@roadline/core/views/grid';
import { RowSelection } from '../grid/row-selection.js';
import type { TableModel } from './table-model.js';

export interface TableSelectionOptions {
  /** The selected ids now (`rl-board`'s `selection`). */
  selected(): readonly string[];
  /** Takes a selection the page did not veto. */
  adopt(selected: readonly string[]): void;
  /** The table's rows now (grouped, filtered, sorted, collapsed). */
  model(): TableModel | undefined;
}

/**
 * The board table's row selection, on the task grids' one `RowSelection` (core's selection:
 * anchor, toggle, range, behind the cancelable `rl-selection-change`). The table shows it as a
 * box per row, so a plain click on a cell only moves focus (it would otherwise drop a selection
 * made for a bulk change); a row's box or Space toggles its row, Ctrl/⌘ with a click toggles too,
 * Shift with a click, with Space or with ↑/↓ selects the range from the anchor, Ctrl/⌘+A or the
 * header's box selects every item, and Escape or the bulk bar's button clears.
 */
export class TableSelection {
  private readonly rows: RowSelection;
  private readonly options: TableSelectionOptions;
  /** The selection as a set, for a row's lookup, rebuilt when the selection changes. */
  private set: { of: readonly string[]; ids: Set<string> } = { of: [], ids: new Set() };
  /** Items in shown order and their indices, rebuilt when the rows change. */
  private order: { of: TableModel; ids: string[]; index: Map<string, number> } | undefined;
  /** The mode of the click that is about to change a row's box. */
  private boxMode: SelectMode = 'toggle';

  constructor(host: HTMLElement, options: TableSelectionOptions) {
    this.options = options;
    this.rows = new RowSelection(host, {
      selected: options.selected,
      adopt: options.adopt,
      ids: () => this.shown().ids,
      indexOf: (id) => this.shown().index.get(id) ?? -1,
    });
  }

  /** How many items are selected. */
  get size(): number {
    return this.options.selected().length;
  }

  /** The selected ids, in selection order. */
  ids(): readonly string[] {
    return this.options.selected();
  }

  has(id: string): boolean {
    const selected = this.options.selected();
    if (this.set.of !== selected) this.set = { of: selected, ids: new Set(selected) };
    return this.set.ids.has(id);
  }

  /**
   * Selects a row: `only` (a plain Space) toggles it, as its box does; `toggle` and `range` are
   * the grids' own.
   */
  select(id: string, mode: SelectMode): boolean {
    return this.rows.select(id, mode === 'only' ? 'toggle' : mode);
  }

  /** Shift+↑/↓ moved from one row to another: the range from the anchor (or from `from`) to it. */
  extend(from: string | undefined, to: string): boolean {
    return this.rows.extend(from, to);
  }

  /** Whether every item is selected; only walks the items when the selection is big enough. */
  allSelected(model: TableModel): boolean {
    if (model.itemCount === 0 || this.size < model.itemCount) return false;
    return model.groups.every((ids) => ids.every((id) => this.has(id)));
  }

  /** The header's box: every item (collapsed groups' too), or none when all are. */
  toggleAll(): boolean {
    const model = this.options.model();
    return model ? this.rows.toggleAll(model.groups.flat()) : false;
  }

  /** Ctrl/⌘+A: every item. */
  selectAll(): boolean {
    const model = this.options.model();
    return model ? this.rows.offer(model.groups.flat()) : false;
  }

  /** Clears the selection; whether there was one. */
  clear(): boolean {
    return this.size > 0 && this.rows.offer([]);
  }

  /** Items were deleted: the selection lets them go. */
  drop(ids: readonly string[]): boolean {
    const gone = new Set(ids);
    const kept = this.ids().filter((id) => !gone.has(id));
    return kept.length !== this.size && this.rows.offer(kept);
  }

  /** A row box's click: remembers the modifier keys for the change that follows. */
  readonly onBoxClick = (event: MouseEvent): void => {
    this.boxMode = event.shiftKey ? 'range' : 'toggle';
  };

  /**
   * A row box changed: select by the click's mode, then show the selection as it is (a range
   * keeps the box checked; a veto unchecks it again).
   */
  boxChanged(id: string, box: HTMLInputElement): void {
    const mode = this.boxMode;
    this.boxMode = 'toggle';
    this.rows.select(id, mode);
    box.checked = this.has(id);
  }

  /** The shown items in order, built once per rows. */
  private shown(): { ids: readonly string[]; index: ReadonlyMap<string, number> } {
    const model = this.options.model();
    if (!model) return { ids: [], index: new Map() };
    if (this.order?.of !== model) {
      const ids: string[] = [];
      const index = new Map<string, number>();
      for (const row of model.rows) {
        if (row.kind !== 'item' || row.id === undefined) continue;
        index.set(row.id, ids.length);
        ids.push(row.id);
      }
      this.order = { of: model, ids, index };
    }
    return this.order;
  }
}
