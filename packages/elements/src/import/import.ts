import '../i18n/en/import.js';
import { importData, type ImportIssue, type Project } from '@roadline/core';
import type { ColumnAssignment, DateOrder } from '@roadline/core/io/csv';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../controllers/announcer.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { createImportEvent } from '../events/import-event.js';
import { baseStyles } from '../styles/tokens.js';
import { ACCEPTED_FILES } from './file-format.js';
import { importStyles } from './import.styles.js';
import { issuesTable, mappingTable, tasksTable } from './preview-table.js';
import {
  loadIssueSentences,
  type ReadResult,
  readFile,
  readTableSource,
  type TableSource,
} from './read-file.js';

const DATE_ORDERS = ['mdy', 'dmy', 'ymd'] as const;

/**
 * The import wizard: the user drops a file on it or picks one (CSV, an Excel workbook, Microsoft
 * Project XML or Roadline JSON; the format is told by the file's first bytes, else its extension),
 * sees the column mapping detected for a table file and changes it with one select per column,
 * previews the first rows with the cells an issue names marked and every issue (row, column,
 * value, problem), then imports into `project` as one undo step: replacing the project's tasks,
 * or added as a new branch (a summary task holding the imported tasks). Every step works by
 * keyboard alone (the file picker is a button; the selects, radios and buttons are native).
 *
 * The parsers load with `import()` when the first file is read, so this element's entry stays
 * small. Rows are matched against the project's people, statuses and fields by name.
 *
 * @summary Import a CSV, Excel, MS Project or JSON file into a project, with mapping and preview.
 *
 * @fires rl-import - The file was imported. `detail: ImportDetail` (`format`, `mode`, `fileName`, `tasks`, `dependencies`, `issues`, `branchId`).
 *
 * @csspart wizard - The whole wizard.
 * @csspart heading - The title.
 * @csspart drop - The drop zone with the file button.
 * @csspart pick - The "Choose a file" button.
 * @csspart status - The line saying what is being read, or what was read.
 * @csspart error - The message shown when a file cannot be read or imported.
 * @csspart preview-scroll - The scrolling box around the preview table.
 * @csspart preview - The preview table (columns, mapping and first rows; or the first tasks).
 * @csspart mapping - The table row of the mapping selects.
 * @csspart field - A column's mapping select.
 * @csspart date-order - The select of how numeric dates are read.
 * @csspart row - A preview row (`issue` too when an issue names the row).
 * @csspart cell - A preview cell (`issue` too when an issue names it; its title says which).
 * @csspart issues-scroll - The scrolling box around the issues table.
 * @csspart issues - The issues table.
 * @csspart issue - One issue (`excluded` too for a row or value left out, `warning` for the rest).
 * @csspart more-issues - The line counting the issues not listed.
 * @csspart no-issues - The line shown when there are none.
 * @csspart mode - The group of "Replace" and "Add as a new branch".
 * @csspart branch-name - The name field of the new branch.
 * @csspart import - The Import button.
 * @csspart cancel - The Cancel button.
 * @csspart announcer - The live region that reads out what happened.
 *
 * @cssprop [--rl-import-drop-border=var(--rl-color-border)] - The drop zone's dashed border color.
 * @cssprop [--rl-import-drop-active=var(--rl-color-accent)] - The drop zone's border while a file is dragged over it.
 * @cssprop [--rl-import-issue-background=color-mix(in srgb, var(--rl-color-warning) 20%, transparent)] - A preview cell an issue names.
 */
export class RlImport extends LitElement {
  static override styles = [baseStyles, importStyles];

  /** The project the file is imported into. */
  @property({ attribute: false }) project: Project | undefined;

  /** How the import goes in unless the user picks otherwise: `replace` (default) or `append`. */
  @property() mode: 'replace' | 'append' = 'replace';

  /** How many rows (or tasks) the preview shows. */
  @property({ type: Number, attribute: 'preview-rows' }) previewRows = 8;

  /** How many issues the list shows (the rest are counted). */
  @property({ type: Number, attribute: 'issue-limit' }) issueLimit = 50;

  /** The language of the wizard's words (default the page's). */
  @property() locale: string | undefined;

  @state() private read: ReadResult | undefined;
  @state() private reading: string | undefined;
  @state() private error: string | undefined;
  @state() private dragging = false;
  @state() private branchName = '';
  @state() private chosenMode: 'replace' | 'append' | undefined;
  /** What the last import put in, shown until the next file. */
  @state() private done: string | undefined;

  private source: TableSource | undefined;
  private dateOrder: DateOrder | undefined;
  /** The latest read asked for: an older one that finishes later is dropped. */
  private ticket = 0;
  private readonly writing = new LocaleController(this, { locale: () => this.locale });
  private readonly announcer = new Announcer(this);

  /** Reads a file as if the user had dropped it (for hosts with a picker of their own). */
  async loadFile(file: Blob & { name: string }): Promise<void> {
    const ticket = ++this.ticket;
    this.error = undefined;
    this.done = undefined;
    this.reading = file.name;
    this.source = undefined;
    this.dateOrder = undefined;
    try {
      // The issue sentences load beside the file and its parser; both are needed to show it.
      const sentences = loadIssueSentences();
      const { result, source } = await readFile(file, this.tableOptions());
      await sentences;
      if (ticket !== this.ticket) return;
      this.read = result;
      this.source = source;
      this.branchName =
        result.format === 'csv' || result.format === 'xlsx'
          ? file.name.replace(/\.[^.]*$/, '')
          : result.data.name;
      this.announcer.announce(this.summary(result));
    } catch (error) {
      if (ticket !== this.ticket) return;
      this.read = undefined;
      this.error = this.writing.t('import.unreadable', { name: file.name, reason: reasonOf(error) });
    } finally {
      if (ticket === this.ticket) this.reading = undefined;
    }
  }

  /** Clears the file read, back to the first step. */
  reset(): void {
    this.ticket++;
    this.read = undefined;
    this.source = undefined;
    this.error = undefined;
    this.reading = undefined;
    this.chosenMode = undefined;
  }

  override render(): TemplateResult {
    const t = this.writing.t;
    const read = this.read;
    return html`<section part="wizard" aria-labelledby="title" aria-busy=${this.reading ? 'true' : 'false'}>
      <h2 id="title" part="heading">${t('import.title')}</h2>
      <div part="drop" class=${this.dragging ? 'drop dragging' : 'drop'}
        @dragover=${this.onDragOver} @dragleave=${this.onDragLeave} @drop=${this.onDrop}>
        <p>${t('import.drop')}</p>
        <button type="button" part="pick" @click=${this.pick}>${t('import.choose')}</button>
        <input type="file" hidden accept=${ACCEPTED_FILES} @change=${this.onPicked} />
      </div>
      ${
        this.reading
          ? html`<p part="status">${t('import.reading', { name: this.reading })}</p>`
          : read
            ? html`<p part="status">${this.summary(read)}</p>`
            : this.done
              ? html`<p part="status">${this.done}</p>`
              : nothing
      }
      ${this.error ? html`<p part="error" role="alert">${this.error}</p>` : nothing}
      ${read ? this.renderRead(read) : nothing}
    </section>`;
  }

  private renderRead(read: ReadResult): TemplateResult {
    const t = this.writing.t;
    const mode = this.chosenMode ?? this.mode;
    const table = read.mapping && read.preview;
    return html`
      ${
        table && read.mapping
          ? html`<label class="inline">${t('import.dateOrder')}
              <select part="date-order" @change=${this.onDateOrder}>
                <option value="" ?selected=${this.dateOrder === undefined}>${t('import.dateOrder.detected')}</option>
                ${DATE_ORDERS.map((o) => html`<option value=${o} ?selected=${this.dateOrder === o}>${t(`import.dateOrder.${o}`)}</option>`)}
              </select></label>
            ${mappingTable(read.mapping, read.preview ?? [], read.issues, t, this.onTarget)}`
          : tasksTable(read.data, this.previewRows, t)
      }
      ${issuesTable(read.issues, this.issueLimit, t)}
      <fieldset part="mode">
        <legend>${t('import.mode')}</legend>
        <label><input type="radio" name="mode" value="replace" .checked=${mode === 'replace'} @change=${this.onMode} />
          ${t('import.replace')}</label>
        <label><input type="radio" name="mode" value="append" .checked=${mode === 'append'} @change=${this.onMode} />
          ${t('import.append')}</label>
        ${
          mode === 'append'
            ? html`<label class="inline">${t('import.branchName')}
                <input part="branch-name" .value=${this.branchName} @input=${this.onBranchName} /></label>`
            : nothing
        }
      </fieldset>
      ${this.project ? nothing : html`<p part="status">${t('import.noProject')}</p>`}
      <div class="actions">
        <button type="button" part="import" class="primary" ?disabled=${!this.project} @click=${this.commit}>
          ${t('import.go', { count: read.data.tasks.length })}</button>
        <button type="button" part="cancel" @click=${this.cancel}>${t('import.cancel')}</button>
      </div>`;
  }

  private summary(read: ReadResult): string {
    const t = this.writing.t;
    const text = t('import.summary', {
      name: read.name,
      format: t(`import.format.${read.format}`),
      count: read.data.tasks.length,
    });
    return `${text}. ${t('import.issues', { count: read.issues.length })}.`;
  }

  private tableOptions() {
    const project = this.project;
    return {
      base: project?.toJSON(),
      projectName: project?.settings.name,
      previewRows: this.previewRows,
    };
  }

  /** Reads the table again with the mapping (and date order) as the user set it. */
  private async reread(): Promise<void> {
    const read = this.read;
    const source = this.source;
    if (!read?.mapping || !source) return;
    const ticket = ++this.ticket;
    const options = {
      ...this.tableOptions(),
      mapping: read.mapping,
      ...(this.dateOrder ? { dateOrder: this.dateOrder } : {}),
    };
    try {
      const next = await readTableSource(source, read.name, options);
      if (ticket !== this.ticket) return;
      this.read = next;
      this.announcer.announce(`${this.writing.t('import.remapped')} ${this.summary(next)}`);
    } catch (error) {
      if (ticket === this.ticket)
        this.error = this.writing.t('import.unreadable', { name: read.name, reason: reasonOf(error) });
    }
  }

  private readonly onTarget = (index: number, target: ColumnAssignment['target']): void => {
    const mapping = this.read?.mapping;
    if (!mapping) return;
    const columns = mapping.columns.map((c) => {
      if (c.index !== index) return c;
      const next: ColumnAssignment = { index: c.index, header: c.header, target, confidence: 1 };
      return next;
    });
    if (this.read) this.read = { ...this.read, mapping: { ...mapping, columns } };
    void this.reread();
  };

  private readonly onDateOrder = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.dateOrder = value === '' ? undefined : (value as DateOrder);
    void this.reread();
  };

  private readonly onMode = (event: Event): void => {
    this.chosenMode = (event.target as HTMLInputElement).value === 'append' ? 'append' : 'replace';
  };

  private readonly onBranchName = (event: Event): void => {
    this.branchName = (event.target as HTMLInputElement).value;
  };

  private readonly pick = (): void => {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
  };

  private readonly onPicked = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.loadFile(file);
  };

  private readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly onDragLeave = (): void => {
    this.dragging = false;
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.loadFile(file);
  };

  private readonly cancel = (): void => {
    this.reset();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=pick]')?.focus());
  };

  private readonly commit = (): void => {
    const read = this.read;
    const project = this.project;
    if (!read || !project) return;
    const mode = this.chosenMode ?? this.mode;
    const t = this.writing.t;
    let result: ReturnType<typeof importData>;
    try {
      const branchName = this.branchName.trim();
      result = importData(
        project,
        read.data,
        mode === 'append' && branchName ? { mode, branchName } : { mode },
      );
    } catch (error) {
      this.error = t('import.unreadable', { name: read.name, reason: reasonOf(error) });
      return;
    }
    const issues: ImportIssue[] = read.issues;
    this.reset();
    this.done = t('import.done', { count: result.tasks });
    this.announcer.announce(this.done);
    this.dispatchEvent(
      createImportEvent({
        format: read.format,
        mode,
        fileName: read.name,
        tasks: result.tasks,
        dependencies: result.dependencies,
        issues,
        ...(result.branchId === undefined ? {} : { branchId: result.branchId }),
      }),
    );
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=pick]')?.focus());
  };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
