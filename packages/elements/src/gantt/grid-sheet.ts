import type { Project } from '@roadline/core';
import { type ColumnConfig, type ColumnContext, resolveColumns } from './columns.js';
import { CellFormat } from './format.js';

/** A column of a {@link GridSheet}: its header, width and alignment. */
export interface SheetColumn {
  readonly id: string;
  readonly header: string;
  readonly width: number;
  readonly align: 'start' | 'end';
}

/** A row of a {@link GridSheet}: the task, its depth in the tree and each column's text. */
export interface SheetRow {
  readonly id: string;
  readonly depth: number;
  readonly summary: boolean;
  readonly cells: readonly string[];
}

/**
 * The Gantt grid as plain text, every row at once: what the image export draws beside the
 * timeline and what print mode lays out in a table. The same column definitions and formats as
 * the grid, so the texts match the screen.
 */
export interface GridSheet {
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly SheetRow[];
  /** The columns' widths added up. */
  readonly width: number;
}

/** The sheet of `rows` (task ids in display order) for the grid's `columns` in `language`. */
export function gridSheet(
  project: Project,
  config: readonly ColumnConfig[],
  rows: readonly string[],
  language: string | undefined,
  baseline?: string,
): GridSheet {
  const format = new CellFormat(language);
  const defs = resolveColumns(config, project, format.t);
  const wbs = project.wbsOrder();
  const wbsRow = new Map(wbs.map((id, i) => [id, i + 1]));
  const ctx: ColumnContext = {
    project,
    format,
    rowOf: (id) => wbsRow.get(id) ?? 0,
    idAt: (row) => wbs[row - 1],
    baseline,
  };
  const widths = new Map<string, number>();
  for (const c of config) if (typeof c !== 'string' && c.width !== undefined) widths.set(c.id, c.width);
  const columns = defs.map((def) => ({
    id: def.id,
    header: def.header,
    width: widths.get(def.id) ?? def.width,
    align: def.align,
  }));
  const sheetRows: SheetRow[] = [];
  for (const id of rows) {
    const task = project.task(id);
    if (!task) continue;
    let depth = 0;
    for (let up = task.parentId; up !== undefined; up = project.task(up)?.parentId) depth++;
    sheetRows.push({
      id,
      depth,
      summary: project.isSummary(id),
      cells: defs.map((def) => def.text(task, ctx)),
    });
  }
  return { columns, rows: sheetRows, width: columns.reduce((sum, c) => sum + c.width, 0) };
}
