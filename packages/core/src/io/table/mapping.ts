/**
 * The column mapping of a table import (CSV, XLSX): which column of the file went to which field
 * of a task, and how sure the detection was. `fromCSV` and `fromXLSX` return the mapping they
 * used; a host (the import wizard) may change it and pass it back in `options.mapping`.
 */
import type { ProjectData } from '../../model/types.js';

/** The task fields a column can fill. */
export type TableField =
  | 'id'
  /** A second identifier other columns may refer to (Jira's "Issue id" beside its "Issue key"). */
  | 'altId'
  | 'name'
  | 'parent'
  /** An outline or WBS number, `1.2.3`. */
  | 'outline'
  /** An outline level, `1` for top-level rows, read in row order. */
  | 'level'
  | 'start'
  | 'end'
  /** A start–end range in one cell, `2026-03-02 - 2026-03-06` (monday.com's Timeline). */
  | 'range'
  | 'duration'
  | 'progress'
  | 'predecessors'
  | 'successors'
  | 'assignees'
  /** The e-mail of the assignee(s), paired with `assignees` by position. */
  | 'emails'
  | 'status'
  | 'priority'
  | 'milestone'
  | 'tags'
  | 'group'
  | 'release'
  | 'deadline'
  | 'constraintType'
  | 'constraintDate'
  | 'manual'
  | 'color';

/** What one column went to. */
export interface ColumnAssignment {
  /** 0 for the first column. */
  index: number;
  /** The header as the file wrote it. */
  header: string;
  /** A task field, a custom field (`custom`, with `fieldId`), or nothing (`ignore`). */
  target: TableField | 'custom' | 'ignore';
  /** For `custom`: the id of the field definition the values go to (made from the header when new). */
  fieldId?: string;
  /**
   * 1: the header is a known name of the field; 0.8: it contains one; lower: guessed from the
   * values or a fallback (`custom` for an unknown header).
   */
  confidence: number;
}

/** How the columns of a file were read. */
export interface ColumnMapping {
  /** The row that holds the headers, 1 for the first row of the file. */
  headerRow: number;
  columns: ColumnAssignment[];
  /** The order of day, month and year in numeric dates; absent when no column needed it. */
  dateOrder?: DateOrder;
}

/** `mdy`: 03/04/2026 is March 4; `dmy`: April 3; `ymd`: 2026/03/04. */
export type DateOrder = 'mdy' | 'dmy' | 'ymd';

/** Options of `fromCSV` and `fromXLSX`. */
export interface TableImportOptions {
  /**
   * A mapping to use instead of detecting one (as returned by an earlier import, perhaps changed).
   * Its columns are matched to the file's by header, else by position; columns it does not list
   * are detected.
   */
  mapping?: Partial<ColumnMapping> & { columns?: ColumnAssignment[] };
  /** The order of numeric dates, when the file cannot tell (every value ≤ 12/12) or to overrule it. */
  dateOrder?: DateOrder;
  /**
   * The project the rows go into: its people, statuses, priorities, groups, releases and field
   * definitions are matched by name (or e-mail, label, id) before new ones are made, and are part
   * of the result.
   */
  base?: Partial<ProjectData>;
  /** Also return the first this many rows under the headers as written (`TableImport.preview`). */
  preview?: number;
  /** Id and name of the project made (default `imported`, `Imported project`, or the base's). */
  id?: string;
  name?: string;
}
