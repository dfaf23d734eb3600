/**
 * CSV import and export, the `…/core/io/csv` entry (papaparse stays out of the core index):
 * {@link fromCSV} reads the exports of Jira, Asana, monday.com, Trello, GitHub Projects,
 * Smartsheet, Microsoft Project and GanttProject (docs/import-export.md has the header table);
 * {@link toCSV} writes a file it reads back unchanged.
 */
import Papa from 'papaparse';
import type { ProjectData } from '../../model/types.js';
import type { ImportIssue } from '../issues.js';
import { TableIssueCode } from '../table/issues.js';
import type { TableImportOptions } from '../table/mapping.js';
import { readTable, type TableImport } from '../table/read.js';
import { guardFormula, tableRows, unguardFormula } from '../table/write.js';

export { HEADER_NAMES } from '../table/headers.js';
export { TableIssueCode } from '../table/issues.js';
export type { ImportIssue } from '../issues.js';
export type {
  ColumnAssignment,
  ColumnMapping,
  DateOrder,
  TableField,
  TableImportOptions,
} from '../table/mapping.js';
export type { TableImport, TablePreviewRow } from '../table/read.js';

/** Options of {@link fromCSV}: the table options and the separator. */
export interface CSVImportOptions extends TableImportOptions {
  /** `,`, `;` or a tab; detected when absent. */
  delimiter?: string;
}

/** Options of {@link toCSV}. */
export interface CSVExportOptions {
  /** Default `,`. */
  delimiter?: string;
  /** Start the file with a byte-order mark, which Excel needs to read UTF-8 (default `true`). */
  bom?: boolean;
}

const DELIMITERS = [',', ';', '\t'];

/** How much of a file the separator is guessed from: papaparse reads 10 rows of the first 1 MB. */
const GUESS_FROM = 1 << 20;

/**
 * The separator of a large file, guessed by papaparse from its start (its first megabyte, to a
 * line end); `''` to let papaparse guess from the whole text (a small file, or no guess found).
 * papaparse's own guess splits the whole text into lines once per candidate to read ten rows of
 * it, a third of the parse of a 100k-row file; its guess from the start is the same, since it
 * reads the line endings from the first megabyte and the separators from the first ten rows.
 */
function guessDelimiter(body: string): string {
  const end = body.indexOf('\n', GUESS_FROM);
  if (end < 0) return '';
  const start = Papa.parse<string[]>(body.slice(0, end + 1), {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: false,
    preview: 10,
  });
  return start.errors.some((e) => e.code === 'UndetectableDelimiter') ? '' : start.meta.delimiter;
}

/**
 * Reads a CSV file (a byte-order mark, `,` `;` or tab separators, quoted cells with newlines)
 * into project data, the issues found, and the column mapping used. Never throws for bad rows:
 * each is an issue, and the other rows are imported.
 */
export function fromCSV(text: string, options: CSVImportOptions = {}): TableImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    delimiter: options.delimiter ?? guessDelimiter(body),
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: false,
  });
  const issues: ImportIssue[] = [];
  const reported = new Set<number>();
  for (const e of parsed.errors) {
    // Short and long rows are handled by readTable; the separator guess falls back to a comma.
    if (e.type === 'FieldMismatch' || e.code === 'UndetectableDelimiter' || e.row === undefined) continue;
    if (reported.has(e.row)) continue;
    reported.add(e.row);
    issues.push({
      code: TableIssueCode.UNREADABLE_ROW,
      severity: 'error',
      row: e.row + 1,
      message: `row ${e.row + 1}: ${e.message}`,
    });
  }
  // Undo toCSV's formula guard (the rows are papaparse's fresh arrays, ours to change).
  for (const row of parsed.data) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i] as string;
      if (value.charCodeAt(0) === 39) row[i] = unguardFormula(value);
    }
  }
  return readTable(parsed.data, options, issues);
}

/**
 * Writes the tasks of a project as CSV, one row per task in outline order, with the columns
 * {@link fromCSV} reads (ID, Name, Parent, Start, Finish, Duration, % Complete, Predecessors,
 * Assigned To, Status, and the optional and custom columns in use). Text that a spreadsheet would
 * run as a formula gets a leading apostrophe.
 */
export function toCSV(data: ProjectData, options: CSVExportOptions = {}): string {
  const rows = tableRows(data).map((row) =>
    row.map((c) => (typeof c === 'number' ? String(c) : guardFormula(c))),
  );
  const csv = Papa.unparse(rows, { delimiter: options.delimiter ?? ',', newline: '\r\n', quotes: false });
  return (options.bom === false ? '' : '\ufeff') + csv;
}
