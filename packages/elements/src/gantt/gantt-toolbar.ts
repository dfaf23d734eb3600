import type { Project } from '@roadline/core';
import { searchTasks, type PlannerFilter } from '@roadline/core/views/grid';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { downloadBlob } from '../base/download.js';
import type { Translate } from '../i18n/catalogue.js';
import { LevelingTools } from './leveling-tools.js';
import { dataExportOptions, isDataExport, saveDataExport } from './export-data.js';

const EMPTY: ReadonlySet<string> = new Set();

/** The zoom levels of the Gantt's time pane, finest first. */
export const GANTT_ZOOMS = ['hour', 'day', 'week', 'month', 'quarter', 'year'] as const;
export type GanttZoom = (typeof GANTT_ZOOMS)[number];

/** The Gantt's side of its toolbar: the public properties and methods the controls change. */
export interface GanttToolbarHost extends ReactiveControllerHost, HTMLElement {
  zoom: GanttZoom;
  filter: PlannerFilter | undefined;
  baseline: string | undefined;
  compareBaseline: string | undefined;
  readonly readonly: boolean;
  readonly label: string | undefined;
  zoomToFit(): void;
  exportSVG(): string;
  exportPNG(): Promise<Blob>;
  print(): Promise<void>;
  scrollToTask(id: string): Promise<void>;
  /** Selects tasks as the user asked (with the selection events). */
  selectTasks(ids: readonly string[]): void;
}

/**
 * The Gantt's toolbar: zoom out, in and to fit; a search that marks every task it finds and
 * jumps between them (Enter, Shift+Enter, or the arrows beside it); filters by status and person,
 * critical only, late only; undo and redo; the baseline shown, a second one to compare with, and
 * "Take baseline"; exports (PNG, SVG, JSON; and, from export-data.ts, CSV, Excel, MS Project XML
 * and an .ics calendar) and Print; "Level" and "Clear leveling" for people's load. Each control
 * changes the Gantt's own public properties, so a page that replaces the toolbar through the
 * `toolbar` slot can do the same.
 */
export class GanttToolbar {
  /** The search text and what it found, in row order. */
  private text = '';
  private found: readonly string[] = [];
  private at = -1;
  private foundFor: { project: Project; version: number; text: string } | undefined;
  private set: ReadonlySet<string> = EMPTY;
  private readonly host: GanttToolbarHost;
  /** Resources: "Level" and "Clear leveling" (their own file). */
  private readonly leveling: LevelingTools;

  constructor(host: GanttToolbarHost) {
    this.host = host;
    this.leveling = new LevelingTools(host);
  }

  /** The tasks the search found (the grid marks their rows). */
  matches(project: Project | undefined): ReadonlySet<string> {
    if (!project || this.text.trim() === '') return EMPTY;
    const f = this.foundFor;
    if (!f || f.project !== project || f.version !== project.version || f.text !== this.text) {
      this.found = searchTasks(project, this.text, project.wbsOrder());
      this.foundFor = { project, version: project.version, text: this.text };
      this.at = Math.min(this.at, this.found.length - 1);
      this.set = new Set(this.found);
    }
    return this.set;
  }

  /** The toolbar; `presence` (who is here and the connection, in a shared project) ends it. */
  render(
    project: Project | undefined,
    t: Translate,
    presence: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    const host = this.host;
    const matches = this.matches(project);
    const zoomAt = GANTT_ZOOMS.indexOf(host.zoom);
    const filter = host.filter ?? {};
    const status = filter.statuses?.[0] ?? '';
    const person = filter.people?.[0] ?? '';
    const editable = !host.readonly && project !== undefined;
    return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${t('toolbar.label')}>
      <span class="tool-group">
        <button type="button" part="tool" aria-label=${t('toolbar.zoomOut')} title=${t('toolbar.zoomOut')} ?disabled=${zoomAt >= GANTT_ZOOMS.length - 1}
          @click=${() => this.zoomBy(1)}>−</button>
        <button type="button" part="tool" aria-label=${t('toolbar.zoomIn')} title=${t('toolbar.zoomIn')} ?disabled=${zoomAt <= 0}
          @click=${() => this.zoomBy(-1)}>+</button>
        <button type="button" part="tool" @click=${() => host.zoomToFit()}>${t('toolbar.fit')}</button>
      </span>
      <span class="tool-group search" role="search">
        <input type="search" part="search" aria-label=${t('toolbar.searchTasks')} placeholder=${t('toolbar.search')}
          .value=${this.text} @input=${this.onSearchInput} @keydown=${this.onSearchKey} />
        <span class="found" aria-live="polite">${
          this.text.trim() === ''
            ? nothing
            : matches.size === 0
              ? t('toolbar.noMatches')
              : t('toolbar.match', { position: this.at + 1, count: matches.size })
        }</span>
        <button type="button" part="tool" aria-label=${t('toolbar.previousMatch')} ?disabled=${matches.size === 0}
          @click=${() => this.jump(-1)}>↑</button>
        <button type="button" part="tool" aria-label=${t('toolbar.nextMatch')} ?disabled=${matches.size === 0}
          @click=${() => this.jump(1)}>↓</button>
      </span>
      <span class="tool-group">
        <select part="filter" aria-label=${t('toolbar.statusFilter')} @change=${(e: Event) => this.setFilter({ statuses: valueList(e) })}>
          <option value="" ?selected=${status === ''}>${t('toolbar.allStatuses')}</option>
          ${(project?.statuses() ?? []).map((s) => html`<option value=${s.id} ?selected=${status === s.id}>${s.label}</option>`)}
        </select>
        <select part="filter" aria-label=${t('toolbar.personFilter')} @change=${(e: Event) => this.setFilter({ people: valueList(e) })}>
          <option value="" ?selected=${person === ''}>${t('toolbar.everyone')}</option>
          ${(project?.people() ?? []).map((p) => html`<option value=${p.id} ?selected=${person === p.id}>${p.name}</option>`)}
        </select>
        <button type="button" part="tool" aria-pressed=${filter.critical === true ? 'true' : 'false'}
          @click=${() => this.setFilter({ critical: !filter.critical })}>${t('toolbar.critical')}</button>
        <button type="button" part="tool" aria-pressed=${filter.late === true ? 'true' : 'false'}
          @click=${() => this.setFilter({ late: !filter.late })}>${t('toolbar.late')}</button>
      </span>
      <span class="tool-group">
        <button type="button" part="tool" aria-label=${t('toolbar.undo')} title=${t('toolbar.undo')} ?disabled=${!editable || !project?.canUndo}
          @click=${() => project?.undo()}>↶</button>
        <button type="button" part="tool" aria-label=${t('toolbar.redo')} title=${t('toolbar.redo')} ?disabled=${!editable || !project?.canRedo}
          @click=${() => project?.redo()}>↷</button>
      </span>
      <span class="tool-group">
        <select part="baseline" aria-label=${t('toolbar.baseline')} @change=${this.onBaseline}>
          <option value="" ?selected=${host.baseline === ''}>${t('toolbar.noBaseline')}</option>
          ${(project?.baselines() ?? []).map(
            (b, i, all) =>
              html`<option value=${b.id} ?selected=${host.baseline === b.id || (host.baseline === undefined && i === all.length - 1)}>${b.name ?? b.id}</option>`,
          )}
        </select>
        <select part="baseline compare" aria-label=${t('toolbar.compareBaseline')} @change=${this.onCompare}>
          <option value="" ?selected=${!host.compareBaseline}>${t('toolbar.noComparison')}</option>
          ${(project?.baselines() ?? []).map((b) => html`<option value=${b.id} ?selected=${host.compareBaseline === b.id}>${b.name ?? b.id}</option>`)}
        </select>
        <button type="button" part="tool" ?disabled=${!editable} @click=${() => this.takeBaseline(project, t)}>${t('toolbar.takeBaseline')}</button>
      </span>
      ${this.leveling.render(project, t)}
      <select part="export" aria-label=${t('toolbar.export')} @change=${(e: Event) => this.export(e, project, t)}>
        <option value="" selected>${t('toolbar.exportMenu')}</option>
        <option value="png">${t('toolbar.png')}</option>
        <option value="svg">${t('toolbar.svg')}</option>
        <option value="json">${t('toolbar.json')}</option>
        ${dataExportOptions(t)}
      </select>
      <button type="button" part="tool print" @click=${() => void host.print()}>${t('toolbar.print')}</button>${presence}
    </div>`;
  }

  private zoomBy(step: number): void {
    const at = GANTT_ZOOMS.indexOf(this.host.zoom) + step;
    const next = GANTT_ZOOMS[Math.max(0, Math.min(GANTT_ZOOMS.length - 1, at))];
    if (next) this.host.zoom = next;
  }

  private setFilter(change: Partial<PlannerFilter>): void {
    const next: PlannerFilter = { ...this.host.filter, ...change };
    this.host.filter = next;
  }

  /** Moves to the next (or previous) task found, selects it and scrolls both panes to it. */
  private jump(step: 1 | -1): void {
    const count = this.found.length;
    if (count === 0) return;
    this.at = (((this.at + step) % count) + count) % count;
    const id = this.found[this.at] as string;
    this.host.selectTasks([id]);
    void this.host.scrollToTask(id);
    this.host.requestUpdate();
  }

  private readonly onSearchInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.at = -1;
    this.host.requestUpdate();
  };

  private readonly onSearchKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.jump(event.shiftKey ? -1 : 1);
  };

  private readonly onBaseline = (event: Event): void => {
    this.host.baseline = (event.target as HTMLSelectElement).value;
  };

  private readonly onCompare = (event: Event): void => {
    this.host.compareBaseline = (event.target as HTMLSelectElement).value || undefined;
  };

  private takeBaseline(project: Project | undefined, t: Translate): void {
    if (!project || this.host.readonly) return;
    const name = t('toolbar.baselineName', { number: project.baselines().length + 1 });
    const baseline = project.takeBaseline({ name });
    this.host.baseline = baseline.id;
  }

  private async export(event: Event, project: Project | undefined, t: Translate): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const kind = select.value;
    select.value = '';
    if (!project || kind === '') return;
    const name = this.host.label ?? project.settings.name;
    if (kind === 'png') downloadBlob(await this.host.exportPNG(), name, 'png');
    else if (kind === 'svg')
      downloadBlob(new Blob([this.host.exportSVG()], { type: 'image/svg+xml' }), name, 'svg');
    else if (kind === 'json')
      downloadBlob(
        new Blob([JSON.stringify(project.toJSON(), null, 2)], { type: 'application/json' }),
        name,
        'json',
      );
    else if (isDataExport(kind)) await saveDataExport(project, kind, name, t);
  }
}

function valueList(event: Event): string[] {
  const value = (event.target as HTMLSelectElement).value;
  return value === '' ? [] : [value];
}
