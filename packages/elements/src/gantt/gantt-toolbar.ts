import type { Project } from '@roadline/core';
import { searchTasks, type PlannerFilter } from '@roadline/core/views/grid';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { downloadBlob } from '../base/download.js';
import { type MenuItem, MenuButton } from '../editing/menu-button.js';
import type { Translate } from '../i18n/catalogue.js';
import { LevelingTools } from './leveling-tools.js';
import { DATA_FORMATS, isDataExport, saveDataExport } from './export-data.js';

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
 * The Gantt's toolbar: zoom out, in and to fit; a search (a Search button opens its box) that
 * marks every task it finds and jumps between them (Enter, Shift+Enter, or the arrows beside it); a Filter menu (a status, a
 * person) and toggles for critical only and late only; undo and redo; a Baseline menu (the
 * baseline shown, a second one to compare with, "Take baseline"); "Level" and "Clear leveling" for
 * people's load; an Export menu (PNG, SVG, JSON; and, from export-data.ts, CSV, Excel, MS Project
 * XML and an .ics calendar) and Print. The menus are menu buttons whose items exist only while
 * open, so the toolbar's first render is a row of buttons. Each control changes the Gantt's own
 * public properties, so a page that replaces the toolbar through the `toolbar` slot can do the same.
 */
export class GanttToolbar {
  /** Whether the search box is shown (from its first use on). */
  private searching = false;
  /** The search text and what it found, in row order. */
  private text = '';
  private found: readonly string[] = [];
  private at = -1;
  private foundFor: { project: Project; version: number; text: string } | undefined;
  private set: ReadonlySet<string> = EMPTY;
  private readonly host: GanttToolbarHost;
  /** Resources: "Level" and "Clear leveling" (their own file). */
  private readonly leveling: LevelingTools;
  private readonly filterMenu: MenuButton;
  private readonly baselineMenu: MenuButton;
  private readonly exportMenu: MenuButton;
  /** The store and the words of the last render, which the menus list from. */
  private project: Project | undefined;
  private t: Translate = (key) => key;

  constructor(host: GanttToolbarHost) {
    this.host = host;
    this.leveling = new LevelingTools(host);
    this.filterMenu = new MenuButton(host, {
      name: 'filter-menu',
      items: () => this.filterItems(),
      chosen: (item) => this.filterChosen(item),
    });
    this.baselineMenu = new MenuButton(host, {
      name: 'baseline-menu',
      items: () => this.baselineItems(),
      chosen: (item) => this.baselineChosen(item),
    });
    this.exportMenu = new MenuButton(host, {
      name: 'export-menu',
      items: () => {
        const t = this.t;
        const kinds = ['png', 'svg', 'json'] as const;
        return [
          ...kinds.map((id) => ({ id, label: t(`toolbar.${id}`) })),
          ...DATA_FORMATS.map((id) => ({ id, label: t(`export.${id}`) })),
        ];
      },
      chosen: (item) => void this.export(item.id),
    });
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
    this.project = project;
    this.t = t;
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
      ${this.renderSearch(matches, t)}
      <span class="tool-group">
        ${this.filterMenu.render({ label: t('toolbar.filter'), part: `tool filter${status !== '' || person !== '' ? ' active' : ''}` }, 'menu-anchor start')}
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
        ${this.baselineMenu.render({ label: t('toolbar.baselineMenu'), part: 'tool baseline' }, 'menu-anchor start')}
      </span>
      ${this.leveling.render(project, t)}
      ${this.exportMenu.render({ label: t('toolbar.export'), part: 'tool export' })}
      <button type="button" part="tool print" @click=${() => void host.print()}>${t('toolbar.print')}</button>${presence}
    </div>`;
  }

  /**
   * The search: a button until first used (a search box is the toolbar's costliest control to
   * draw), then the box, focused, with its count and the previous and next arrows.
   */
  private renderSearch(matches: ReadonlySet<string>, t: Translate): TemplateResult {
    return this.searching
      ? this.searchBox(matches, t)
      : html`<button type="button" part="tool search-button" @click=${this.openSearch}>${t('toolbar.searchTasks')}</button>`;
  }

  private searchBox(matches: ReadonlySet<string>, t: Translate): TemplateResult {
    return html`<span class="tool-group search" role="search">
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
      </span>`;
  }

  private readonly openSearch = async (): Promise<void> => {
    this.searching = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLInputElement>('input[part~="search"]')?.focus();
  };

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

  /** The Filter menu: one status (or all), one person (or everyone). */
  private filterItems(): MenuItem[] {
    const { project, t } = this;
    const filter = this.host.filter;
    const statuses = (project?.statuses() ?? []).map((s) => ({ id: s.id, label: s.label }));
    const people = (project?.people() ?? []).map((p) => ({ id: p.id, label: p.name }));
    return [
      ...radioGroup(
        'status',
        t('toolbar.statusFilter'),
        t('toolbar.allStatuses'),
        statuses,
        filter?.statuses?.[0],
      ),
      ...radioGroup('person', t('toolbar.personFilter'), t('toolbar.everyone'), people, filter?.people?.[0]),
    ];
  }

  private filterChosen(item: MenuItem): void {
    const [kind, ...rest] = item.id.split(':');
    const id = rest.join(':');
    const list = id === '' ? [] : [id];
    this.setFilter(kind === 'status' ? { statuses: list } : { people: list });
  }

  /** The Baseline menu: the baseline shown, the one compared with, and "Take baseline". */
  private baselineItems(): MenuItem[] {
    const { project, t } = this;
    const { baseline, compareBaseline } = this.host;
    const all = (project?.baselines() ?? []).map((b) => ({ id: b.id, label: b.name ?? b.id }));
    const shown = baseline === undefined ? all[all.length - 1]?.id : baseline || undefined;
    return [
      ...radioGroup('show', t('toolbar.baseline'), t('toolbar.noBaseline'), all, shown),
      ...radioGroup(
        'compare',
        t('toolbar.compareBaseline'),
        t('toolbar.noComparison'),
        all,
        compareBaseline || undefined,
      ),
      { id: 'take', label: t('toolbar.takeBaseline'), disabled: this.host.readonly || !project, section: '' },
    ];
  }

  private baselineChosen(item: MenuItem): void {
    if (item.id === 'take') {
      this.takeBaseline();
      return;
    }
    const [kind, ...rest] = item.id.split(':');
    const id = rest.join(':');
    if (kind === 'show') this.host.baseline = id;
    else this.host.compareBaseline = id || undefined;
  }

  private takeBaseline(): void {
    const { project, t } = this;
    if (!project || this.host.readonly) return;
    const name = t('toolbar.baselineName', { number: project.baselines().length + 1 });
    const baseline = project.takeBaseline({ name });
    this.host.baseline = baseline.id;
  }

  private async export(kind: string): Promise<void> {
    const { project, t } = this;
    if (!project) return;
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

/**
 * A named group of radio items `<kind>:<id>`, led by `<kind>:` (`none`, checked when no id is):
 * how the toolbar's menus offer one choice of a list, or none.
 */
function radioGroup(
  kind: string,
  section: string,
  none: string,
  choices: readonly { id: string; label: string }[],
  checked: string | undefined,
): MenuItem[] {
  return [
    { id: `${kind}:`, label: none, kind: 'radio', checked: checked === undefined, section },
    ...choices.map(
      (c): MenuItem => ({ id: `${kind}:${c.id}`, label: c.label, kind: 'radio', checked: checked === c.id }),
    ),
  ];
}
