import { type SelectMode, sameIds, selectRow } from '@roadline/core/views/grid';
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
    if (next === state || sameIds(next.selected, selected)) return false;
    const detail: SelectionChangeDetail = { selection: next.selected };
    if (!requestChange(this.host, 'selection-change', detail)) return false;
    this.options.adopt(next.selected);
    announceChange(this.host, 'selection-change', detail);
    return true;
  }
}
