import type { Task } from '../model/types.js';

/**
 * Sorting, filtering and text search of board items. The store has no query module yet, so the
 * board carries these small ones; they work on any value a column reads from a task.
 */

/** A sort key: how to read the value, and the direction. */
export interface SortKey {
  value(task: Readonly<Task>): string | number | undefined;
  descending?: boolean;
}

/**
 * Sorts tasks by several keys in turn (the first decides, the next breaks its ties, …). Missing
 * values go last in either direction; full ties keep their input order. Each value is read once.
 */
export function sortByKeys<T extends Readonly<Task>>(tasks: readonly T[], keys: readonly SortKey[]): T[] {
  if (keys.length === 0) return tasks.slice();
  const values = keys.map((k) => tasks.map((t) => k.value(t)));
  const index = tasks.map((_, i) => i);
  index.sort((a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const column = values[k] as (string | number | undefined)[];
      const c = compareValues(column[a], column[b], keys[k]?.descending === true);
      if (c !== 0) return c;
    }
    return a - b;
  });
  return index.map((i) => tasks[i] as T);
}

function compareValues(
  a: string | number | undefined,
  b: string | number | undefined,
  desc: boolean,
): number {
  if (a === b) return 0;
  if (a === undefined || a === '') return 1;
  if (b === undefined || b === '') return -1;
  let c: number;
  if (typeof a === 'number' && typeof b === 'number') c = a - b;
  else c = String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
  return desc ? -c : c;
}

/**
 * A predicate that matches a task when every word of `query` appears (case-insensitively) in one
 * of the texts `texts` gives for it: name, tags, assignee names, … An empty query matches all.
 */
export function textMatcher(
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
