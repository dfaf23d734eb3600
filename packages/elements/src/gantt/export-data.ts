/**
 * The Gantt toolbar's data exports beside its images: CSV, Excel, Microsoft Project XML and an
 * `.ics` calendar of milestones and due dates (JSON was there before). The Export menu lists
 * `DATA_FORMATS`; the writers load with `import()` only when one is chosen, so the Gantt's entry does
 * not carry them.
 */
import '../i18n/en/export.js';
import type { Project } from '@roadline/core';
import { loadCSV, loadXLSX } from '../base/data-loaders.js';
import { downloadBlob } from '../base/download.js';
import type { Translate } from '../i18n/catalogue.js';

type DataFormat = 'csv' | 'xlsx' | 'mspdi' | 'ics';
/** The data formats, in menu order: CSV and Excel where the build can load their writers (not the script-tag bundle). */
export const DATA_FORMATS: readonly DataFormat[] = [
  ...(loadCSV ? (['csv'] as const) : []),
  ...(loadXLSX ? (['xlsx'] as const) : []),
  'mspdi',
  'ics',
];

/** Whether an export menu item is one of these formats. */
export function isDataExport(value: string): value is DataFormat {
  return (DATA_FORMATS as readonly string[]).includes(value);
}

/** Makes the file of `format` and downloads it as `name`. */
export async function saveDataExport(
  project: Project,
  format: DataFormat,
  name: string,
  t: Translate,
): Promise<void> {
  const { exportProject, EXPORT_EXTENSIONS } = await import('../base/export-data.js');
  const blob = await exportProject(project, format, { dueSummary: t('export.dueSummary') });
  downloadBlob(blob, name, EXPORT_EXTENSIONS[format]);
}
