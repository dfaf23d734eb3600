/**
 * Excel import and export, the `…/core/io/xlsx` entry: {@link fromXLSX} reads the first sheet of
 * a workbook with the same mapping as `fromCSV`; {@link toXLSX} writes the rows `toCSV` writes.
 * The spreadsheet libraries (read-excel-file, write-excel-file) are loaded with `import()` on
 * the first call, so no bundle carries them until a workbook is read or written.
 */
import type { ProjectData } from '../../model/types.js';
import type { TableImportOptions } from '../table/mapping.js';
import { readTable, type TableImport } from '../table/read.js';
import { tableRows } from '../table/write.js';

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

/** Options of {@link fromXLSX}: the table options and the sheet. */
export interface XLSXImportOptions extends TableImportOptions {
  /** The sheet to read, by name or 1-based number; default the first. */
  sheet?: string | number;
}

type Cell = string | number | boolean | Date | null | undefined;
const pad = (n: number) => String(n).padStart(2, '0');

/** A workbook cell as the text a CSV would hold: dates as ISO wall-clock values (their UTC fields). */
function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const minutes = value.getUTCHours() * 60 + value.getUTCMinutes();
    return minutes === 0 ? day : `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  }
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  return String(value);
}

function toArrayBuffer(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * Reads a sheet of an `.xlsx` workbook into project data, the issues found, and the column
 * mapping used. Throws only for bytes that are not a workbook.
 */
export async function fromXLSX(
  bytes: Uint8Array | ArrayBuffer,
  options: XLSXImportOptions = {},
): Promise<TableImport> {
  const { readSheet } = await import('read-excel-file/universal');
  const read = readSheet as unknown as (input: ArrayBuffer, sheet?: string | number) => Promise<Cell[][]>;
  const sheet = await read(toArrayBuffer(bytes), options.sheet ?? 1);
  return readTable(
    sheet.map((row) => row.map(cellText)),
    options,
  );
}

/**
 * Writes the tasks of a project as an `.xlsx` workbook of one sheet, with the columns `toCSV`
 * writes. Every text is a text cell (never a formula), so a cell starting with `=`, `+`, `-` or
 * `@` is shown as written and never run; numbers are number cells.
 */
export async function toXLSX(data: ProjectData): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const rows = tableRows(data).map((row, r) =>
    row.map((value) =>
      typeof value === 'number'
        ? { value, type: Number }
        : { value, type: String, ...(r === 0 ? { fontWeight: 'bold' } : {}) },
    ),
  );
  const write = writeXlsxFile as unknown as (
    rows: unknown[][],
    options?: { sheet?: string },
  ) => { toBlob(): Promise<{ arrayBuffer(): Promise<ArrayBuffer> }> };
  const blob = await write(rows, { sheet: 'Tasks' }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
