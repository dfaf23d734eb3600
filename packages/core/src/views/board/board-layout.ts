import type { Task } from '../../model/types.js';
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
  const laneCount = laneOptions?.length ?? 1;
  const columnCount = input.columns.length;
  const laneIndex = laneOptions === undefined ? undefined : indexOf(laneOptions);
  const items = input.items;
  // Cells hold item positions (integers) while sorting; ids are read once at the end.
  const cells: number[][] = Array.from({ length: laneCount * columnCount }, () => []);
  const orders = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const task = items[i] as Readonly<Task>;
    orders[i] = task.order ?? 0;
    const c = lookup(columnIndex, boardFieldValue(task, input.columnField));
    if (c === undefined) continue;
    let l = 0;
    if (laneIndex !== undefined && input.laneField !== undefined) {
      const found = lookup(laneIndex, boardFieldValue(task, input.laneField));
      if (found === undefined) continue;
      l = found;
    }
    (cells[l * columnCount + c] as number[]).push(i);
  }
  const compare = (a: number, b: number): number => (orders[a] as number) - (orders[b] as number) || a - b;
  const counts = new Array<number>(columnCount).fill(0);
  const place = new Map<string, readonly [number, number, number]>();
  const lanes: BoardLane[] = [];
  for (let l = 0; l < laneCount; l++) {
    const option = laneOptions?.[l] ?? { value: NO_VALUE, label: '', color: undefined };
    const lane: BoardLane = { ...option, cells: [], count: 0 };
    for (let c = 0; c < columnCount; c++) {
      const cell = cells[l * columnCount + c] as number[];
      // Items usually arrive in their order already (the store keeps sibling order): skip the sort then.
      if (!isSorted(cell, orders)) cell.sort(compare);
      const ids = new Array<string>(cell.length);
      for (let i = 0; i < cell.length; i++) {
        const id = (items[cell[i] as number] as Readonly<Task>).id;
        ids[i] = id;
        place.set(id, [l, c, i]);
      }
      lane.cells.push(ids);
      counts[c] = (counts[c] as number) + ids.length;
      lane.count += ids.length;
    }
    lanes.push(lane);
  }
  const columns = input.columns.map((o, c) => {
    const limit = input.wipLimits?.[o.value];
    const count = counts[c] as number;
    return { ...o, count, limit, overLimit: limit !== undefined && count > limit };
  });
  return { columns, lanes, place };
}

/** Whether item positions `cell` (ascending) already go by `orders`, ties by position. */
function isSorted(cell: readonly number[], orders: Float64Array): boolean {
  for (let i = 1; i < cell.length; i++) {
    if ((orders[cell[i] as number] as number) < (orders[cell[i - 1] as number] as number)) return false;
  }
  return true;
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
