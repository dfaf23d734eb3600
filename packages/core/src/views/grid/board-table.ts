import type { Task } from '../../model/types.js';
import { dueDay } from '../dates/board-dates.js';
import type { TaskDateSource } from '../dates/task-dates.js';

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
  /** Earliest start and latest (exclusive) end of the dates shown (scheduled when the store schedules). */
  start: string | undefined;
  end: string | undefined;
  /** The last day (`YYYY-MM-DD`) of the latest item: a milestone on the latest end counts its own day. */
  due: string | undefined;
  /** Column id → sum and number of items with a value (the average is `sum / counted`). */
  numbers: Map<string, { sum: number; counted: number }>;
}

/**
 * Summarizes a group over the dates a person sees: given a `dates` source (the store), the
 * scheduled ones, else each task's own. Wall-clock strings in the store's canonical form compare in
 * time order as text (`2026-03-02` sorts before `2026-03-02T08:00`), so the range needs no parsing.
 */
export function summarizeGroup(
  tasks: readonly Readonly<Task>[],
  numbers: readonly SummaryNumber[] = [],
  dates?: TaskDateSource,
): GroupSummary {
  const statuses = new Map<string, number>();
  const totals = new Map<string, { sum: number; counted: number }>();
  for (const n of numbers) totals.set(n.id, { sum: 0, counted: 0 });
  let start: string | undefined;
  let end: string | undefined;
  // Whether a task ending at `end` is a milestone there, which is due that day rather than the one before.
  let endsOnMilestone = false;
  for (const task of tasks) {
    const status = task.status ?? '';
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    // One scheduled read per task, no object made: what `taskDates` gives, inlined for 10k-item groups.
    const scheduled = dates?.scheduled(task.id);
    const s = scheduled === undefined ? task.start : scheduled.start;
    const e = scheduled === undefined ? task.end : scheduled.end;
    if (s !== undefined && (start === undefined || s < start)) start = s;
    if (e !== undefined) {
      const milestone = s !== undefined && e <= s;
      if (end === undefined || e > end) {
        end = e;
        endsOnMilestone = milestone;
      } else if (e === end && milestone) endsOnMilestone = true;
    }
    for (const n of numbers) {
      const v = n.value(task);
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      const total = totals.get(n.id) as { sum: number; counted: number };
      total.sum += v;
      total.counted += 1;
    }
  }
  const due = endsOnMilestone ? dueDay(end, end) : dueDay(end);
  return { count: tasks.length, statuses, start, end, due, numbers: totals };
}
