import { type SelectMode, sameIds, selectRow, toggleAll } from '@roadline/core/views/grid';
import { announceChange, requestChange } from '../events/change-events.js';
import type { SelectionChangeDetail } from '../events/selection-change-event.js';

export interface RowSelectionOptions {
  /** The selected ids now (the element's `selection`). */
  selected(): readonly string[];
  /** The shown rows' ids in order, and a row's index among them (−1 when not shown). */
  ids(): readonly string[];
  indexOf(id: string): number;
  /** Takes a selection the page did not veto. */
  adopt(selected: readonly string[]): void;
}

/**
 * Row selection of a task grid over core's selection feature: `only` (a click, Space), `toggle`
 * (Ctrl or ⌘), `range` (Shift, from the anchor: the last row selected alone or toggled). A change
 * is offered as the cancelable `rl-before-selection-change`, then told as `rl-selection-change`.
 */
export class RowSelection {
  private anchor: string | undefined;
  private readonly host: HTMLElement;
  private readonly options: RowSelectionOptions;

  constructor(host: HTMLElement, options: RowSelectionOptions) {
    this.host = host;
    this.options = options;
  }

  /** The mode a click or Space means with these modifier keys. */
  static modeOf(event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): SelectMode {
    return event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'only';
  }

  /** Selects a row; returns whether the selection changed. */
  select(id: string, mode: SelectMode): boolean {
    const selected = this.options.selected();
    const state = { selected, anchor: this.anchor };
    const next = selectRow(state, id, mode, this.options.ids(), (x) => this.options.indexOf(x));
    this.anchor = next.anchor;
    if (next === state) return false;
    return this.offer(next.selected);
  }

  /**
   * Extends the selection from the anchor to a row (Shift+↑/↓); with no anchor yet, the range
   * starts at `from`, the row the key was pressed on.
   */
  extend(from: string | undefined, to: string): boolean {
    this.anchor ??= from;
    return this.select(to, 'range');
  }

  /** Selects every row given, or none when they all are already (a "select all" box). */
  toggleAll(ids: readonly string[]): boolean {
    return this.offer(toggleAll({ selected: this.options.selected(), anchor: this.anchor }, ids).selected);
  }

  /**
   * Offers a whole new selection (select all, clear): `rl-before-selection-change`, then, unless
   * vetoed, `adopt` and `rl-selection-change`. Returns whether the selection changed.
   */
  offer(next: readonly string[]): boolean {
    if (sameIds(next, this.options.selected())) return false;
    const detail: SelectionChangeDetail = { selection: next };
    if (!requestChange(this.host, 'selection-change', detail)) return false;
    this.options.adopt(next);
    announceChange(this.host, 'selection-change', detail);
    return true;
  }
}
