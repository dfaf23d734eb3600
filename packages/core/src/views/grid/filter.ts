import type { Task } from '../../model/types.js';
import { columnTextMatcher } from '../../query/column-query.js';
import type { Condition } from '../../query/filter.js';

/**
 * The filter feature: a text search over what the shown columns show, and per-column filters
 * that are field conditions of core's query (`filterTasks`). Words of the search are plain text,
 * never patterns, so any string a user types (regex characters, markup, emoji) is safe.
 */

export interface FilterState {
  /** Words that must each appear in one of a row's shown cells. */
  readonly search: string;
  /** Per-column filters: a field value each row must have; '' for no filter. */
  readonly columns: Readonly<Record<string, string>>;
}

export const NO_FILTER: FilterState = { search: '', columns: {} };

/** Whether a filter state filters anything. */
export function isFiltering(state: FilterState): boolean {
  return state.search.trim() !== '' || Object.values(state.columns).some((v) => v !== '');
}

/**
 * The query conditions of the per-column filters, in the order of `fields` (the columns that
 * offer a filter). `fieldOf` maps a filter to the task field it tests (a person filter tests
 * `assignees`).
 */
export function filterConditions(
  state: FilterState,
  fields: readonly string[],
  fieldOf: (column: string) => string = (c) => c,
): Condition[] {
  const where: Condition[] = [];
  for (const f of fields) {
    const value = Object.hasOwn(state.columns, f) ? (state.columns[f] ?? '') : '';
    if (value !== '') where.push({ field: fieldOf(f), op: 'eq', value });
  }
  return where;
}

/** A predicate for the search: every word in one of the texts `texts` gives for a task. */
export function searchMatcher(
  search: string,
  texts: (task: Readonly<Task>) => readonly (string | undefined)[],
): (task: Readonly<Task>) => boolean {
  return columnTextMatcher(search, texts);
}
