import {
  type BucketRule,
  barGeometry,
  barZone,
  formatDate,
  isRoadmapLaneField,
  isRoadmapZoom,
  type Project,
  type ProjectData,
  type RoadmapEdit,
  type RoadmapLaneField,
  type RoadmapZoom,
  roadmapEditPatch,
  roadmapHeader,
  roadmapSnap,
  roadmapStep,
  stepRoadmapZoom,
} from '@roadline/core';
import { todayMinutes } from '@roadline/core/views/dates';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { commitTaskEdit } from '../base/commit-task-edit.js';
import { hostBoxBeforeRender } from '../base/host-box.js';
import { partAt } from '../base/part-at.js';
import { StoreController } from '../base/store-controller.js';
import { Announcer } from '../controllers/announcer.js';
import { DragController, type DragSession } from '../controllers/drag-controller.js';
import { type DragDirection, KeyboardDragController } from '../controllers/keyboard-drag.js';
import { PreviewController } from '../controllers/preview-controller.js';
import { TooltipController } from '../controllers/tooltip-controller.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import { createTaskClickEvent } from '../events/task-click-event.js';
import type { TaskChangeDetail } from '../events/task-change-event.js';
import { baseStyles } from '../styles/tokens.js';
import { BucketMoves } from './bucket-moves.js';
import { renderBuckets } from './roadmap-buckets-view.js';
import { buildScene, type ExportColors, type Scene, sceneToPng, sceneToSvg } from './roadmap-export.js';
import { featureLabel } from './roadmap-labels.js';
import {
  buildModel,
  laneAtY,
  type RoadmapColorBy,
  type RoadmapFilter,
  type RoadmapModel,
} from './roadmap-model.js';
import { roadmapStyles } from './roadmap.styles.js';
import { drawnWindow, renderTimeline, type ViewWindow } from './roadmap-view.js';

/** Which layout the roadmap shows. */
export type RoadmapView = 'timeline' | 'buckets';

/**
 * A feature being dragged or moved by keyboard: the lane it would land in. Its dates are previewed
 * through the store (so successors follow), not here.
 */
export interface RoadmapPreview {
  readonly id: string;
  readonly lane: number;
}

/** What a bar drag carries: the edit and the feature as it was when grabbed. */
interface BarGrab {
  readonly id: string;
  readonly edit: RoadmapEdit;
  readonly start: number;
  readonly end: number;
  readonly lane: number;
}

/** Where the keys have put a lifted feature. */
interface KeyPlace {
  readonly start: number;
  readonly end: number;
  readonly lane: number;
}

const ROW_HEIGHT = 36;

/**
 * A product roadmap: features as bars on lanes (by theme or team, person, status, priority or
 * release) over months, quarters or halves, with releases and milestones as labelled markers and
 * a today line; or the same features as now / next / later columns. Bars are packed into the
 * fewest rows per lane. Drag a bar to move it in time or to another lane (which sets that lane's
 * field), drag an edge to resize; every change is one undoable store transaction. Dates follow
 * the same rules as in `rl-timeline` (a feature with predecessors is pinned with an SNET at its
 * new start), and while a bar is dragged or lifted the change is shown through the store, so its
 * successors move with it, in this view and in every other view of the store.
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
 * + and − zoom. On a card, Space lifts it the same way: left and right move it to the previous or
 * next bucket, up and down through the positions of its column, lane by lane.
 *
 * Give it `.project` (a core store shared with other views), `.data` or an inline
 * `<script type="application/json">` child.
 *
 * @summary Features and releases on lanes over time, or now / next / later.
 *
 * @fires rl-before-task-change - Cancelable: a feature is about to move, resize, change lane or change bucket. `detail`: `{ taskId, patch, source }`.
 * @fires rl-task-change - A feature was moved, resized, moved to another lane or bucket (the store has changed).
 * @fires rl-task-click - A feature was clicked (`open: true` on double-click or Enter).
 * @fires rl-error - The data does not parse or is not valid, or the store refused a change.
 *
 * @csspart toolbar - The row of view controls.
 * @csspart header - The time axis (years over months, quarters or halves, and the marker labels).
 * @csspart lane-header - A lane's label cell; also `collapsed` when collapsed.
 * @csspart lane-toggle - The button that collapses or expands a lane.
 * @csspart bar - A feature bar; also `selected` and `preview`.
 * @csspart progress - The progress line at the bottom of a bar.
 * @csspart today - The today line.
 * @csspart tooltip - The tooltip about the hovered or focused feature.
 * @csspart buckets - The now / next / later table.
 * @csspart card - A feature card in the now / next / later table; also `preview` while it is being moved.
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
  static override styles = [baseStyles, roadmapStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;

  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;

  /** What the lanes are: `group` (themes or teams), `person`, `status`, `priority` or `release`. */
  @property({ attribute: 'lane-by' }) laneBy: RoadmapLaneField = 'group';

  /** `timeline` (bars over time) or `buckets` (now / next / later). */
  @property({ reflect: true }) view: RoadmapView = 'timeline';

  /** The time axis: `month`, `quarter` or `half`. */
  @property({ reflect: true }) zoom: RoadmapZoom = 'quarter';

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

  @state() private preview: RoadmapPreview | undefined;
  @state() private selectedId: string | undefined;
  @state() private window: ViewWindow = { left: 0, top: 0, width: 1600, height: 1000 };
  @state() private printing = false;
  private focusId: string | undefined;

  private readonly store = new StoreController(this);
  private readonly tooltip = new TooltipController<string>(
    this,
    () => this.renderRoot.querySelector<HTMLElement>('[part~="tooltip"]') ?? undefined,
  );
  private cache: { key: string; version: number; project: Project; model: RoadmapModel } | undefined;
  private frame = 0;
  private resizeObserver: ResizeObserver | undefined;

  /** Shows a dragged or lifted feature's dates through the store, then commits or cancels them. */
  private readonly dates = new PreviewController(this, { project: () => this.store.project });

  private readonly drag = new DragController<BarGrab>(this, {
    start: (event) => this.dragStart(event),
    move: (session) => this.dragMove(session),
    end: (session) => this.dragEnd(session),
    cancel: () => {
      this.preview = undefined;
      this.dates.cancel();
    },
  });

  /** A lifted feature's place: `start` and `lane` move with the keys, `end` is where it was lifted. */
  private readonly keyboard = new KeyboardDragController<KeyPlace>(this, {
    lift: (id) => {
      const f = this.featureById(id);
      return f && !this.readonly ? { start: f.facts.start, end: f.facts.end, lane: f.lane } : undefined;
    },
    step: (id, at, direction) => this.keyStep(id, at, direction),
    drop: (id, from, to) => {
      if (from.start !== to.start || from.lane !== to.lane)
        this.commit(id, 'move', to.start, to.lane, 'keyboard');
    },
    describe: (id, at, phase) => {
      const f = this.featureById(id);
      const lane = this.model()?.lanes[at.lane]?.label ?? '';
      const when = formatDate(at.start, this.locale, false);
      const what = f?.task.name ?? id;
      switch (phase) {
        case 'lifted':
          return `Lifted ${what}. ${lane}, starts ${when}. Arrows move it, Space drops, Escape cancels.`;
        case 'moved':
          return `${lane}, starts ${when}.`;
        case 'dropped':
          return `Dropped ${what}: ${lane}, starts ${when}.`;
        case 'cancelled':
          return `${what} put back.`;
        case 'edge':
          return `No further. ${lane}, starts ${when}.`;
      }
    },
  });

  /** The card that had focus before a render, to give it back when the render moved it to another cell. */
  private focusedCard: string | undefined;

  /** Speaks the result of a pointer drop on a card (the keyboard controller speaks its own). */
  private readonly announcer = new Announcer(this);

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
    setFocus: (id) => {
      this.focusId = id;
    },
  });

  constructor() {
    super();
    new ZoomController(
      this,
      () => this.renderRoot.querySelector<HTMLElement>('.viewport') ?? undefined,
      (direction) => {
        this.zoom = stepRoadmapZoom(this.zoom, direction);
      },
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onHostKey);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onHostKey);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.buckets.disconnect();
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.cache = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.estimateWindow();
    if (changed.has('laneBy') && !isRoadmapLaneField(this.laneBy)) this.laneBy = 'group';
    if (changed.has('zoom') && !isRoadmapZoom(this.zoom)) this.zoom = 'quarter';
    // A card drag or lift cannot outlive its view or survive the element turning readonly.
    if ((changed.has('view') || changed.has('readonly')) && this.buckets.moving) {
      this.buckets.cancel();
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    this.focusedCard =
      active instanceof HTMLElement && active.part.contains('card') ? active.dataset.id : undefined;
    super.update(changed);
  }

  protected override updated(): void {
    const id = this.focusedCard;
    if (id !== undefined && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === null) {
      // A change re-rendered the card in another cell, as a new element: focus stays with the card.
      this.renderRoot.querySelector<HTMLElement>(`[part~="card"][data-id="${CSS.escape(id)}"]`)?.focus();
    }
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (viewport && !this.resizeObserver) {
      this.resizeObserver = new ResizeObserver(() => this.measure());
      this.resizeObserver.observe(viewport);
    }
  }

  // ── public API ─────────────────────────────────────────────────────────

  /** The roadmap as a standalone SVG file (every lane and feature, theme colors resolved). */
  toSVG(): string {
    const scene = this.scene();
    return scene ? sceneToSvg(scene) : '<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"/>';
  }

  /** The roadmap as a PNG image, `scale` pixels per CSS pixel (default 2). */
  async toPNG(scale = 2): Promise<Blob> {
    const scene = this.scene();
    if (!scene) throw new Error('rl-roadmap: nothing to export');
    return sceneToPng(scene, scale);
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
    const today = this.todayMinutes();
    const key = JSON.stringify([
      this.laneBy,
      this.colorBy,
      this.zoom,
      this.filter ?? null,
      [...this.collapsed],
      today,
    ]);
    const c = this.cache;
    if (c && c.key === key && c.project === project && c.version === project.version) return c.model;
    const model = buildModel(project, {
      laneBy: this.laneBy,
      colorBy: this.colorBy,
      zoom: this.zoom,
      filter: this.filter,
      collapsed: this.collapsed,
      today,
      rowHeight: ROW_HEIGHT,
    });
    this.cache = { key, version: project.version, project, model };
    return model;
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

  private colors(): ExportColors {
    const cs = getComputedStyle(this);
    const read = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
    return {
      surface: read('--_surface', '#ffffff'),
      raised: read('--_raised', '#f6f7f9'),
      text: read('--_text', '#1d2330'),
      muted: read('--_muted', '#5b6475'),
      border: read('--_border', '#d9dde5'),
      accent: read('--_accent', '#2f6fed'),
      today: read('--_today', '#d93f3f'),
    };
  }

  private scene(): Scene | undefined {
    const project = this.store.project;
    const model = this.model();
    if (!project || !model) return undefined;
    return buildScene({
      model,
      header: roadmapHeader(this.zoom, model.scale.start, model.scale.end, this.locale),
      colors: this.colors(),
      title: this.label ?? project.settings.name,
      today: this.todayMinutes(),
      showDependencies: this.showDependencies,
      links: project.dependencies().map((d) => ({ from: d.from, to: d.to, type: d.type ?? 'FS' })),
    });
  }

  // ── changes ────────────────────────────────────────────────────────────

  /**
   * Applies one edit as one transaction, after the cancelable event; returns whether it changed.
   * A preview of the feature's dates is reverted first: the edit is planned from its real place.
   */
  private commit(id: string, edit: RoadmapEdit, to: number, laneIndex: number, source: string): boolean {
    this.dates.cancel();
    const project = this.store.project;
    const model = this.model();
    const f = this.featureById(id);
    if (!project || !model || !f || this.readonly) return false;
    const lane = laneIndex !== f.lane ? model.lanes[laneIndex]?.value : undefined;
    const patch = roadmapEditPatch({
      task: f.task,
      shape: f.facts.shape,
      edit,
      start: f.facts.start,
      end: f.facts.end,
      to,
      linked: f.linked,
      laneField: lane === undefined ? undefined : this.laneBy,
      lane,
    });
    if (!patch) return false;
    return this.apply(project, { taskId: id, patch, source });
  }

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

  /**
   * Shows the dates of `id` moved by `edit` to `to` through the store (the lane is this view's
   * own preview); `from` is the feature as it was before the gesture.
   */
  private previewDates(
    id: string,
    edit: RoadmapEdit,
    to: number,
    from: { start: number; end: number },
  ): void {
    const f = this.featureById(id);
    if (!f) return;
    const patch = roadmapEditPatch({
      task: f.task,
      shape: f.facts.shape,
      edit,
      ...from,
      to,
      linked: f.linked,
    });
    this.dates.show(id, to, patch);
  }

  // ── pointer ────────────────────────────────────────────────────────────

  private barAt(event: Event): HTMLElement | undefined {
    return partAt(event, this, 'bar');
  }

  private chartRect(): DOMRect | undefined {
    return this.renderRoot.querySelector('.chart')?.getBoundingClientRect();
  }

  private dragStart(event: PointerEvent): BarGrab | undefined {
    if (this.readonly || this.view !== 'timeline') return undefined;
    const bar = this.barAt(event);
    const id = bar?.dataset.id;
    const model = this.model();
    const f = id === undefined ? undefined : this.featureById(id);
    const rect = this.chartRect();
    if (!bar || id === undefined || !f || !model || !rect) return undefined;
    const geometry = barGeometry(model.scale, 'task', f.facts.start, f.facts.end, 0, { minWidth: 8 });
    const zone = barZone(geometry, event.clientX - rect.left, false, 6);
    const edit: RoadmapEdit = zone === 'resize-start' || zone === 'resize-end' ? zone : 'move';
    return { id, edit, start: f.facts.start, end: f.facts.end, lane: f.lane };
  }

  /**
   * Where the pointer puts the grabbed part, snapped, measured from where the feature was when
   * grabbed (the store shows it moved meanwhile): the new start (move, resize-start) or end
   * (resize-end), and the lane.
   */
  private target(session: DragSession<BarGrab>): { to: number; lane: number } | undefined {
    const model = this.model();
    const rect = this.chartRect();
    if (!model || !rect) return undefined;
    const { edit, start, end, lane } = session.payload;
    const delta = session.dx / model.scale.pxPerMinute;
    if (edit === 'move') {
      return {
        to: roadmapSnap(this.zoom, start + delta),
        lane: laneAtY(model, session.event.clientY - rect.top),
      };
    }
    return { to: roadmapSnap(this.zoom, (edit === 'resize-end' ? end : start) + delta), lane };
  }

  private dragMove(session: DragSession<BarGrab>): void {
    this.tooltip.hide();
    const p = this.target(session);
    const { id, edit } = session.payload;
    if (!p) return;
    this.preview = { id, lane: p.lane };
    this.previewDates(id, edit, p.to, session.payload);
  }

  private dragEnd(session: DragSession<BarGrab>): void {
    const p = this.target(session);
    this.preview = undefined;
    this.dates.cancel();
    if (!p) return;
    const { id, edit } = session.payload;
    this.commit(id, edit, p.to, p.lane, edit);
  }

  // ── keyboard ───────────────────────────────────────────────────────────

  private keyStep(id: string, at: KeyPlace, direction: DragDirection): KeyPlace | undefined {
    const model = this.model();
    if (!model || !this.featureById(id)) return undefined;
    if (direction === 'left' || direction === 'right') {
      const start = roadmapStep(this.zoom, at.start, direction === 'left' ? -1 : 1);
      return start < model.scale.start ? undefined : { ...at, start };
    }
    const lane = at.lane + (direction === 'up' ? -1 : 1);
    return lane < 0 || lane >= model.lanes.length ? undefined : { ...at, lane };
  }

  private readonly navOrders = new WeakMap<RoadmapModel, number[]>();

  /** Features in keyboard order: lane by lane, by start, then row (once per model). */
  private navOrder(model: RoadmapModel): number[] {
    const known = this.navOrders.get(model);
    if (known) return known;
    const order = model.features.map((_, i) => i).filter((i) => (model.rows.row[i] as number) >= 0);
    order.sort((a, b) => compareNav(model, a, b));
    this.navOrders.set(model, order);
    return order;
  }

  /** The first feature in keyboard order, found without sorting them all (each render needs it). */
  private firstInNav(model: RoadmapModel): number | undefined {
    let first: number | undefined;
    for (let i = 0; i < model.features.length; i++) {
      if ((model.rows.row[i] as number) < 0) continue;
      if (first === undefined || compareNav(model, i, first) < 0) first = i;
    }
    return first;
  }

  private readonly onBarKey = (event: KeyboardEvent): void => {
    const bar = this.barAt(event);
    const id = bar?.dataset.id;
    const model = this.model();
    const f = id === undefined ? undefined : this.featureById(id);
    if (id === undefined || !model || !f) return;
    const handled = !this.readonly && this.keyboard.handleKey(event, id);
    this.keyboardPreview();
    if (handled) return;
    if (event.key === 'Enter') {
      this.dispatchEvent(createTaskClickEvent({ taskId: id, open: true, originalEvent: event }));
      return;
    }
    const arrow = event.key.startsWith('Arrow');
    if (arrow && event.shiftKey && !this.readonly) {
      event.preventDefault();
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const direction = event.key === 'ArrowLeft' ? -1 : 1;
      if (event.altKey)
        this.commit(id, 'resize-start', roadmapStep(this.zoom, f.facts.start, direction), f.lane, 'keyboard');
      else this.commit(id, 'resize-end', roadmapStep(this.zoom, f.facts.end, direction), f.lane, 'keyboard');
      return;
    }
    const order = this.navOrder(model);
    const here = order.indexOf(model.byId.get(id) ?? -1);
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = order[here + 1];
    else if (event.key === 'ArrowLeft') next = order[here - 1];
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const down = event.key === 'ArrowDown';
      const lanes = order.map((i) => model.features[i]?.lane ?? 0);
      const targetLane = down ? lanes.find((l) => l > f.lane) : [...lanes].reverse().find((l) => l < f.lane);
      if (targetLane !== undefined) {
        let best = Number.POSITIVE_INFINITY;
        for (const i of order) {
          const g = model.features[i];
          if (!g || g.lane !== targetLane) continue;
          const d = Math.abs(g.facts.start - f.facts.start);
          if (d < best) {
            best = d;
            next = i;
          }
        }
      }
    } else return;
    event.preventDefault();
    const nextId = next === undefined ? undefined : model.features[next]?.task.id;
    if (nextId !== undefined) void this.focusFeature(nextId);
  };

  /**
   * Shows a lifted feature where the keys put it: its dates through the store, its lane here. A
   * drop has committed (and a cancel or Tab put it back) by the time no feature is lifted.
   */
  private keyboardPreview(): void {
    const lifted = this.keyboard.lifted;
    if (!lifted) {
      this.preview = undefined;
      this.dates.cancel();
      return;
    }
    this.preview = { id: lifted.id, lane: lifted.at.lane };
    this.previewDates(lifted.id, 'move', lifted.at.start, lifted.from);
  }

  private async focusFeature(id: string): Promise<void> {
    this.focusId = id;
    this.requestUpdate();
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(`[part~="bar"][data-id="${CSS.escape(id)}"]`);
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    el?.focus();
  }

  private readonly onHostKey = (event: KeyboardEvent): void => {
    const mod = event.ctrlKey || event.metaKey;
    const project = this.store.project;
    if (mod && !this.readonly && project && (event.key === 'z' || event.key === 'Z' || event.key === 'y')) {
      event.preventDefault();
      if (event.key === 'y' || event.shiftKey) project.redo();
      else project.undo();
      return;
    }
    if (mod || this.keyboard.lifted || this.buckets.lifted) return;
    const tag = (event.composedPath()[0] as HTMLElement | undefined)?.localName;
    if (tag === 'select' || tag === 'input') return;
    if (event.key === '+' || event.key === '=') this.zoom = stepRoadmapZoom(this.zoom, -1);
    else if (event.key === '-') this.zoom = stepRoadmapZoom(this.zoom, 1);
  };

  // ── window and print ───────────────────────────────────────────────────

  /**
   * Before the first render, the window is the host's box: the first render draws about what fits
   * rather than a default 1600 × 1000, and the measure after it (the viewport is the box less the
   * toolbar) finds the same chunks.
   */
  private estimateWindow(): void {
    const box = hostBoxBeforeRender(this);
    if (box) this.window = drawnWindow({ left: 0, top: 0, ...box });
  }

  /** Renders when the viewport has moved into other chunks (see {@link drawnWindow}), not per pixel. */
  private measure(): void {
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (!viewport) return;
    const next = drawnWindow({
      left: viewport.scrollLeft,
      top: viewport.scrollTop,
      width: viewport.clientWidth || 1600,
      height: viewport.clientHeight || 1000,
    });
    const w = this.window;
    if (w.left !== next.left || w.top !== next.top || w.width !== next.width || w.height !== next.height) {
      this.window = next;
    }
  }

  private readonly onScroll = (): void => {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.measure();
    });
  };

  private readonly onBeforePrint = (): void => {
    this.printing = true;
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  // ── render ─────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    if (this.store.error) return html`<p part="error" role="alert">${this.store.error.message}</p>`;
    const project = this.store.project;
    const model = this.model();
    const title = this.label ?? project?.settings.name ?? 'Roadmap';
    return html`<div class="frame">
      ${this.renderToolbar(project)}
      ${
        !project || !model
          ? nothing
          : this.view === 'buckets'
            ? this.renderBucketsView(project, model, title)
            : this.renderTimelineView(project, model, title)
      }
      ${this.renderTooltip(project, model)}
    </div>`;
  }

  private renderBucketsView(project: Project, model: RoadmapModel, title: string): TemplateResult {
    const { buckets, cells } = this.buckets.layout(project, model);
    const order = this.buckets.cardOrder();
    const focusId = this.focusId !== undefined && order.includes(this.focusId) ? this.focusId : order[0];
    return renderBuckets({
      project,
      model,
      buckets,
      cells,
      title,
      locale: this.locale,
      readonly: this.readonly,
      focusId,
      drop: this.buckets.shownDrop(),
      onCardKey: this.buckets.onCardKey,
      onCardClick: (id, event) => {
        this.focusId = id;
        this.dispatchEvent(
          createTaskClickEvent({ taskId: id, open: event.detail > 1, originalEvent: event }),
        );
      },
      onCardFocus: (id) => {
        this.focusId = id;
      },
    });
  }

  private renderTimelineView(project: Project, model: RoadmapModel, title: string): TemplateResult {
    const kept = this.focusId !== undefined && model.byId.has(this.focusId) ? this.focusId : undefined;
    const first = kept === undefined ? this.firstInNav(model) : undefined;
    const focusId = kept ?? (first === undefined ? undefined : model.features[first]?.task.id);
    return renderTimeline({
      project,
      model,
      title,
      locale: this.locale,
      zoom: this.zoom,
      today: this.todayMinutes(),
      window: this.printing ? undefined : this.window,
      preview: this.preview,
      selectedId: this.selectedId,
      focusId,
      readonly: this.readonly,
      showDependencies: this.showDependencies,
      collapsed: this.collapsed,
      onScroll: this.onScroll,
      onToggleLane: (value) => this.toggleLane(value),
      onBarKey: this.onBarKey,
      onBarClick: (id, event) => {
        this.selectedId = id;
        this.focusId = id;
        this.dispatchEvent(
          createTaskClickEvent({ taskId: id, open: event.detail > 1, originalEvent: event }),
        );
      },
      onBarEnter: (id, el) => {
        if (!this.drag.session) this.tooltip.show(id, el);
      },
      onBarLeave: (id) => this.tooltip.hide(id),
      onBarFocus: (id, el) => {
        this.focusId = id;
        this.tooltip.show(id, el);
      },
    });
  }

  private renderTooltip(
    project: Project | undefined,
    model: RoadmapModel | undefined,
  ): TemplateResult | typeof nothing {
    const id = this.tooltip.key;
    const f = id === undefined ? undefined : this.featureById(id);
    if (!project || !model || !f) return nothing;
    return html`<div part="tooltip" role="tooltip" id="tooltip">
      <strong>${f.task.name}</strong>${featureLabel(project, model, f, this.locale)
        .split('. ')
        .slice(1)
        .join(' · ')}
    </div>`;
  }

  private renderToolbar(project: Project | undefined): TemplateResult {
    const set =
      <K extends keyof this>(key: K) =>
      (event: Event) => {
        (this as Record<K, unknown>)[key] = (event.target as HTMLSelectElement).value;
      };
    const filterValue =
      this.filter && this.filter.values.length > 0 ? `${this.filter.field}:${this.filter.values[0]}` : '';
    const onFilter = (event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      const at = value.indexOf(':');
      const field = value.slice(0, at);
      this.filter =
        at < 0 || !isRoadmapLaneField(field) ? undefined : { field, values: [value.slice(at + 1)] };
    };
    return html`<div part="toolbar">
      <button aria-pressed=${this.view === 'timeline'} @click=${() => (this.view = 'timeline')}>Timeline</button>
      <button aria-pressed=${this.view === 'buckets'} @click=${() => (this.view = 'buckets')}>Now · Next · Later</button>
      <label>Lanes
        <select @change=${set('laneBy')} .value=${this.laneBy}>
          <option value="group" ?selected=${this.laneBy === 'group'}>Theme / team</option>
          <option value="person" ?selected=${this.laneBy === 'person'}>Person</option>
          <option value="status" ?selected=${this.laneBy === 'status'}>Status</option>
          <option value="priority" ?selected=${this.laneBy === 'priority'}>Priority</option>
          <option value="release" ?selected=${this.laneBy === 'release'}>Release</option>
        </select>
      </label>
      <label>Color
        <select @change=${set('colorBy')} .value=${this.colorBy}>
          <option value="status" ?selected=${this.colorBy === 'status'}>Status</option>
          <option value="priority" ?selected=${this.colorBy === 'priority'}>Priority</option>
          <option value="lane" ?selected=${this.colorBy === 'lane'}>Lane</option>
        </select>
      </label>
      <label>Filter
        <select @change=${onFilter} .value=${filterValue}>
          <option value="" ?selected=${filterValue === ''}>All features</option>
          <optgroup label="Status">
            ${(project?.statuses() ?? []).map(
              (s) =>
                html`<option value=${`status:${s.id}`} ?selected=${filterValue === `status:${s.id}`}>${s.label}</option>`,
            )}
          </optgroup>
          <optgroup label="Priority">
            ${(project?.priorities() ?? []).map(
              (p) =>
                html`<option value=${`priority:${p.id}`} ?selected=${filterValue === `priority:${p.id}`}>${p.label}</option>`,
            )}
          </optgroup>
        </select>
      </label>
      <label>Scale
        <select @change=${set('zoom')} .value=${this.zoom} ?disabled=${this.view !== 'timeline'}>
          <option value="month" ?selected=${this.zoom === 'month'}>Months</option>
          <option value="quarter" ?selected=${this.zoom === 'quarter'}>Quarters</option>
          <option value="half" ?selected=${this.zoom === 'half'}>Halves</option>
        </select>
      </label>
      <label><input type="checkbox" .checked=${this.showDependencies}
        @change=${(e: Event) => (this.showDependencies = (e.target as HTMLInputElement).checked)} />Dependencies</label>
      <button @click=${() => this.download('svg')}>Export SVG</button>
      <button @click=${() => this.download('png')}>Export PNG</button>
    </div>`;
  }

  private async download(kind: 'svg' | 'png'): Promise<void> {
    const blob = kind === 'svg' ? new Blob([this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${(this.label ?? this.store.project?.settings.name ?? 'roadmap').replace(/[^\w.-]+/g, '-')}.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Keyboard order of two features: lane, then start, then packed row, then input order. */
function compareNav(model: RoadmapModel, a: number, b: number): number {
  const fa = model.features[a];
  const fb = model.features[b];
  if (!fa || !fb) return 0;
  return (
    fa.lane - fb.lane ||
    fa.facts.start - fb.facts.start ||
    (model.rows.row[a] as number) - (model.rows.row[b] as number) ||
    a - b
  );
}
