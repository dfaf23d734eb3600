import type { Project, Task } from '@roadline/core';
import { type DisplayRows, gridCollator, type PlannerFilter, treeRows } from '@roadline/core/views/grid';
import { FilteredRows } from '../base/filtered-rows.js';
import { RowIndex } from '../base/row-index.js';
import type { SortState } from '../events/column-change-event.js';
import { type ColumnContext, resolveColumns } from './columns.js';

/** What the Gantt grid's rows are made of. */
export interface GridRowsOptions {
  project(): Project | undefined;
  collapsed(): ReadonlySet<string>;
  sort(): SortState | undefined;
  locale(): string | undefined;
  context(project: Project): ColumnContext;
  /** The planner's filter (status, people, critical, late) and the day `late` counts from. */
  filter(): PlannerFilter | undefined;
  today(): string | undefined;
}

/** The rows cache, rebuilt when the store, the collapsed set or the sort changes. */
interface RowsCache {
  readonly project: Project;
  readonly version: number;
  readonly collapsed: ReadonlySet<string>;
  readonly sortKey: string;
  readonly order: readonly string[];
  readonly rows: DisplayRows;
}

const EMPTY_ROWS: DisplayRows = { ids: [], depth: new Int32Array(0), flags: new Uint8Array(0) };

/**
 * The Gantt grid's rows in tree mode (core's `treeRows`: the WBS, filtered, with collapsed summaries
 * left out, sorted within each parent), cached per store version, collapsed set and sort, and where a
 * task's row is among them.
 */
export class GridRows {
  private cache: RowsCache | undefined;
  private readonly index = new RowIndex();
  private readonly filtered = new FilteredRows();
  private readonly options: GridRowsOptions;

  constructor(options: GridRowsOptions) {
    this.options = options;
  }

  /** The rows on display, in order, with depth and expand state. */
  get(): DisplayRows {
    const project = this.options.project();
    if (!project) return EMPTY_ROWS;
    const sort = this.options.sort();
    const collapsed = this.options.collapsed();
    const sortKey = sort ? `${sort.column} ${sort.direction}` : '';
    const { order, depth } = this.filtered.get(project, this.options.filter(), this.options.today());
    const c = this.cache;
    if (
      c &&
      c.project === project &&
      c.version === project.version &&
      c.collapsed === collapsed &&
      c.sortKey === sortKey &&
      c.order === order
    ) {
      return c.rows;
    }
    const sortDef = sort ? resolveColumns([sort.column], project)[0] : undefined;
    const ctx = this.options.context(project);
    // Nothing hidden and nothing sorted: the store's own order array comes back, so a timeline
    // beside the grid (whose caches key on the rows' identity) sees no change at all.
    const rows = treeRows(
      order,
      depth,
      collapsed,
      sortDef && sort
        ? [
            {
              value: (i) => sortDef.sortValue(project.task(order[i] as string) as Readonly<Task>, ctx),
              direction: sort.direction,
            },
          ]
        : [],
      gridCollator(this.options.locale()),
    );
    this.cache = { project, version: project.version, collapsed, sortKey, order, rows };
    return rows;
  }

  /** The row showing a task, −1 when none does (hidden under a collapsed summary, or unknown). */
  rowOf(id: string): number {
    const project = this.options.project();
    return project ? this.index.of(project, this.get().ids, id) : -1;
  }
}
