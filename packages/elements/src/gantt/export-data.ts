/**
 * The Gantt toolbar's data exports beside its images: CSV, Excel, Microsoft Project XML and an
 * `.ics` calendar of milestones and due dates (JSON was there before). The options are rendered
 * from here; the writers load with `import()` only when one is chosen, so the Gantt's entry does
 * not carry them.
 */
import '../i18n/en/export.js';
import type { Project } from '@roadline/core';
import { html, type TemplateResult } from 'lit';
import { loadCSV, loadXLSX } from '../base/data-loaders.js';
import { downloadBlob } from '../base/download.js';
import type { Translate } from '../i18n/catalogue.js';

type DataFormat = 'csv' | 'xlsx' | 'mspdi' | 'ics';
/** CSV and Excel where the build can load their writers (not the script-tag bundle). */
const DATA_FORMATS: readonly DataFormat[] = [
  ...(loadCSV ? (['csv'] as const) : []),
  ...(loadXLSX ? (['xlsx'] as const) : []),
  'mspdi',
  'ics',
];

/** The `<option>`s of the data formats for the toolbar's export select. */
export function dataExportOptions(t: Translate): TemplateResult {
  return html`${DATA_FORMATS.map((f) => html`<option value=${f}>${t(`export.${f}`)}</option>`)}`;
}

/** Whether an export select's value is one of these formats. */
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
