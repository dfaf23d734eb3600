import type { Task } from '../model/types.js';
import { type BoardField, type BoardOption, boardFieldValue, NO_VALUE } from './board-fields.js';

/** Input of {@link buildBoard}. */
export interface BoardInput {
  /** The items, in their base order (WBS order); ties of `order` keep it. */
  items: readonly Readonly<Task>[];
  /** The field that makes columns, and its values in column order. */
  columnField: BoardField;
  columns: readonly BoardOption[];
  /** The field that makes swimlanes and its values; none: one lane holding everything. */
  laneField?: BoardField | undefined;
  lanes?: readonly BoardOption[] | undefined;
  /** Column value → the most items it should hold (across lanes). */
  wipLimits?: Readonly<Record<string, number>> | undefined;
}

/** A column of the board with its totals. */
export interface BoardColumn extends BoardOption {
  /** Items in the column, all lanes together. */
  count: number;
  limit: number | undefined;
  /** More items than its WIP limit. */
  overLimit: boolean;
}

/** A swimlane: for each column, the ids of its items in board order. */
export interface BoardLane extends BoardOption {
  cells: string[][];
  count: number;
}

/** What {@link buildBoard} computes: columns, lanes and where each item is. */
export interface BoardLayout {
  columns: BoardColumn[];
  lanes: BoardLane[];
  /** Item id → [lane index, column index, position in the cell]. */
  place: Map<string, readonly [number, number, number]>;
}

/**
 * Sorts items into columns and lanes. Within a cell, items go by `order` and then by their input
 * position, so the store's order is the board's order. An item whose value has no column (a
 * status that is not listed, say) goes to the "none" column when there is one and is otherwise
 * left out; the same holds for lanes.
 */
export function buildBoard(input: BoardInput): BoardLayout {
  const columnIndex = indexOf(input.columns);
  const laneOptions = input.laneField === undefined ? undefined : (input.lanes ?? []);
  const lanes: BoardLane[] = (laneOptions ?? [{ value: NO_VALUE, label: '', color: undefined }]).map((o) => ({
    ...o,
    cells: input.columns.map(() => []),
    count: 0,
  }));
  const laneIndex = laneOptions === undefined ? undefined : indexOf(laneOptions);
  const position = new Map<string, number>();
  const items = input.items;
  for (let i = 0; i < items.length; i++) {
    const task = items[i] as Readonly<Task>;
    position.set(task.id, i);
    const c = lookup(columnIndex, boardFieldValue(task, input.columnField));
    if (c === undefined) continue;
    let l = 0;
    if (laneIndex !== undefined && input.laneField !== undefined) {
      const found = lookup(laneIndex, boardFieldValue(task, input.laneField));
      if (found === undefined) continue;
      l = found;
    }
    const lane = lanes[l] as BoardLane;
    (lane.cells[c] as string[]).push(task.id);
  }
  const orderOf = new Map<string, number>();
  for (const task of items) orderOf.set(task.id, task.order ?? 0);
  const compare = (a: string, b: string): number =>
    (orderOf.get(a) as number) - (orderOf.get(b) as number) ||
    (position.get(a) as number) - (position.get(b) as number);
  const counts = new Array<number>(input.columns.length).fill(0);
  const place = new Map<string, readonly [number, number, number]>();
  lanes.forEach((lane, l) => {
    lane.cells.forEach((cell, c) => {
      cell.sort(compare);
      counts[c] = (counts[c] as number) + cell.length;
      lane.count += cell.length;
      for (let i = 0; i < cell.length; i++) place.set(cell[i] as string, [l, c, i]);
    });
  });
  const columns = input.columns.map((o, c) => {
    const limit = input.wipLimits?.[o.value];
    const count = counts[c] as number;
    return { ...o, count, limit, overLimit: limit !== undefined && count > limit };
  });
  return { columns, lanes, place };
}

/** Whether adding `adding` items to a column holding `count` would take it over `limit`. */
export function exceedsLimit(count: number, limit: number | undefined, adding = 1): boolean {
  return limit !== undefined && count + adding > limit;
}

function indexOf(options: readonly BoardOption[]): Map<string, number> {
  const map = new Map<string, number>();
  options.forEach((o, i) => {
    if (!map.has(o.value)) map.set(o.value, i);
  });
  return map;
}

function lookup(index: Map<string, number>, value: string): number | undefined {
  return index.get(value) ?? index.get(NO_VALUE);
}
