import type { Task } from '../model/types.js';

/** What a row of the grouped board table is. */
export type TableRowKind = 'group' | 'item' | 'summary';

/** One row of the grouped table: a group header, an item, or a group's summary. */
export interface TableRow {
  kind: TableRowKind;
  /** Index of the group the row belongs to. */
  group: number;
  /** The item's id (item rows only). */
  id: string | undefined;
  /** Position of the item within its group (item rows only). */
  index: number;
}

/**
 * Flattens groups into the rows a virtualized table shows: for each group a header, then (unless
 * collapsed) its items and a summary row. Groups without items are kept when `keepEmpty` is set,
 * so a card can be dragged into them.
 */
export function tableRows(
  groups: readonly (readonly string[])[],
  collapsed: (group: number) => boolean,
  keepEmpty = true,
): TableRow[] {
  const rows: TableRow[] = [];
  for (let g = 0; g < groups.length; g++) {
    const ids = groups[g] as readonly string[];
    if (ids.length === 0 && !keepEmpty) continue;
    rows.push({ kind: 'group', group: g, id: undefined, index: -1 });
    if (collapsed(g)) continue;
    for (let i = 0; i < ids.length; i++) rows.push({ kind: 'item', group: g, id: ids[i], index: i });
    rows.push({ kind: 'summary', group: g, id: undefined, index: ids.length });
  }
  return rows;
}

/** A number column to total in a group's summary. */
export interface SummaryNumber {
  id: string;
  value(task: Readonly<Task>): number | undefined;
}

/** A group's summary row: how many, the status mix, the date range and number totals. */
export interface GroupSummary {
  count: number;
  /** Status id (`''` for none) → number of items. */
  statuses: Map<string, number>;
  /** Earliest start and latest (exclusive) end, as stored. */
  start: string | undefined;
  end: string | undefined;
  /** Column id → sum and number of items with a value (the average is `sum / counted`). */
  numbers: Map<string, { sum: number; counted: number }>;
}

/**
 * Summarizes a group. Wall-clock strings compare in time order as text (`2026-03-02` sorts before
 * `2026-03-02T08:00`), so the date range needs no parsing.
 */
export function summarizeGroup(
  tasks: readonly Readonly<Task>[],
  numbers: readonly SummaryNumber[] = [],
): GroupSummary {
  const statuses = new Map<string, number>();
  const totals = new Map<string, { sum: number; counted: number }>();
  for (const n of numbers) totals.set(n.id, { sum: 0, counted: 0 });
  let start: string | undefined;
  let end: string | undefined;
  for (const task of tasks) {
    const status = task.status ?? '';
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (task.start !== undefined && (start === undefined || task.start < start)) start = task.start;
    if (task.end !== undefined && (end === undefined || task.end > end)) end = task.end;
    for (const n of numbers) {
      const v = n.value(task);
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      const total = totals.get(n.id) as { sum: number; counted: number };
      total.sum += v;
      total.counted += 1;
    }
  }
  return { count: tasks.length, statuses, start, end, numbers: totals };
}
