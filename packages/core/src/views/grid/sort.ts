import type { Task } from '../../model/types.js';
import type { QueryContext, TaskField } from '../../query/context.js';
import { sortRanker } from '../../query/sort.js';
import type { CellValue } from './columns.js';

/**
 * The grid's one sort model and one comparator. The state is a list of keys, the first the most
 * significant; a grid that sorts by one column keeps at most one. The comparator puts empty cells
 * (`undefined`, `''`, `NaN`) last in either direction, compares numbers as numbers and text with
 * a numeric, case-insensitive collator ("Task 2" before "Task 10"), and a sort is stable: rows
 * that compare equal keep their order.
 */

/** One key of a sort: a column and its direction (the shape `rl-column-change` reports). */
export interface SortKey {
  column: string;
  direction: 'ascending' | 'descending';
}

/** The sort slice: keys in significance order; empty keeps the rows' own order. */
export type SortingState = readonly SortKey[];

/**
 * The sort after a header is activated. A plain activation sorts by that column alone: ascending,
 * then descending, then unsorted (one key of several becomes the only key, flipped). With
 * `multi`, the column is added as the least significant key, then flipped, then removed.
 */
export function nextSorting(state: SortingState, column: string, multi = false): SortKey[] {
  const at = state.findIndex((s) => s.column === column);
  const current = state[at];
  if (multi) {
    if (!current) return [...state, { column, direction: 'ascending' }];
    if (current.direction === 'ascending')
      return state.map((s, i) => (i === at ? { column, direction: 'descending' } : s));
    return state.filter((_, i) => i !== at);
  }
  if (!current || state.length > 1)
    return [{ column, direction: current?.direction === 'ascending' ? 'descending' : 'ascending' }];
  return current.direction === 'ascending' ? [{ column, direction: 'descending' }] : [];
}

/** The direction a column is sorted in, if it is a key. */
export function sortDirection(state: SortingState, column: string): SortKey['direction'] | undefined {
  for (const s of state) if (s.column === column) return s.direction;
  return undefined;
}

/** The sorting with a column's key dropped (a hidden column stops sorting). */
export function withoutColumn(state: SortingState, column: string): SortingState {
  return state.some((s) => s.column === column) ? state.filter((s) => s.column !== column) : state;
}

/** The collator of {@link compareCellValues}, for a locale (the browser's by default). */
export function gridCollator(locale?: string): Intl.Collator {
  let safe: string | undefined;
  try {
    safe = locale ? (Intl.getCanonicalLocales(locale)[0] ?? undefined) : undefined;
  } catch {
    safe = undefined;
  }
  return new Intl.Collator(safe, { numeric: true, sensitivity: 'base' });
}

/** Whether a cell value counts as empty. */
export function isEmptyValue(value: CellValue): boolean {
  return value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value));
}

/**
 * The one comparison of two cell values, ascending (`sign` 1) or descending (−1). Empty values
 * sort last in either direction; a number sorts before text.
 */
export function compareCellValues(
  a: CellValue,
  b: CellValue,
  collator: Intl.Collator,
  sign: 1 | -1 = 1,
): number {
  if (a === b) return 0;
  const emptyA = isEmptyValue(a);
  const emptyB = isEmptyValue(b);
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
  if (typeof a === 'number') return sign * -1;
  if (typeof b === 'number') return sign;
  return sign * collator.compare(a as string, b as string);
}

/** One key of a sort over rows by index: the value of row `i` and the direction. */
export interface IndexSortKey {
  value(index: number): CellValue;
  direction: SortKey['direction'];
}

/**
 * A comparator of row indexes by several keys, each row's value read once per key (`count` rows).
 * Ties fall to the index, so `Array.prototype.sort` with it is stable whatever the engine.
 */
export function indexComparator(
  count: number,
  keys: readonly IndexSortKey[],
  collator: Intl.Collator,
): (a: number, b: number) => number {
  const values = keys.map((k) => {
    const column: CellValue[] = new Array(count);
    for (let i = 0; i < count; i++) column[i] = k.value(i);
    return column;
  });
  const signs = keys.map((k) => (k.direction === 'descending' ? -1 : 1) as 1 | -1);
  return (a, b) => {
    for (let k = 0; k < values.length; k++) {
      const column = values[k] as CellValue[];
      const order = compareCellValues(column[a], column[b], collator, signs[k] as 1 | -1);
      if (order !== 0) return order;
    }
    return a - b;
  };
}

/** `ids` sorted by `keys` (each reading a value by id); a stable copy. */
export function sortIds(
  ids: readonly string[],
  keys: readonly { value(id: string): CellValue; direction: SortKey['direction'] }[],
  collator: Intl.Collator,
): string[] {
  if (keys.length === 0) return ids.slice();
  const compare = indexComparator(
    ids.length,
    keys.map((k) => ({ value: (i) => k.value(ids[i] as string), direction: k.direction })),
    collator,
  );
  const index = Array.from(ids, (_, i) => i);
  index.sort(compare);
  return index.map((i) => ids[i] as string);
}

/**
 * A reader of the value a task sorts by in one of core's query fields (statuses in catalog order,
 * priorities by rank, people by name, select fields by option order, dates by instant), for a
 * column that sorts by a field rather than by a reader of its own.
 */
export function fieldSortValue(
  field: TaskField | 'wbs',
  context?: QueryContext,
): (task: Readonly<Task>) => CellValue {
  return sortRanker({ field }, context);
}
