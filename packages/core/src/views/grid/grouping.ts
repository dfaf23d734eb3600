import type { GroupSummary } from './board-table.js';

/**
 * The grouping feature: rows in groups (a board's columns: statuses, people, releases), each with
 * a header that collapses and a summary row that totals the numeric columns. The slice is the
 * set of collapsed group values; the rows themselves come from {@link tableRows}.
 */

/** Values of collapsed groups. */
export type GroupCollapseState = ReadonlySet<string>;

/** The collapse state with one group toggled. */
export function toggleGroup(state: GroupCollapseState, value: string): GroupCollapseState {
  const next = new Set(state);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/**
 * What a summary cell shows for a numeric column: `avg 42%` for an average (with `%` for
 * percentages), `sum 12.5` for a sum (two decimals at most), '' when no row has a value.
 */
export function summaryText(
  summary: GroupSummary,
  column: string,
  kind: 'sum' | 'average',
  percent = false,
): string {
  const total = summary.numbers.get(column);
  if (!total || total.counted === 0) return '';
  if (kind === 'average') return `avg ${Math.round(total.sum / total.counted)}${percent ? '%' : ''}`;
  return `sum ${Math.round(total.sum * 100) / 100}`;
}
