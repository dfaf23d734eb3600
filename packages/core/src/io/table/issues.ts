/** The codes of the issues `fromCSV` and `fromXLSX` report (docs/import-export.md explains each). */
export const TableIssueCode = {
  /** error, row left out: the row has no name. */
  MISSING_NAME: 'MISSING_NAME',
  /** error, row left out: more filled cells than headers (the row's cells are shifted). */
  EXTRA_CELLS: 'EXTRA_CELLS',
  /** error, row left out or cut short: the parser could not read it (an unclosed quote). */
  UNREADABLE_ROW: 'UNREADABLE_ROW',
  /** warning: numeric dates whose order of day and month the file does not show; read as the option or m/d/y. */
  AMBIGUOUS_DATE_ORDER: 'AMBIGUOUS_DATE_ORDER',
  /** warning: a date with a time zone; the clock time was kept as written. */
  DATE_ZONE_IGNORED: 'DATE_ZONE_IGNORED',
  INVALID_DATE: 'INVALID_DATE',
  END_BEFORE_START: 'END_BEFORE_START',
  INVALID_DURATION: 'INVALID_DURATION',
  INVALID_PROGRESS: 'INVALID_PROGRESS',
  /** warning: a value the column's field cannot hold (yes/no, constraint type, number, level). */
  INVALID_VALUE: 'INVALID_VALUE',
  /** warning: a second row with an id already used; it got a new id. */
  DUPLICATE_ID: 'DUPLICATE_ID',
  UNKNOWN_PARENT: 'UNKNOWN_PARENT',
  HIERARCHY_CYCLE: 'HIERARCHY_CYCLE',
  INVALID_OUTLINE: 'INVALID_OUTLINE',
  UNKNOWN_TASK_REFERENCE: 'UNKNOWN_TASK_REFERENCE',
  AMBIGUOUS_TASK_REFERENCE: 'AMBIGUOUS_TASK_REFERENCE',
  INVALID_LINK: 'INVALID_LINK',
  PERCENT_LAG: 'PERCENT_LAG',
  UNKNOWN_RELEASE: 'UNKNOWN_RELEASE',
  DUPLICATE_COLUMN: 'DUPLICATE_COLUMN',
} as const;

/** One of {@link TableIssueCode}. */
export type TableIssueCode = (typeof TableIssueCode)[keyof typeof TableIssueCode];
