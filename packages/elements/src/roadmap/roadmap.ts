import '../i18n/en/roadmap.js';
import { noneLabel } from '../i18n/none-label.js';
import type { Project, ProjectData } from '@roadline/core';
import { todayDate, todayMinutes } from '@roadline/core/views/dates';
import {
  type BucketRule,
  isRoadmapLaneField,
  isRoadmapZoom,
  type RoadmapLaneField,
  type RoadmapZoom,
  stepRoadmapZoom,
} from '@roadline/core/views/roadmap';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { commitTaskEdit } from '../base/commit-task-edit.js';
import { partAt } from '../base/part-at.js';
import { PresenceController } from '../base/presence-controller.js';
import { presenceBar } from '../base/presence-marks.js';
import { StoreController } from '../base/store-controller.js';
import { Announcer } from '../controllers/announcer.js';
import { ConfirmDialog } from '../editing/confirm-dialog.js';
import { editingStyles, emptyStateStyles } from '../editing/editing.styles.js';
import { createTask, emptyState } from '../editing/empty-state.js';
import { removeTasks } from '../editing/remove-tasks.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { TooltipController } from '../controllers/tooltip-controller.js';
import { UndoKeysController } from '../controllers/undo-keys-controller.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import { createTaskClickEvent } from '../events/task-click-event.js';
import type { TaskChangeDetail } from '../events/task-change-event.js';
import { baseStyles } from '../styles/tokens.js';
import { BucketMoves } from './bucket-moves.js';
import { bucketsView } from './roadmap-buckets-view.js';
import { roadmapScene, type Scene, sceneToPng, sceneToSvg } from './roadmap-export.js';
import { BarEdits } from './bar-edits.js';
import { firstInNav, navTarget } from './roadmap-nav.js';
import { renderToolbar } from './roadmap-toolbar.js';
import type { RoadmapColorBy, RoadmapFilter, RoadmapModel } from './roadmap-model.js';
import { roadmapStyles } from './roadmap.styles.js';
import { CardFocus } from './roadmap-card-focus.js';
import { ModelCache } from './roadmap-model-cache.js';
import { RoadmapWindow } from './roadmap-window.js';
import { TextWidths } from './text-widths.js';
import { renderTimeline, renderTooltip } from './roadmap-view.js';

/** Which layout the roadmap shows. */
export type RoadmapView = 'timeline' | 'buckets';

export type { RoadmapPreview } from './bar-edits.js';

const ROW_HEIGHT = 36;

/**
 * A product roadmap: features as bars on lanes (by theme or team, person, status, priority or
 * release) over months, quarters or halves, with releases and milestones as labelled markers and
 * a today line; or the same features as now / next / later columns. Bars are packed into the
 * fewest rows per lane. Drag a bar to move it in time or to another lane (which sets that lane's
 * field), drag an edge to resize; every change is one undoable store transaction.
 *
 * By default (`zoom="fit"`) the timeline spreads the features' span over the element's width and
 * fits again when the element is resized. A feature's name sits inside its bar when it fits,
 * else after the bar's end (left of it right to left) where packing keeps room for it; it is cut
 * with an ellipsis only when neither place holds it, and is always the bar's accessible name and
 * tooltip. Marker labels never overlap: crowded ones go to a second or third row, and what still
 * does not fit is counted in a `+N` badge whose tooltip names them.
 *
 * In the now / next / later view, drag a card to another bucket, lane or position. What a bucket
 * drop changes follows the bucket rule: by `field`, the field gets the bucket's value; by
 * `status`, the bucket's first status (or the first status of its category); by `date`, the
 * feature's start moves to the bucket's first day, its duration kept. Another lane sets the lane's
 * field; a position between two cards sets `order` (the position a board column shares).
 *
 * Keyboard: arrows move focus between features; Space lifts the focused feature, arrows then
 * move it in time (left, right) or across lanes (up, down), Space drops and Escape cancels;
 * Shift+arrows change its end, Alt+Shift+arrows its start; Ctrl+Z / Ctrl+Shift+Z undo and redo;
 * + and − zoom in and out (from `fit`, to the nearest fixed level), 0 fits the span to the width
 * again. On a card, Space lifts it the same way: left and right move it to the previous or
 * next bucket, up and down through the positions of its column, lane by lane.
 *
 * Give it `.project` (a core store shared with other views), `.data` or an inline
 * `<script type="application/json">` child.
 *
 * @summary Features and releases on lanes over time, or now / next / later.
 *
 * @fires rl-before-task-change - Cancelable: a feature is about to move, resize, change lane or change bucket. `detail`: `{ taskId, patch, source }`.
 * @fires rl-task-change - A feature was moved, resized, moved to another lane or bucket (the store has changed).
 * @fires rl-before-task-remove - Cancelable: Delete or Backspace is about to delete the focused feature (a summary asks first).
 * @fires rl-task-remove - A feature was deleted (one undo step brings it back, with its links).
 * @fires rl-task-click - A feature was clicked (`open: true` on double-click or Enter).
 * @fires rl-error - The data does not parse or is not valid, or the store refused a change.
 *
 * @csspart toolbar - The row of view controls; in a shared project it ends with `presence`: the
 *   connection (`presence-status`) and an `avatar` per other person in the room.
 * @csspart header - The time axis (years over months, quarters or halves, and the marker labels).
 * @csspart lane-header - A lane's label cell; also `collapsed` when collapsed.
 * @csspart lane-toggle - The button that collapses or expands a lane.
 * @csspart bar - A feature bar; also `selected`, `preview` and `peer-selected` (another person in a shared
 *   project selects it: outlined in their color, their names as its title).
 * @csspart progress - The progress line at the bottom of a bar.
 * @csspart today - The today line.
 * @csspart tooltip - The tooltip about the hovered or focused feature.
 * @csspart buckets - The now / next / later table.
 * @csspart card - A feature card in the now / next / later table; also `selected` (clicked), `preview` while it is
 *   being moved and `peer-selected` (another person in a shared project selects it: outlined in their color,
 *   their names as its title).
 * @csspart drop-indicator - Where a dragged card would land among a cell's cards.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-roadmap-height=480px] - The element's height (the content scrolls inside).
 * @cssprop [--rl-roadmap-lane-width=180px] - Width of the lane label column.
 * @cssprop [--rl-roadmap-background=var(--rl-color-surface)] - Background.
 * @cssprop [--rl-roadmap-lane-alt-background=var(--rl-color-surface-raised)] - Every other lane.
 * @cssprop [--rl-roadmap-border-color=var(--rl-color-border)] - Grid and lane lines.
 * @cssprop [--rl-roadmap-bar-background=var(--rl-color-surface-raised)] - A bar's fill behind its label.
 * @cssprop [--rl-roadmap-bar-color=var(--rl-color-accent)] - A bar's edge when its status or priority has no color.
 * @cssprop [--rl-roadmap-release-color=var(--rl-color-accent)] - Release markers.
 * @cssprop [--rl-roadmap-today-color=var(--rl-color-danger)] - The today line.
 */
export class RlRoadmap extends LitElement {
  static override styles = [baseStyles, roadmapStyles, editingStyles, emptyStateStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;

  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;

  /** What the lanes are: `group` (themes or teams), `person`, `status`, `priority` or `release`. */
  @property({ attribute: 'lane-by' }) laneBy: RoadmapLaneField = 'group';

  /** `timeline` (bars over time) or `buckets` (now / next / later). */
  @property({ reflect: true }) view: RoadmapView = 'timeline';

  /**
   * The time axis: `fit` (the features' span fills the width, re-fitted on resize; its header
   * shows months, quarters or halves as the density allows), or a fixed `month`, `quarter` or
   * `half` density that scrolls.
   */
  @property({ reflect: true }) zoom: RoadmapZoom = 'fit';

  /** What colors the bars: `status`, `priority` or `lane`. */
  @property({ attribute: 'color-by' }) colorBy: RoadmapColorBy = 'status';

  /** Draw dependency arrows between features. */
  @property({ type: Boolean, attribute: 'show-dependencies', reflect: true }) showDependencies = false;

  /** No editing: bars cannot be dragged, resized or moved by keyboard. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Today as `YYYY-MM-DD`; default the viewer's date. Drives the today line and date buckets. */
  @property() today: string | undefined;

  /** Only features whose `field` value is one of `values`. */
  @property({ attribute: false }) filter: RoadmapFilter | undefined;

  /** How the now / next / later view sorts features: `date`, `status` or `field`. */
  @property({ attribute: 'bucket-by' }) bucketBy: 'date' | 'status' | 'field' = 'date';

  /** The field the `field` bucket rule reads (values `now`, `next`, `later`). */
  @property({ attribute: 'bucket-field' }) bucketField = 'horizon';

  /** A full bucket rule; overrides `bucket-by` and `bucket-field`. */
  @property({ attribute: false }) bucketRule: BucketRule | undefined;

  /** Locale of dates and header labels; default the browser's. */
  @property() locale: string | undefined;

  /** The heading read by screen readers and used as the export title; default the project's name. */
  @property() label: string | undefined;

  /** Lane values that are collapsed. */
  @state() collapsed: ReadonlySet<string> = new Set();

  @state() private selectedId: string | undefined;
  private focusId: string | undefined;

  private readonly store = new StoreController(this);
  private readonly presence = new PresenceController(
    this,
    () => this.store.project,
    () => this.selectedIds(),
  );
  private readonly tooltip = new TooltipController<string>(
    this,
    () => this.renderRoot.querySelector<HTMLElement>('[part~="tooltip"]') ?? undefined,
  );
  private readonly models = new ModelCache();
  private readonly textWidths = new TextWidths(this);
  private readonly measureText = (text: string, size: number, weight?: number): number =>
    this.textWidths.width(text, size, weight);

  /** Moving and resizing feature bars, by pointer and by keyboard. */
  private readonly bars = new BarEdits({
    element: this,
    project: () => this.store.project,
    model: () => this.model(),
    feature: (id) => this.featureById(id),
    readonly: () => this.readonly,
    shown: () => this.view === 'timeline',
    level: () => this.model()?.level ?? 'quarter',
    laneField: () => this.laneBy,
    language: () => this.writing.language,
    rtl: () => this.writing.rtl,
    barAt: (event) => this.barAt(event),
    chartRect: () => this.chartRect(),
    dragging: () => this.tooltip.hide(),
    tapped: (id, event) => this.clickFeature(id, event),
  });

  /** Speaks the result of a pointer drop on a card (the keyboard controller speaks its own). */
  private readonly announcer = new Announcer(this);
  private readonly confirm = new ConfirmDialog(this, (key, params) => this.writing.t(key, params));

  /** Moving cards between now, next and later, by pointer and by keyboard. */
  private readonly buckets = new BucketMoves({
    element: this,
    project: () => this.store.project,
    model: () => this.model(),
    feature: (id) => this.featureById(id),
    readonly: () => this.readonly,
    shown: () => this.view === 'buckets',
    rule: () => this.bucketRuleNow(),
    laneField: () => this.laneBy,
    apply: (project, detail, others) => this.apply(project, detail, others),
    announce: (message) => this.announcer.announce(message),
    t: (key, params) => this.writing.t(key, params),
    setFocus: (id) => {
      this.focusId = id;
    },
    tapped: (id, event) => this.clickFeature(id, event),
  });

  private readonly writing = new LocaleController(this, { locale: () => this.locale });
  private readonly drawn = new RoadmapWindow(this, () =>
    this.renderRoot.querySelector<HTMLElement>('.viewport'),
  );

  constructor() {
    super();
    new CardFocus(this);
    new UndoKeysController(this, {
      project: () => this.store.project,
      enabled: () => !this.readonly,
      announce: (message) => this.announcer.announce(message),
      t: this.writing.t,
    });
    new ZoomController(
      this,
      () => this.renderRoot.querySelector<HTMLElement>('.viewport') ?? undefined,
      (direction) => this.stepZoom(direction),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onHostKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onHostKey);
    this.buckets.disconnect();
    this.models.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.drawn.estimate();
    if (changed.has('laneBy') && !isRoadmapLaneField(this.laneBy)) this.laneBy = 'group';
    if (changed.has('zoom') && !isRoadmapZoom(this.zoom)) this.zoom = 'fit';
    // A card drag or lift cannot outlive its view or survive the element turning readonly.
    if ((changed.has('view') || changed.has('readonly')) && this.buckets.moving) {
      this.buckets.cancel();
    }
  }

  // ── public API ─────────────────────────────────────────────────────────

  /** The roadmap as a standalone SVG file (every lane and feature, theme colors resolved). */
  exportSVG(): string {
    const scene = this.scene();
    return scene ? sceneToSvg(scene) : '<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"/>';
  }

  /** The roadmap as a PNG image, `scale` pixels per CSS pixel (default 2). */
  async exportPNG(scale = 2): Promise<Blob> {
    const scene = this.scene();
    if (!scene) throw new Error('rl-roadmap: nothing to export');
    return sceneToPng(scene, scale);
  }

  /** One fixed level in (`-1`) or out (`1`); from `fit`, the nearest one to its density. */
  stepZoom(direction: -1 | 1): void {
    this.zoom = stepRoadmapZoom(this.zoom, direction, this.model()?.pxPerDay);
  }

  /** Collapses or expands the lane with `value`. */
  toggleLane(value: string): void {
    const next = new Set(this.collapsed);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    this.collapsed = next;
  }

  // ── model ──────────────────────────────────────────────────────────────

  private todayMinutes(): number {
    return todayMinutes(this.today);
  }

  /** The model for the current store version and view options, rebuilt only when one changes. */
  private model(): RoadmapModel | undefined {
    const project = this.store.project;
    if (!project) return undefined;
    return this.models.get(project, {
      laneBy: this.laneBy,
      colorBy: this.colorBy,
      zoom: this.zoom,
      width: this.drawn.chartWidth,
      measure: this.measureText,
      filter: this.filter,
      collapsed: this.collapsed,
      today: this.todayMinutes(),
      rowHeight: ROW_HEIGHT,
      noneLabel: noneLabel(this.writing.t, project, this.laneBy),
    });
  }

  private tooltipFeature() {
    const id = this.tooltip.key;
    return id === undefined ? undefined : this.featureById(id);
  }

  private featureById(id: string) {
    const model = this.model();
    const i = model?.byId.get(id);
    return i === undefined ? undefined : model?.features[i];
  }

  private bucketRuleNow(): BucketRule {
    if (this.bucketRule) return this.bucketRule;
    if (this.bucketBy === 'status') return { by: 'status' };
    if (this.bucketBy === 'field') return { by: 'field', field: this.bucketField };
    return { by: 'date', today: this.todayMinutes() };
  }

  private scene(): Scene | undefined {
    const project = this.store.project;
    const model = this.model();
    if (!project || !model) return undefined;
    return roadmapScene(this, project, model, {
      locale: this.writing.language,
      title: this.label ?? project.settings.name,
      today: this.todayMinutes(),
      showDependencies: this.showDependencies,
    });
  }

  // ── changes ────────────────────────────────────────────────────────────

  /**
   * Fires the cancelable event, then makes the change (and any `order` renumbering of neighbours)
   * one transaction, then fires the change event; returns whether the store changed.
   */
  private apply(
    project: Project,
    detail: TaskChangeDetail,
    others: readonly { readonly id: string; readonly order: number }[] = [],
  ): boolean {
    return commitTaskEdit(this, project, detail, { others, errorEvent: true });
  }

  // ── pointer ────────────────────────────────────────────────────────────

  private barAt(event: Event): HTMLElement | undefined {
    return partAt(event, this, 'bar');
  }

  private chartRect(): DOMRect | undefined {
    return this.renderRoot.querySelector('.chart')?.getBoundingClientRect();
  }

  // ── keyboard ───────────────────────────────────────────────────────────

  private readonly onBarKey = (event: KeyboardEvent): void => {
    const bar = this.barAt(event);
    const id = bar?.dataset.id;
    const model = this.model();
    const f = id === undefined ? undefined : this.featureById(id);
    if (id === undefined || !model || !f) return;
    if (this.bars.handleKey(event, id, f)) return;
    if (event.key === 'Enter') {
      this.dispatchEvent(createTaskClickEvent({ taskId: id, open: true, originalEvent: event }));
      return;
    }
    const next = navTarget(model, model.byId.get(id) ?? -1, event.key, this.writing.rtl);
    if (next === null) return;
    event.preventDefault();
    const nextId = next === undefined ? undefined : model.features[next]?.task.id;
    if (nextId !== undefined) void this.focusFeature(nextId);
  };

  private async focusFeature(id: string): Promise<void> {
    this.focusId = id;
    this.requestUpdate();
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(`[part~="bar"][data-id="${CSS.escape(id)}"]`);
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    el?.focus();
  }

  /** Focuses a drawn feature (bar or card) at once; else the element keeps focus. */
  private focusNow(id: string): void {
    this.focusId = id;
    const el = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"][tabindex]`);
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (el) el.focus();
    else if (active instanceof HTMLElement) active.blur();
  }

  private readonly onHostKey = (event: KeyboardEvent): void => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod || this.bars.lifted || this.buckets.lifted) return;
    const tag = (event.composedPath()[0] as HTMLElement | undefined)?.localName;
    if (tag === 'select' || tag === 'input') return;
    if ((event.key === 'Delete' || event.key === 'Backspace') && !this.readonly) {
      const item = event
        .composedPath()
        .find((n): n is HTMLElement => n instanceof HTMLElement && !!n.dataset.id);
      if (item?.dataset.id !== undefined) void this.removeFeature(item.dataset.id, event);
    } else if (event.key === '+' || event.key === '=') this.stepZoom(-1);
    else if (event.key === '-') this.stepZoom(1);
    else if (event.key === '0') this.zoom = 'fit';
  };

  /** Delete on a feature: the one delete path (a summary asks first); focus goes to the next one. */
  private async removeFeature(id: string, event: Event): Promise<void> {
    const project = this.store.project;
    if (!project?.task(id)) return;
    event.preventDefault();
    // Focus goes to a neighbour first: the focused node must not vanish from under it.
    const model = this.model();
    const at = model?.byId.get(id) ?? -1;
    const next = model?.features[at + 1]?.task.id ?? model?.features[at - 1]?.task.id;
    const removed = await removeTasks(
      {
        element: this,
        announce: (m) => this.announcer.announce(m),
        confirm: (m, yes) => this.confirm.ask(m, yes),
        t: this.writing.t,
        beforeRemove: () => {
          const focused = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
          if (next === undefined) focused?.blur();
          else this.focusNow(next);
        },
      },
      project,
      [id],
    );
    if (removed.length === 0) return;
    if (this.selectedId === id) this.selectedId = undefined;
  }

  /** The empty roadmap's "Add feature": a first feature, starting today (or the project's start). */
  private readonly addFirst = (): void => {
    const project = this.store.project;
    if (!project || this.readonly) return;
    const start = project.settings.start ?? todayDate(this.today);
    const id = createTask(
      this,
      project,
      { name: this.writing.t('roadmap.newFeature'), start, duration: 10 },
      { t: this.writing.t, announce: (m) => this.announcer.announce(m) },
    );
    if (id !== undefined) void this.focusFeature(id);
  };

  /** A click on a feature's bar or card (a tap of its drag while editable): selects it, tells the host. */
  private readonly clickFeature = (id: string, event: MouseEvent): void => {
    this.selectedId = id;
    this.focusId = id;
    this.dispatchEvent(createTaskClickEvent({ taskId: id, open: event.detail > 1, originalEvent: event }));
  };

  /** The selected feature as a list, the same list while it stays selected (told to the others). */
  private selectedIds(): readonly string[] {
    const id = this.selectedId;
    if (this.selectedList[0] !== id) this.selectedList = id === undefined ? [] : [id];
    return this.selectedList;
  }
  private selectedList: readonly string[] = [];

  // ── render ─────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    if (this.store.error) return html`<p part="error" role="alert">${this.store.error.message}</p>`;
    const project = this.store.project;
    const model = this.model();
    const title = this.label ?? project?.settings.name ?? this.writing.t('roadmap.label');
    return html`<div class="frame">
      ${renderToolbar(this, project, this.writing.t, presenceBar(this.presence.presence?.status(), this.presence.peers, this.writing.t))}
      ${
        !project || !model
          ? nothing
          : this.view === 'buckets'
            ? bucketsView(this.buckets, project, model, {
                title,
                locale: this.writing.language,
                readonly: this.readonly,
                focusId: this.focusId,
                selectedId: this.selectedId,
                presence: this.presence,
                t: this.writing.t,
                click: this.clickFeature,
                setFocus: (id) => {
                  this.focusId = id;
                },
              })
            : this.renderTimelineView(project, model, title)
      }
      ${project && model ? renderTooltip(project, model, this.tooltipFeature(), this.writing.language) : nothing}
      ${
        project && !this.readonly && project.wbsOrder().length === 0
          ? emptyState(
              this.writing.t('roadmap.noFeatures'),
              this.writing.t('roadmap.addFeature'),
              this.addFirst,
            )
          : nothing
      }${this.confirm.render()}
    </div>`;
  }

  private renderTimelineView(project: Project, model: RoadmapModel, title: string): TemplateResult {
    const kept = this.focusId !== undefined && model.byId.has(this.focusId) ? this.focusId : undefined;
    const first = kept === undefined ? firstInNav(model) : undefined;
    const focusId = kept ?? (first === undefined ? undefined : model.features[first]?.task.id);
    return renderTimeline({
      project,
      model,
      title,
      locale: this.writing.language,
      rtl: this.writing.rtl,
      today: this.todayMinutes(),
      window: this.drawn.drawn,
      preview: this.bars.preview,
      selectedId: this.selectedId,
      presence: this.presence,
      t: this.writing.t,
      focusId,
      readonly: this.readonly,
      showDependencies: this.showDependencies,
      collapsed: this.collapsed,
      onScroll: this.drawn.onScroll,
      onToggleLane: (value) => this.toggleLane(value),
      onBarKey: this.onBarKey,
      onBarClick: this.clickFeature,
      onBarEnter: (id, el) => {
        if (!this.bars.dragging) this.tooltip.show(id, el);
      },
      onBarLeave: (id) => this.tooltip.hide(id),
      onBarFocus: (id, el) => {
        this.focusId = id;
        this.tooltip.show(id, el);
      },
    });
  }
}
