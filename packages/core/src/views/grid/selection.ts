/**
 * Row selection: the selected ids and the anchor a range extends from. `only` selects one row
 * and moves the anchor there, `toggle` adds or removes one and moves the anchor, `range` selects
 * every row from the anchor to this one in the shown order (one row when there is no anchor).
 */

export interface RowSelectionState {
  readonly selected: readonly string[];
  /** Where the next range starts; the last row selected alone or toggled. */
  readonly anchor: string | undefined;
}

export type SelectMode = 'only' | 'toggle' | 'range';

export const EMPTY_SELECTION: RowSelectionState = { selected: [], anchor: undefined };

/**
 * The selection after a row is selected. `indexOf` finds a row in the shown order (a map's
 * lookup; `ids.indexOf` when none is given). Returns `state` itself when nothing changed.
 */
export function selectRow(
  state: RowSelectionState,
  id: string,
  mode: SelectMode,
  ids: readonly string[],
  indexOf: (id: string) => number = (x) => ids.indexOf(x),
): RowSelectionState {
  let selected: readonly string[];
  let anchor = state.anchor;
  if (mode === 'toggle') {
    selected = state.selected.includes(id) ? state.selected.filter((s) => s !== id) : [...state.selected, id];
    anchor = id;
  } else if (mode === 'range' && anchor !== undefined) {
    const a = indexOf(anchor);
    const b = indexOf(id);
    selected = a < 0 || b < 0 ? [id] : ids.slice(Math.min(a, b), Math.max(a, b) + 1);
  } else {
    selected = [id];
    anchor = id;
  }
  if (anchor === state.anchor && sameIds(selected, state.selected)) return state;
  return { selected, anchor };
}

/** The selection of every id given (a "select all"), or none when they all are already. */
export function toggleAll(state: RowSelectionState, ids: readonly string[]): RowSelectionState {
  const set = new Set(state.selected);
  const all = ids.length > 0 && ids.every((id) => set.has(id));
  return { selected: all ? [] : ids.slice(), anchor: state.anchor };
}

/** Whether two id lists hold the same ids in the same order. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
