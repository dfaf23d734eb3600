import '../i18n/en/export.js';
import type { Project } from '@roadline/core';
import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { downloadBlob, downloadName } from '../base/download.js';
import { loadCSV, loadXLSX } from '../base/data-loaders.js';
import type { ExportFormat } from '../base/export-data.js';
import { Announcer } from '../controllers/announcer.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { createExportEvent } from '../events/export-event.js';
import { baseStyles } from '../styles/tokens.js';
import { exportMenuStyles } from './export-menu.styles.js';

const ALL_FORMATS: readonly ExportFormat[] = [
  ...(loadCSV ? (['csv'] as const) : []),
  ...(loadXLSX ? (['xlsx'] as const) : []),
  'mspdi',
  'json',
  'ics',
];

/**
 * A menu that saves a project as a file for another tool: CSV, an Excel workbook, Microsoft
 * Project XML, Roadline JSON, or an iCalendar file (`.ics`) of its milestones and due dates for a
 * calendar app. Choosing a format makes the file, fires the cancelable `rl-export` with it, and
 * downloads it unless the event was canceled (a host that uploads the file instead cancels it).
 * The spreadsheet writers load with `import()` on first use. A native select: keyboard operable
 * as the platform's.
 *
 * @summary Export a project as CSV, Excel, MS Project XML, JSON or an .ics calendar.
 *
 * @fires rl-export - A file was made. `detail: ExportDetail` (`format`, `fileName`, `blob`); cancel to skip the download.
 *
 * @csspart select - The menu (a select).
 * @csspart announcer - The live region that says the file was made.
 */
export class RlExportMenu extends LitElement {
  static override styles = [baseStyles, exportMenuStyles];

  /** The project to export. */
  @property({ attribute: false }) project: Project | undefined;

  /** The file name without extension; default the project's name. */
  @property() filename: string | undefined;

  /** The formats offered, in order (default all: `csv`, `xlsx`, `mspdi`, `json`, `ics`). */
  @property({ attribute: false }) formats: readonly ExportFormat[] = ALL_FORMATS;

  /** The language of the menu's words (default the page's). */
  @property() locale: string | undefined;

  private readonly writing = new LocaleController(this, { locale: () => this.locale });
  private readonly announcer = new Announcer(this);

  /** Makes the file of `format` (no download, no event): what the menu saves. */
  async exportAs(format: ExportFormat): Promise<Blob> {
    const project = this.project;
    if (!project) throw new Error('rl-export-menu has no project');
    const { exportProject } = await import('../base/export-data.js');
    return exportProject(project, format, { dueSummary: this.writing.t('export.dueSummary') });
  }

  override render(): TemplateResult {
    const t = this.writing.t;
    return html`<select part="select" aria-label=${t('export.label')} ?disabled=${!this.project} @change=${this.onChange}>
      <option value="" selected>${t('export.menu')}</option>
      ${this.formats.map((f) => html`<option value=${f}>${t(`export.${f}`)}</option>`)}
    </select>`;
  }

  private readonly onChange = async (event: Event): Promise<void> => {
    const select = event.target as HTMLSelectElement;
    const format = select.value as ExportFormat | '';
    select.value = '';
    const project = this.project;
    if (!project || format === '') return;
    const [blob, { EXPORT_EXTENSIONS }] = await Promise.all([
      this.exportAs(format),
      import('../base/export-data.js'),
    ]);
    const name = this.filename ?? project.settings.name;
    const extension = EXPORT_EXTENSIONS[format];
    const detail = { format, fileName: downloadName(name, extension), blob };
    if (this.dispatchEvent(createExportEvent(detail))) downloadBlob(blob, name, extension);
    const t = this.writing.t;
    this.announcer.announce(t('export.done', { format: t(`export.${format}`) }));
  };
}
