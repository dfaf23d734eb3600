import { noneLabel, withNoneLabel } from '../i18n/none-label.js';
import { catalogueVersion } from '../i18n/catalogue.js';
import { filterTasks, type Task } from '@roadline/core';
import { type GroupSummary, summarizeGroup, type TableRow, tableRows } from '@roadline/core/views/grid';
import { type BoardLayout, boardFieldOptions, buildBoard, NO_VALUE } from '@roadline/core/views/board';
import {
  type CellValue,
  type ColumnConfig,
  resolveColumns,
  filterConditions,
  fieldSortValue,
  gridCollator,
  type SortingState,
  type SortKey,
  searchMatcher,
  sortIds,
} from '@roadline/core/views/grid';
import { availableColumns, type ColumnContext, type ColumnDef } from './columns.js';
import { BULK } from './table-toolbar.js';

/** The rows of the board table for one store version and view state. */
export interface TableModel {
  key: string;
  layout: BoardLayout;
  groups: string[][];
  rows: TableRow[];
  /** Items in all groups (the select-all box compares the selection with it). */
  itemCount: number;
  summaries: Map<number, GroupSummary>;
}

/** The view state the rows are made from. */
export interface TableModelState {
  /** The field groups are made of; `undefined` for one group of every item. */
  field: string | undefined;
  search: string;
  filters: Readonly<Record<string, string>>;
  sort: SortingState;
  /** Values of collapsed groups. */
  collapsed: ReadonlySet<string>;
  /** Every column offered (a sort may name a hidden one) and those shown (the search reads them). */
  all: readonly ColumnDef[];
  shown: readonly ColumnDef[];
  /** The language text sorts in. */
  language: string | undefined;
}

/**
 * The grid model's features put together for the board table: per-column filters (core query
 * conditions) and the search over the shown columns' texts, the board's grouping, the one sort
 * within each group, and the grouped rows (header, items, summary) with collapse.
 */
export function tableModel(
  key: string,
  items: readonly Readonly<Task>[],
  ctx: ColumnContext,
  state: TableModelState,
): TableModel {
  // A person filter keeps items with that person among their assignees.
  const where = filterConditions({ search: state.search, columns: state.filters }, BULK, (f) =>
    f === 'person' ? 'assignees' : f,
  );
  let shown = where.length > 0 ? filterTasks(items, { where }) : items;
  if (state.search.trim() !== '') {
    // The search reads what the shown columns show (status labels, names, dates), every word anywhere.
    shown = shown.filter(searchMatcher(state.search, (t) => state.shown.map((c) => c.text(t, ctx))));
  }
  const field = state.field;
  const columns = field
    ? withNoneLabel(boardFieldOptions(ctx.project, field, true), noneLabel(ctx.t, ctx.project, field))
    : [{ value: NO_VALUE, label: ctx.t('board.allItems'), color: undefined }];
  // Without grouping, every item falls in the one "none" column, in `order` like any board cell.
  const layout = buildBoard({ items: shown, columnField: field ?? 'status', columns });
  let groups = layout.lanes[0]?.cells ?? [];
  if (state.sort.length > 0) {
    // The grid's one sort: empty cells last, numbers as numbers, text naturally; stable.
    const keys: { value(id: string): CellValue; direction: SortKey['direction'] }[] = [];
    for (const s of state.sort) {
      const def = state.all.find((c) => c.id === s.column);
      if (!def) continue;
      const sort = def.sort;
      const read =
        typeof sort === 'string' ? fieldSortValue(sort, ctx.project) : (t: Readonly<Task>) => sort(t, ctx);
      keys.push({ value: (id) => read(ctx.project.task(id) as Readonly<Task>), direction: s.direction });
    }
    const collator = gridCollator(state.language);
    groups = groups.map((ids) => sortIds(ids, keys, collator));
  }
  const keep = (g: number): boolean =>
    (groups[g]?.length ?? 0) > 0 || (layout.columns[g]?.value ?? '') !== '';
  const kept = groups.map((ids, g) => (keep(g) ? ids : []));
  const rows = tableRows(kept, (g) => state.collapsed.has(layout.columns[g]?.value ?? ''), true).filter((r) =>
    keep(r.group),
  );
  const itemCount = groups.reduce((n, ids) => n + ids.length, 0);
  return { key, layout, groups, rows, itemCount, summaries: new Map() };
}

/** A group's summary over the shown number columns, made once per model and group. */
export function groupSummary(
  model: TableModel,
  group: number,
  shown: readonly ColumnDef[],
  ctx: ColumnContext,
): GroupSummary {
  let s = model.summaries.get(group);
  if (!s) {
    const tasks = (model.groups[group] ?? []).map((id) => ctx.project.task(id) as Readonly<Task>);
    const numbers = shown
      .filter((c) => c.number !== undefined)
      .map((c) => ({ id: c.id, value: c.number as (t: Readonly<Task>) => number | undefined }));
    s = summarizeGroup(tasks, numbers, ctx.project);
    model.summaries.set(group, s);
  }
  return s;
}

/** The columns of one store version: every column offered, and those shown in order. */
export interface ColumnCache {
  project: unknown;
  version: number;
  configs: readonly ColumnConfig[];
  widths: Readonly<Record<string, number>>;
  all: ColumnDef[];
  shown: ColumnDef[];
  /** The language and catalogue version the headers were written in. */
  words: string;
}

/**
 * Every column the store offers and those a configuration shows (with its widths and headers,
 * over the deprecated width map), rebuilt only when the store version, the configuration or the
 * width map changed.
 */
export function columnSet(
  cached: ColumnCache | undefined,
  ctx: ColumnContext,
  configs: readonly ColumnConfig[],
  widths: Readonly<Record<string, number>>,
): ColumnCache {
  if (
    cached?.project === ctx.project &&
    cached.version === ctx.project.version &&
    cached.configs === configs &&
    cached.widths === widths &&
    cached.words === `${ctx.language} ${catalogueVersion()}`
  )
    return cached;
  const all = availableColumns(ctx.project, ctx.t);
  const shown = resolveColumns(configs, (id) => all.find((c) => c.id === id), widths);
  const words = `${ctx.language} ${catalogueVersion()}`;
  return { project: ctx.project, version: ctx.project.version, configs, widths, all, shown, words };
}
