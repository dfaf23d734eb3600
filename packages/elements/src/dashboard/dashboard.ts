import '../i18n/en/progress.js';
import '../i18n/en/status-chart.js';
import '../i18n/en/workload.js';
import '../i18n/en/burndown.js';
import '../i18n/en/milestones.js';
import '../i18n/en/late-list.js';
import '../i18n/en/bottlenecks.js';
import '../i18n/en/portfolio.js';
import '../i18n/en/kpi.js';
import '../i18n/en/notes.js';
import '../i18n/en/cumulative-flow.js';
import '../i18n/en/dashboard.js';
import { domToSvg } from '../base/dom-svg.js';
import { drawWhole } from '../base/draw-whole.js';
import { svgToPng } from '../base/svg-png.js';
import { LocaleController } from '../controllers/locale-controller.js';
import type { Project, ProjectData } from '@roadline/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../base/style-props.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { StoreController } from '../base/store-controller.js';
import { Announcer } from '../controllers/announcer.js';
import { DragController, type DragSession } from '../controllers/drag-controller.js';
import { announceChange, requestChange } from '../events/change-events.js';
import type { LayoutChangeDetail } from '../events/layout-change-event.js';
import { baseStyles } from '../styles/tokens.js';
import {
  type DashboardConfig,
  type DashboardWidget,
  DEFAULT_CONFIGS,
  normalizeConfig,
  placeWidget,
  WIDGET_OPTIONS,
  type WidgetType,
} from './config.js';
import { dashboardStyles } from './dashboard.styles.js';
import { type ProjectsInput, ProjectsController } from '../widget/projects-controller.js';

const TAGS: Record<WidgetType, StaticValue> = {
  progress: literal`rl-progress`,
  status: literal`rl-status-chart`,
  workload: literal`rl-workload`,
  burndown: literal`rl-burndown`,
  burnup: literal`rl-burndown`,
  milestones: literal`rl-milestones`,
  late: literal`rl-late-list`,
  bottlenecks: literal`rl-bottlenecks`,
  portfolio: literal`rl-portfolio`,
  kpi: literal`rl-kpi`,
  notes: literal`rl-notes`,
  'cumulative-flow': literal`rl-cumulative-flow`,
};

/** The catalogue key of each widget type's default title. */
const TITLES = {
  progress: 'widget.progress',
  status: 'widget.status',
  workload: 'widget.workload',
  burndown: 'widget.burndown',
  burnup: 'widget.burnup',
  milestones: 'widget.milestones',
  late: 'widget.late',
  bottlenecks: 'widget.bottlenecks',
  portfolio: 'widget.portfolio',
  kpi: 'widget.kpi',
  notes: 'widget.notes',
  'cumulative-flow': 'widget.cumulativeFlow',
} as const satisfies Record<WidgetType, string>;

interface DragPayload {
  id: string;
  mode: 'move' | 'resize';
  origin: DashboardWidget;
  cellWidth: number;
  cellHeight: number;
}

/**
 * A responsive grid of dashboard widgets over one project or many, configured by JSON
 * (`{ columns, rowHeight, widgets: [{ id, type, x, y, w, h, title?, projects?, filter?, options? }] }`).
 * Widgets move by dragging their handle and resize by dragging their corner; with the keyboard,
 * focus a handle and use the arrow keys to move, Shift + arrow keys to resize. Every layout change
 * fires the cancelable `rl-before-layout-change`, then `rl-layout-change` with the whole new
 * config for the host to persist. On a narrow container the widgets stack in one column.
 *
 * Widget types: `progress`, `status`, `workload`, `burndown`, `burnup`, `milestones`, `late`,
 * `bottlenecks`, `portfolio`, `kpi`, `notes`, `cumulative-flow` — each also a standalone element.
 *
 * @summary A grid of widgets over one or many projects, arranged by drag or keyboard.
 *
 * @fires rl-before-layout-change - A widget is about to move or resize; cancel to veto. `detail: LayoutChangeDetail`.
 * @fires rl-layout-change - A widget moved or resized. `detail.config` is the new layout.
 * @fires rl-item-click - An item was chosen in a widget (bubbles from the widget).
 * @fires rl-before-note-change - A note is about to be added, edited or deleted in a notes widget; cancel to veto. `detail: NoteChangeDetail`.
 * @fires rl-note-change - A note was added, edited or deleted in a notes widget. `detail: NoteChangeDetail`.
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The dashboard's heading (when `label` is set).
 * @csspart grid - The grid.
 * @csspart widget - A widget's cell (also `dragging` while it moves).
 * @csspart handle - The button to move (drag or arrows) and resize (Shift + arrows) a widget.
 * @csspart resize - The corner to resize a widget by dragging.
 * @csspart error - The message shown when the input cannot be read.
 * @csspart announcer - The live region that reads out layout changes.
 *
 * @cssprop [--rl-dashboard-gap=var(--rl-space-3)] - Space between widgets.
 * @cssprop [--rl-dashboard-background=var(--rl-color-surface-raised)] - The dashboard's background.
 * @cssprop [--rl-dashboard-padding=var(--rl-space-3)] - Space around the grid.
 */
export class RlDashboard extends LitElement {
  static override styles = [baseStyles, dashboardStyles];

  /** The project of every widget that names none. */
  @property({ attribute: false }) project: Project | undefined;

  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;

  /** Many projects (an array, or a record by key): for portfolio widgets and widgets that name `projects`. */
  @property({ attribute: false }) projects: ProjectsInput | undefined;

  /**
   * The layout and the widgets; as an attribute, JSON. Without one, a default: for a project, key
   * figures, progress, status, milestones, workload, late work and bottlenecks; for `projects`
   * alone, the portfolio.
   */
  @property({ type: Object }) config: DashboardConfig | undefined;

  /** The date every widget computes for (`YYYY-MM-DD`); default the viewer's local date. */
  @property() today: string | undefined;

  /** The dashboard's heading (also its accessible name). */
  @property() label: string | undefined;

  /**
   * BCP 47 language of the dashboard's and its widgets' words, dates and numbers; default the
   * nearest `lang` attribute (this element's or an ancestor's), else the browser's.
   */
  @property() locale: string | undefined;

  private readonly writing = new LocaleController(this, { locale: () => this.locale });

  @state() private preview: DashboardWidget | undefined;

  private readonly store = new StoreController(this);
  private readonly many = new ProjectsController(this, () => this.projects);
  private readonly announcer = new Announcer(this);
  private readonly drag = new DragController<DragPayload>(this, {
    start: (event) => this.dragStart(event),
    move: (session) => {
      this.preview = this.dragged(session);
    },
    end: (session) => {
      this.preview = undefined;
      const next = this.dragged(session);
      this.commit(next, 'pointer');
    },
    cancel: () => {
      this.preview = undefined;
    },
  });

  /** The store and error the last render showed. */
  private shown: { project: Project | undefined; error: unknown } | undefined;

  /**
   * A change inside a store re-renders the widgets that show it (each follows its store), not the
   * grid: only a new store, an error, or a property of the dashboard changes what the grid shows.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const shown = this.shown;
    if (
      changed.size === 0 &&
      shown !== undefined &&
      shown.project === this.store.project &&
      shown.error === this.store.error
    ) {
      return false;
    }
    return super.shouldUpdate(changed);
  }

  /** The layout as shown: the config (or the default for the data given), normalized. */
  get layout(): ReturnType<typeof normalizeConfig> {
    if (this.config !== undefined) return normalizeConfig(this.config);
    const portfolio = this.store.project === undefined && this.many.projects.length > 0;
    return normalizeConfig(DEFAULT_CONFIGS[portfolio ? 'portfolio' : 'project']);
  }

  /**
   * The whole dashboard as SVG text: every widget, also those below the fold of a dashboard that
   * scrolls, with its boxes, text and charts as they look on screen (what a widget scrolls out of
   * its card stays out), no `foreignObject`. The page does not move.
   */
  exportSVG(): string {
    // Widgets keep their size in the grid: nothing to lay out anew, only the scroll to undo.
    return drawWhole(
      this,
      () => {},
      () => domToSvg(this),
    );
  }

  /** The whole dashboard as a PNG image (as `exportSVG()` draws it). */
  exportPNG(): Promise<Blob> {
    return svgToPng(this.exportSVG());
  }

  override render(): TemplateResult {
    this.shown = { project: this.store.project, error: this.store.error };
    if (this.store.error) return html`<p part="error" role="alert">${this.store.error.message}</p>`;
    const layout = this.layout;
    return html`
      ${this.label ? html`<h2 part="heading" id="heading">${this.label}</h2>` : nothing}
      <p id="keys" class="visually-hidden">${this.writing.t('dashboard.keys')}</p>
      <div
        part="grid"
        role="region"
        aria-label=${this.label ?? this.writing.t('dashboard.label')}
        ${styleProps({ '--_columns': String(layout.columns), '--_row-height': `${layout.rowHeight}px` })}
      >
        ${layout.widgets.map((w) => this.cell(this.preview?.id === w.id ? this.preview : w))}
      </div>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Widget options go to the widget elements as properties, limited to each type's own settings.
    for (const w of this.layout.widgets) {
      const el = this.renderRoot.querySelector(`[data-widget="${CSS.escape(w.id)}"]`);
      if (!el) continue;
      const target = el as unknown as Record<string, unknown>;
      for (const key of WIDGET_OPTIONS[w.type]) {
        if (w.options && Object.hasOwn(w.options, key) && target[key] !== w.options[key])
          target[key] = w.options[key];
      }
    }
  }

  private cell(w: DashboardWidget): TemplateResult {
    const title = w.title ?? this.writing.t(TITLES[w.type]);
    const { project, projects } = this.sources(w);
    const dragging = this.preview?.id === w.id;
    return html`<div
      part="widget${dragging ? ' dragging' : ''}"
      role="group"
      aria-label=${title}
      data-id=${w.id}
      ${styleProps({ gridColumn: `${w.x + 1} / span ${w.w}`, gridRow: `${w.y + 1} / span ${w.h}` })}
    >
      <button
        part="handle"
        data-drag="move"
        data-id=${w.id}
        aria-label=${this.writing.t('dashboard.handle', { title, x: w.x + 1, y: w.y + 1, w: w.w, h: w.h })}
        aria-describedby="keys"
        @keydown=${(e: KeyboardEvent) => this.onKey(e, w)}
      >
        <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14"><path d="M2 3h10M2 7h10M2 11h10"></path></svg>
      </button>
      ${staticHtml`<${TAGS[w.type]}
        data-widget=${w.id}
        .project=${project}
        .projects=${projects}
        .filter=${w.filter}
        today=${this.today ?? nothing}
        .locale=${this.locale}
        label=${title}
        mode=${w.type === 'burnup' ? 'burnup' : nothing}
      ></${TAGS[w.type]}>`}
      <span part="resize" data-drag="resize" data-id=${w.id} aria-hidden="true"></span>
    </div>`;
  }

  /** The store a widget shows, and the stores of a portfolio. */
  private sources(w: DashboardWidget): { project: Project | undefined; projects: Project[] | undefined } {
    const all = this.many.projects;
    const chosen = w.projects?.length
      ? all
          .filter((e) => w.projects?.includes(e.key) || w.projects?.includes(e.project.settings.id))
          .map((e) => e.project)
      : undefined;
    if (w.type === 'portfolio') {
      const list = chosen ?? all.map((e) => e.project);
      return { project: this.store.project, projects: list.length ? list : undefined };
    }
    return { project: chosen?.[0] ?? this.store.project ?? all[0]?.project, projects: undefined };
  }

  private dragStart(event: PointerEvent): DragPayload | undefined {
    const handle = event
      .composedPath()
      .find((n) => n instanceof HTMLElement && n.dataset.drag !== undefined) as HTMLElement | undefined;
    const id = handle?.dataset.id;
    const origin = this.layout.widgets.find((w) => w.id === id);
    const grid = this.renderRoot.querySelector('[part="grid"]');
    const section = handle?.closest('[part~="widget"]');
    if (!handle || !origin || !grid || !section) return undefined;
    const gap = Number.parseFloat(getComputedStyle(grid).columnGap) || 0;
    const columns = this.layout.columns;
    const rect = section.getBoundingClientRect();
    return {
      id: origin.id,
      mode: handle.dataset.drag === 'resize' ? 'resize' : 'move',
      origin,
      cellWidth: (grid.getBoundingClientRect().width + gap) / columns,
      cellHeight: (rect.height + gap) / origin.h,
    };
  }

  private dragged(session: DragSession<DragPayload>): DashboardWidget {
    const { origin, mode, cellWidth, cellHeight } = session.payload;
    const dx = Math.round(session.dx / cellWidth);
    const dy = Math.round(session.dy / cellHeight);
    const columns = this.layout.columns;
    if (mode === 'resize') {
      const w = Math.min(columns - origin.x, Math.max(1, origin.w + dx));
      return { ...origin, w, h: Math.max(1, origin.h + dy) };
    }
    return {
      ...origin,
      x: Math.min(columns - origin.w, Math.max(0, origin.x + dx)),
      y: Math.max(0, origin.y + dy),
    };
  }

  private onKey(event: KeyboardEvent, w: DashboardWidget): void {
    const step: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const delta = step[event.key];
    if (!delta) return;
    event.preventDefault();
    const [dx, dy] = delta;
    const next = event.shiftKey
      ? { ...w, w: Math.max(1, Math.min(this.layout.columns - w.x, w.w + dx)), h: Math.max(1, w.h + dy) }
      : { ...w, x: Math.max(0, Math.min(this.layout.columns - w.w, w.x + dx)), y: Math.max(0, w.y + dy) };
    this.commit(next, 'keyboard');
  }

  /** Applies a new place for one widget after asking the host; announces it. */
  private commit(next: DashboardWidget, via: LayoutChangeDetail['via']): void {
    const previous = this.layout;
    const current = previous.widgets.find((w) => w.id === next.id);
    if (
      !current ||
      (current.x === next.x && current.y === next.y && current.w === next.w && current.h === next.h)
    ) {
      return;
    }
    const config = placeWidget(previous, next.id, next);
    const widget = config.widgets.find((w) => w.id === next.id) ?? next;
    const detail: LayoutChangeDetail = { config, previous, widget, via };
    if (!requestChange(this, 'layout-change', detail)) return;
    this.config = config;
    const title = widget.title ?? this.writing.t(TITLES[widget.type]);
    this.announcer.announce(
      this.writing.t('dashboard.placed', {
        title,
        x: widget.x + 1,
        y: widget.y + 1,
        w: widget.w,
        h: widget.h,
      }),
    );
    announceChange(this, 'layout-change', detail);
    if (via === 'keyboard') {
      this.updateComplete.then(() => {
        const handle = this.renderRoot.querySelector<HTMLElement>(
          `[part="handle"][data-id="${CSS.escape(widget.id)}"]`,
        );
        handle?.focus();
      });
    }
  }
}
