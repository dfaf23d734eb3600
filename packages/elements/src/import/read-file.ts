/**
 * Reads a picked or dropped file with the importer of its format, loading the CSV and workbook
 * parsers with `import()` on first use (they stay out of the element's entry). A table format
 * keeps its source, so the wizard can read it again with a changed column mapping.
 */
import { type ImportIssue, type ProjectData, RoadlineError } from '@roadline/core';
import type { Translate } from '../i18n/catalogue.js';
import { addEnglish } from '../i18n/english.js';
import type { ColumnMapping, DateOrder, TablePreviewRow } from '@roadline/core/io/csv';
import { loadCSV, loadXLSX } from '../base/data-loaders.js';
import { type DataFormat, detectFormat } from './file-format.js';

let sentenceOf: typeof import('./issue-text.js').issueText | undefined;

/**
 * Loads issue-text.ts and its English sentences, adding them to the English catalogue: the wizard
 * awaits it beside reading each file, before it shows the file's issues (after the first time the
 * module is the browser's already). Never fails.
 */
export const loadIssueSentences = (): Promise<void> =>
  import('./issue-text.js').then(
    (m) => {
      addEnglish(m.importIssues);
      sentenceOf = m.issueText;
    },
    () => {
      // Unreachable chunk (offline): the issues keep their own messages.
    },
  );

/**
 * What the wizard says for `issue`: its code's sentence in the wizard's language (issue-text.ts,
 * loaded with the first file read), else the issue's own `message`.
 */
export const issueText = (issue: ImportIssue, t: Translate): string =>
  sentenceOf ? sentenceOf(issue, t) : issue.message;

/** A file read, ready to preview and import. */
export interface ReadResult {
  name: string;
  format: DataFormat;
  data: ProjectData;
  issues: ImportIssue[];
  /** Table formats: the columns and what each goes to. */
  mapping?: ColumnMapping;
  /** Table formats: the first rows as written. */
  preview?: TablePreviewRow[];
}

/** What a table file is read from again (with another mapping). */
export interface TableSource {
  format: 'csv' | 'xlsx';
  text?: string;
  bytes?: Uint8Array;
}

/** What the rows are matched against and how the columns are read. */
export interface TableReadOptions {
  base: Partial<ProjectData> | undefined;
  /** The project's name, kept by a table import (a CSV names no project). */
  projectName: string | undefined;
  mapping?: ColumnMapping;
  dateOrder?: DateOrder;
  previewRows: number;
}

/** Reads a table source (first time or again) with the given mapping. */
export async function readTableSource(source: TableSource, name: string, options: TableReadOptions) {
  const table = {
    preview: options.previewRows,
    ...(options.base ? { base: options.base } : {}),
    ...(options.projectName ? { name: options.projectName } : {}),
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
  };
  const loader = source.format === 'csv' ? loadCSV : loadXLSX;
  if (!loader) throw new RoadlineError('UNSUPPORTED', `${source.format} files need the package's ESM build`);
  const parser = await loader();
  const read =
    'fromCSV' in parser
      ? parser.fromCSV(source.text ?? '', table)
      : await parser.fromXLSX(source.bytes ?? new Uint8Array(), table);
  const result: ReadResult = {
    name,
    format: source.format,
    data: read.data,
    issues: read.issues,
    mapping: read.mapping,
  };
  if (read.preview) result.preview = read.preview;
  return result;
}

/** Reads `file`: its format, its data and issues, and for tables the source to read again. */
export async function readFile(
  file: Blob & { name: string },
  options: TableReadOptions,
): Promise<{ result: ReadResult; source: TableSource | undefined }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = detectFormat(file.name, bytes.subarray(0, 64));
  if (format === 'xlsx') {
    const source: TableSource = { format, bytes };
    return { result: await readTableSource(source, file.name, options), source };
  }
  const text = new TextDecoder().decode(bytes);
  if (format === 'csv') {
    const source: TableSource = { format, text };
    return { result: await readTableSource(source, file.name, options), source };
  }
  if (format === 'mspdi') {
    const { importMSProjectXML } = await import('./mspdi-reader.js');
    const { data, issues } = importMSProjectXML(text);
    return { result: { name: file.name, format, data, issues }, source: undefined };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new RoadlineError('INVALID_DATA', error instanceof Error ? error.message : String(error));
  }
  const tasks = (data as { tasks?: unknown } | null)?.tasks;
  if (typeof data !== 'object' || data === null || !Array.isArray(tasks))
    throw new RoadlineError('INVALID_DATA', 'the JSON holds no tasks list');
  return { result: { name: file.name, format, data: data as ProjectData, issues: [] }, source: undefined };
}
