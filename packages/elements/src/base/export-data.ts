/**
 * A project as a file of another tool: CSV, an Excel workbook, Microsoft Project XML (MSPDI),
 * Roadline's JSON, or an iCalendar file of its milestones and due dates. The elements load this
 * module with `import()` when a file is asked for, and the spreadsheet writers load on first use
 * (data-loaders.ts), so no element entry carries them; the Gantt's toolbar and `rl-export-menu`
 * both export through here.
 */
import { type Project, RoadlineError, toICS, toMSProjectXML } from '@roadline/core';
import { loadCSV, loadXLSX } from './data-loaders.js';

/** The formats {@link exportProject} writes. */
export type ExportFormat = 'csv' | 'xlsx' | 'mspdi' | 'json' | 'ics';

/** The file extension of each format. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  csv: 'csv',
  xlsx: 'xlsx',
  mspdi: 'xml',
  json: 'json',
  ics: 'ics',
};

const TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mspdi: 'application/xml',
  json: 'application/json',
  ics: 'text/calendar;charset=utf-8',
};

/** Options of {@link exportProject}. */
export interface ExportOptions {
  /** The summary of a due date in the `.ics` file, `{name}` for the task (the menus pass their language's). */
  dueSummary?: string;
}

/** The file of `project` in `format`, as a Blob of the format's media type. */
export async function exportProject(
  project: Project,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<Blob> {
  const type = TYPES[format];
  switch (format) {
    case 'csv': {
      const { toCSV } = await need(loadCSV, 'CSV')();
      return new Blob([toCSV(project.toJSON())], { type });
    }
    case 'xlsx': {
      const { toXLSX } = await need(loadXLSX, 'Excel')();
      return new Blob([(await toXLSX(project.toJSON())) as Uint8Array<ArrayBuffer>], { type });
    }
    case 'mspdi':
      return new Blob([toMSProjectXML(project.toJSON())], { type });
    case 'json':
      return new Blob([JSON.stringify(project.toJSON(), null, 2)], { type });
    case 'ics':
      return new Blob(
        [toICS(project, options.dueSummary === undefined ? {} : { dueSummary: options.dueSummary })],
        {
          type,
        },
      );
  }
}

/** A loader, or the error saying this build has none (the script-tag bundle). */
function need<T>(loader: (() => Promise<T>) | undefined, what: string): () => Promise<T> {
  if (loader) return loader;
  throw new RoadlineError(
    'UNSUPPORTED',
    `${what} files need the package's ESM build, not the script-tag bundle`,
  );
}
