import type { Task } from '../model/types.js';
import type { QueryContext } from './context.js';
import { compareSortable, type SortKey, type Sortable, sortRanker } from './sort.js';

/**
 * Queries over what a table's columns show, for views whose columns are not all task members (a
 * progress read as 0 when unset, a label, a formatted date range): sort keys that read a value
 * with a function beside the query's field keys, and a search over the texts the columns show.
 */

/** A sort key that reads its value with a function (a table column's reader). */
export interface ReadSortKey {
  read(task: Readonly<Task>): Sortable;
  direction?: 'asc' | 'desc';
}

/** A field key of {@link sortTasks} (catalog orders, ranks, natural text) or a {@link ReadSortKey}. */
export type ColumnSortKey = SortKey | ReadSortKey;

/**
 * {@link sortTasks} with column readers allowed among the keys: a stably sorted copy, missing
 * values last in either direction, each value read once per task.
 */
export function sortByColumns<T extends Readonly<Task>>(
  tasks: readonly T[],
  keys: readonly ColumnSortKey[],
  context?: QueryContext,
): T[] {
  if (keys.length === 0) return tasks.slice();
  const readers = keys.map((key) =>
    'read' in key ? (task: Readonly<Task>) => key.read(task) : sortRanker(key, context),
  );
  const values = readers.map((read) => tasks.map(read));
  const index = tasks.map((_, i) => i);
  index.sort((a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const column = values[k] as Sortable[];
      const x = column[a];
      const y = column[b];
      const order = compareSortable(x, y);
      if (order !== 0)
        return keys[k]?.direction === 'desc' && x !== undefined && y !== undefined ? -order : order;
    }
    return a - b;
  });
  return index.map((i) => tasks[i] as T);
}

/**
 * A predicate that holds for a task when every word of `query` appears, case-insensitively, in
 * one of the texts `texts` gives for it (the cells a table shows: name, status label, people, …).
 * Words are plain text, never patterns; an empty query matches every task.
 */
export function columnTextMatcher(
  query: string,
  texts: (task: Readonly<Task>) => readonly (string | undefined)[],
): (task: Readonly<Task>) => boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  return (task) => {
    const haystack = texts(task)
      .filter((t): t is string => typeof t === 'string')
      .join('\n')
      .toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  };
}
