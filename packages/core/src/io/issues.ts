/**
 * What an importer reports beside the data it read. Every importer (`fromMSProjectXML`, and the
 * spreadsheet importers after it) returns its problems as a list of these, never as a thrown
 * error for one bad row or one feature it can only approximate; it throws only for input it
 * cannot read at all (not XML, not the format, …).
 */
import { MSProjectIssueCode } from './mspdi/issues.js';
import { TableIssueCode } from './table/issues.js';

/** One problem found while importing: where it is, what kind, in words. */
export interface ImportIssue {
  /** A stable code a host may switch on, for example `ELAPSED_LAG`. */
  code: string;
  message: string;
  /** `warning`: imported as the closest equivalent; `error`: left out. */
  severity: 'error' | 'warning';
  /** The row of the input it concerns (1 for the first row), for row-based formats. */
  row?: number;
  /** The column (its header as the file wrote it), for row-based formats. */
  column?: string;
  /** The value as the file wrote it. */
  value?: string;
  /** The ids of the imported tasks it concerns, every one of them. */
  tasks?: string[];
}

/**
 * Every `code` the built-in importers give: {@link TableIssueCode} (`fromCSV`, `fromXLSX`) and
 * {@link MSProjectIssueCode} (`importMSProjectXML`); `PERCENT_LAG` is in both. A message
 * catalogue (the import wizard's `import.issue.<CODE>` sentences) covers each of these; a host's
 * own importer may add codes of its own. `importData` and a JSON file give no issues.
 */
export const ImportIssueCode = { ...TableIssueCode, ...MSProjectIssueCode } as const;

/** One of {@link ImportIssueCode}. */
export type ImportIssueCode = (typeof ImportIssueCode)[keyof typeof ImportIssueCode];
