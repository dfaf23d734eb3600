import type { TableRow } from './board-table.js';
import { type DisplayRows, ROW_PARENT } from './rows.js';

/**
 * The final row list a grid view renders, whichever feature made it: the tree's WBS rows (every
 * row a task) or the grouping's rows (group headers, tasks, group summaries). A view reads rows
 * by index only, so it virtualizes either the same way.
 */

export type GridRowKind = 'task' | 'group' | 'summary';

export interface VisibleRows {
  readonly count: number;
  kind(index: number): GridRowKind;
  /** The task a row shows; `undefined` for group headers and summaries. */
  id(index: number): string | undefined;
  /** Whether a task row has children (a summary task of the tree). */
  parent(index: number): boolean;
}

/** The tree's rows as visible rows. */
export function treeVisibleRows(rows: DisplayRows): VisibleRows {
  return {
    count: rows.ids.length,
    kind: () => 'task',
    id: (i) => rows.ids[i],
    parent: (i) => ((rows.flags[i] ?? 0) & ROW_PARENT) !== 0,
  };
}

/** The grouping's rows as visible rows. */
export function groupedVisibleRows(rows: readonly TableRow[]): VisibleRows {
  return {
    count: rows.length,
    kind: (i) => {
      const k = rows[i]?.kind;
      return k === 'item' ? 'task' : (k ?? 'task');
    },
    id: (i) => rows[i]?.id,
    parent: () => false,
  };
}
