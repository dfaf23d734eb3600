import { createScrollEvent, type ScrollDetail } from '../events/scroll-event.js';
import { type Dependency, parseWallTime, type Project, type ProjectData } from '@roadline/core';
import {
  barBand,
  barZone,
  extendRange,
  isZoomLevel,
  levelToFit,
  type LinkRows,
  linkRows,
  linksInRows,
  minutesAt,
  rowRange,
  scaleWidth,
  stepSnap,
  stepZoom,
  timeScale,
  xOf,
  xWindow,
  type ZoomLevel,
} from '@roadline/core/views/timeline';
import { html, LitElement, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { StoreController } from '../base/store-controller.js';
import { styleProps } from '../base/style-props.js';
import { hostBoxBeforeRender } from '../base/host-box.js';
import { RowIndex } from '../base/row-index.js';
import { taskCalendar } from '../base/task-calendar.js';
import { Announcer } from '../controllers/announcer.js';
import { TooltipController } from '../controllers/tooltip-controller.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import { announceChange, requestChange } from '../events/change-events.js';
import type { SelectionChangeDetail } from '../events/selection-change-event.js';
import { createTaskClickEvent } from '../events/task-click-event.js';
import { baseStyles } from '../styles/tokens.js';
import { arrowLayer, type BarEnds, type DrawnLink, drawnLinks, linkAt } from './arrow-layer.js';
import { barLayer, layoutBar } from './bar-layer.js';
import { exportPng, exportSvg } from './export.js';
import { type Frame, screenWindow } from './frame.js';
import type { GestureHost, Hit } from './gestures.js';
import { TimelineGestures } from './gestures.js';
import { gridLayer } from './grid-layer.js';
import { headerLayer } from './header-layer.js';
import { commitLinkRemove } from './link-edits.js';
import { commitTaskEdit } from '../base/commit-task-edit.js';
import { planTaskDates, taskFacts } from '../base/task-facts.js';
import { todayMinutes } from '@roadline/core/views/dates';
import { timelineStyles } from './timeline.styles.js';
import { tooltipContent } from './tooltip-content.js';

/** Browsers cap element sizes (Chromium near 33.5M px); the time range stays well under it. */
const MAX_WIDTH = 4_000_000;
const DAY = 1440;

/** The time pane's scroll detail: the vertical offset, so a grid beside it can follow. */
export type TimelineScrollDetail = ScrollDetail;

/**
 * The time pane of a Gantt chart: a two-row time header, task bars with progress, summary bars,
 * milestones, dependency arrows for the four link types, critical path, baseline bars, a today
 * line and non-working shading. Rows and time are virtualized (the DOM holds what the viewport
 * shows), and the time range grows as you scroll towards its edges.
 *
 * Drag a bar to move it (successors follow live through the store's scheduler), drag its ends to
 * resize, drag the progress handle, drag from a bar's end connector to another bar to link them
 * (the ends chosen decide FS, SS, FF or SF); click an arrow and press Delete to remove it. Each
 * gesture is one undo step (Ctrl+Z, Ctrl+Shift+Z). With a bar focused: Up/Down move between
 * rows, Alt+Left/Right move the task one snap unit, Shift+Alt+Left/Right resize it, Enter asks
 * for an editor (`rl-task-click` with `open`), Space selects. Ctrl+wheel or pinch zooms around the
 * pointer; `+` and `-` zoom too.
 *
 * A pane beside it (the grid of a gantt) keeps its rows in step: it listens to `rl-scroll` and,
 * when it scrolls itself, calls `syncScrollTop(top)`, which draws the timeline for the new offset
 * in the same frame (setting `scrollTop` would draw it a frame later).
 *
 * @summary Timeline of a project's tasks on a time axis.
 *
 * @fires rl-task-click - A bar was clicked, double-clicked (`open: true`) or chosen with Enter.
 * @fires rl-before-selection-change - Cancelable: the user is about to change the selection.
 * @fires rl-selection-change - The user changed the selection.
 * @fires rl-before-task-change - Cancelable: a gesture or key is about to change a task.
 * @fires rl-task-change - A task was changed by the user (one store transaction).
 * @fires rl-before-link-create - Cancelable: the user is about to link two tasks.
 * @fires rl-link-create - The user linked two tasks.
 * @fires rl-before-link-remove - Cancelable: the user is about to remove a link.
 * @fires rl-link-remove - The user removed a link.
 * @fires rl-scroll - The pane scrolled vertically (`detail.top`); not a user change.
 * @fires rl-error - The data does not parse or is not valid.
 *
 * @csspart scroller - The scrolling viewport.
 * @csspart header - The sticky two-row time header.
 * @csspart header-cell - One cell of the header.
 * @csspart header-label - A header cell's label.
 * @csspart row - A row's background (also `alt`, `selected`).
 * @csspart nonworking - Shaded non-working time.
 * @csspart today - The today line.
 * @csspart bar - A task's bar group (with `task`, `summary` or `milestone`, `critical`, `selected`).
 * @csspart milestone - A milestone's group (alongside `bar`).
 * @csspart summary - A summary bar's group (alongside `bar`).
 * @csspart bar-label - The task name beside a bar.
 * @csspart baseline - A baseline bar under a live one.
 * @csspart arrow - A dependency line (with `critical`, `selected`).
 * @csspart arrow-head - A dependency arrowhead.
 * @csspart link-preview - The line drawn while linking two bars.
 * @csspart tooltip - The tooltip of the hovered or focused bar.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-timeline-background=var(--rl-color-surface)] - The pane's background.
 * @cssprop [--rl-timeline-header-background=var(--rl-color-surface-raised)] - The header's background.
 * @cssprop [--rl-timeline-line-color=var(--rl-color-border)] - Grid lines.
 * @cssprop [--rl-timeline-row-alt-color=transparent] - Every other row.
 * @cssprop [--rl-timeline-nonworking-color=var(--rl-color-surface-raised)] - Non-working time.
 * @cssprop [--rl-timeline-bar-color=var(--rl-color-accent)] - Bars and their progress.
 * @cssprop [--rl-timeline-bar-track-color=var(--rl-color-track)] - The unfinished part of a bar.
 * @cssprop [--rl-timeline-summary-color=var(--rl-color-text)] - Summary bars.
 * @cssprop [--rl-timeline-milestone-color=var(--rl-color-warning)] - Milestones.
 * @cssprop [--rl-timeline-critical-color=var(--rl-color-critical)] - Critical bars and arrows.
 * @cssprop [--rl-timeline-baseline-color=var(--rl-color-text-muted)] - Baseline bars.
 * @cssprop [--rl-timeline-arrow-color=var(--rl-color-text-muted)] - Dependency arrows.
 * @cssprop [--rl-timeline-today-color=var(--rl-color-danger)] - The today line.
 * @cssprop [--rl-timeline-selected-color=var(--rl-color-focus)] - Selected bars, rows and arrows.
 * @cssprop [--rl-timeline-tooltip-background=var(--rl-color-text)] - The tooltip's background.
 * @cssprop [--rl-timeline-tooltip-color=var(--rl-color-surface)] - The tooltip's text.
 */
export class RlTimeline extends LitElement implements GestureHost {
  static override styles = [baseStyles, timelineStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;

  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;

  /** Task ids to show, in display order (a gantt passes its expanded rows); default every task in WBS order. */
  @property({ attribute: false }) rows: readonly string[] | undefined;

  /** Row height in px. */
  @property({ type: Number, attribute: 'row-height' }) rowHeight = 32;

  /** Header height in px (two rows of half each). */
  @property({ type: Number, attribute: 'header-height' }) headerHeight = 56;

  /** The zoom level: `hour`, `day`, `week`, `month`, `quarter` or `year`. */
  @property({ reflect: true }) zoom: ZoomLevel = 'week';

  /** Selected task ids. The element updates it after a user selects (unless the host vetoes). */
  @property({ attribute: false }) selection: readonly string[] = [];

  /** Shows the project without letting the user change it. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** BCP 47 locale for dates and the first day of the week; default the document's language. */
  @property() locale: string | undefined;

  /** The baseline drawn under the bars (by id); default the most recent one, `''` for none. */
  @property() baseline: string | undefined;

  /** Today's date for the today line (`YYYY-MM-DD`); default the viewer's current date. */
  @property() today: string | undefined;

  @state() private range: { start: number; end: number } | undefined;
  @state() private tabStop: string | undefined;
  /** The bar under the pointer (it alone of the unfocused, unselected bars draws its handles). */
  @state() private hovered: string | undefined;
  @state() private selectedLink: string | undefined;
  @state() private linkPreview: { x1: number; y1: number; x2: number; y2: number } | undefined;
  @state() private viewport = { width: 0, height: 0 };
  @state() private scrollPos = { left: 0, top: 0 };

  @query('.scroller') private scroller!: HTMLElement | null;
  @query('.body') private body!: HTMLElement | null;
  @query('[part~="tooltip"]') private tooltipEl!: HTMLElement | null;

  private readonly store = new StoreController(this);
  private readonly announcer = new Announcer(this);
  private readonly tooltip = new TooltipController<string>(this, () => this.tooltipEl);
  private readonly gestures = new TimelineGestures(this);
  private resizeObserver: ResizeObserver | undefined;
  private pendingScroll: { left?: number; top?: number } | undefined;
  private pendingFocus: string | undefined;
  private lastTop = 0;
  /** The windows of the last render, so a scroll inside them does not render again. */
  private readonly rendered = { first: 0, last: 0, x0: 0, x1: 0 };
  /** The links drawn by the last render, in screen space: what a click on an arrow hits. */
  private drawn: readonly DrawnLink[] = [];
  private weekInfo: { locale: string | undefined; first: number } | undefined;
  private links:
    | { source: readonly string[]; version: number; list: Readonly<Dependency>[]; index: LinkRows }
    | undefined;
  private rowIndex = new RowIndex();
  private linkVersion = 0;
  private unsubscribeLinks: (() => void) | undefined;
  private linkStore: Project | undefined;
  private frameCache: Frame | undefined;
  /** The rows last given and the list drawn for them (see `shownRows`). */
  private lastRows: { given: readonly string[]; rows: readonly string[] } | undefined;

  constructor() {
    super();
    new ZoomController(
      this,
      () => this.scroller ?? undefined,
      (direction, clientX) => this.zoomAt(direction, clientX),
    );
    this.addEventListener('click', this.onClick);
    this.addEventListener('dblclick', this.onDoubleClick);
    this.addEventListener('keydown', this.onKeyDown);
  }

  // ── public API ────────────────────────────────────────────────────────

  /** The store shown (from `.project`, `.data` or inline JSON). */
  get storeProject(): Project | undefined {
    return this.store.project;
  }

  /** The vertical scroll offset of the pane (a gantt keeps its grid in step with it). */
  override get scrollTop(): number {
    return this.scroller?.scrollTop ?? this.pendingScroll?.top ?? 0;
  }
  override set scrollTop(top: number) {
    if (this.scroller) this.scroller.scrollTop = top;
    else this.pendingScroll = { ...this.pendingScroll, top };
  }

  /**
   * Scrolls the rows to `top` and draws them for it at once, in this frame: a `scrollTop` set by
   * a script draws only in the next frame, when the browser's scroll event arrives. For a pane
   * beside this one (the grid of a gantt) that has already drawn the new offset. Fires `rl-scroll`
   * as a scroll does when the offset changed; the browser's later event then finds nothing to do.
   */
  syncScrollTop(top: number): void {
    const s = this.scroller;
    if (!s) {
      this.pendingScroll = { ...this.pendingScroll, top };
      return;
    }
    if (Math.abs(s.scrollTop - top) >= 1) s.scrollTop = top;
    this.onScroll();
  }

  /** Alias of `scrollTop`. */
  get verticalScroll(): number {
    return this.scrollTop;
  }
  set verticalScroll(top: number) {
    this.scrollTop = top;
  }

  /** Scrolls the task's row and bar into view. */
  scrollToTask(id: string): void {
    const project = this.store.project;
    const row = this.rowOf(id);
    if (!project || row < 0) return;
    const facts = taskFacts(project, id);
    const viewH = Math.max(0, this.viewport.height - this.headerHeight);
    const top = Math.max(0, row * this.rowHeight - viewH / 2 + this.rowHeight / 2);
    if (facts) this.anchorTime(facts.start, Math.min(120, this.viewport.width / 4), top);
    else this.scrollTop = top;
  }

  /** Chooses the zoom level that shows the whole project and scrolls to its start. */
  zoomToFit(): void {
    const result = this.store.project?.schedule();
    const project = this.store.project;
    if (!project) return;
    const start = parseWallTime(result?.start ?? project.settings.start ?? '');
    const end = parseWallTime(result?.end ?? '') ?? start;
    if (start === undefined || end === undefined) return;
    const margin = 48;
    this.zoom = levelToFit(Math.max(DAY, end - start), Math.max(100, this.viewport.width - 2 * margin));
    this.anchorTime(start, margin);
  }

  /** The chart as a standalone SVG document (every row up to 5000, the whole project span). */
  exportSVG(): string {
    const project = this.store.project;
    if (!project) return '';
    const rows = this.rows ?? project.wbsOrder();
    const result = project.schedule();
    const start = parseWallTime(result?.start ?? project.settings.start ?? '') ?? this.range?.start ?? 0;
    const end = parseWallTime(result?.end ?? '') ?? start + 30 * DAY;
    return exportSvg({
      project,
      rows,
      zoom: this.zoom,
      start: start - 7 * DAY,
      end: end + 7 * DAY,
      rowHeight: this.rowHeight,
      headerHeight: this.headerHeight,
      rtl: this.isRtl,
      locale: this.resolvedLocale,
      weekStart: this.weekStart,
      baseline: this.currentBaseline(project)?.tasks,
      today: this.todayMinutes(),
      style: getComputedStyle(this),
    });
  }

  /** The chart as a PNG image. */
  exportPNG(): Promise<Blob> {
    return exportPng(this.exportSVG());
  }

  // ── GestureHost ───────────────────────────────────────────────────────

  get weekStart(): number {
    const locale = this.resolvedLocale;
    const cached = this.weekInfo;
    if (cached && cached.locale === locale) return cached.first;
    const first = firstDayOfWeek(locale);
    this.weekInfo = { locale, first };
    return first;
  }

  get pxPerMinute(): number {
    return timeScale(this.zoom, 0, 1).pxPerMinute;
  }

  get isRtl(): boolean {
    return this.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl';
  }

  /** The locale in effect: the `locale` property, else the nearest `lang`. */
  get resolvedLocale(): string | undefined {
    return this.locale || this.closest('[lang]')?.getAttribute('lang') || undefined;
  }

  hitTest(clientX: number, clientY: number): Hit | undefined {
    const project = this.store.project;
    const frame = this.frameCache;
    const body = this.body;
    if (!project || !frame || !body) return undefined;
    const rect = body.getBoundingClientRect();
    const sx = clientX - rect.left;
    const y = clientY - rect.top;
    if (y < 0 || sx < 0 || sx > frame.width) return undefined;
    const row = Math.floor(y / frame.rowHeight);
    const id = frame.rows[row];
    if (id === undefined) return undefined;
    const laid = layoutBar(frame, project, id);
    if (!laid) return undefined;
    const x = frame.rtl ? frame.width - sx : sx;
    const band = barBand(row, frame.rowHeight, laid.bar.shape);
    const inBand = y >= band.y - 4 && y <= band.y + band.height + 6;
    const zone = inBand ? barZone(laid.bar, x, y > band.y + band.height * 0.6) : undefined;
    return { id, row, facts: laid.facts, bar: laid.bar, zone, x };
  }

  showLinkPreview(from: { x: number; y: number } | undefined, to?: { x: number; y: number }): void {
    const rect = this.body?.getBoundingClientRect();
    if (!from || !to || !rect) {
      this.linkPreview = undefined;
      return;
    }
    this.linkPreview = {
      x1: from.x - rect.left,
      y1: from.y - rect.top,
      x2: to.x - rect.left,
      y2: to.y - rect.top,
    };
  }

  say(message: string): void {
    this.announcer.announce(message);
  }

  dragStarted(): void {
    // The tooltip would chase the moving bar every frame and hide what the user is aiming at.
    this.tooltip.hide();
  }

  // ── lifecycle ─────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(() => this.measure());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.unsubscribeLinks?.();
    this.unsubscribeLinks = undefined;
    this.linkStore = undefined;
    this.links = undefined;
    this.rowIndex = new RowIndex();
    this.frameCache = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      // The rows and time that fit, not a default 1200 × 600 (see `measure` for the next size).
      const box = hostBoxBeforeRender(this);
      if (box) this.viewport = { width: Math.round(box.width), height: Math.round(box.height) };
    }
    if (changed.has('zoom') && !isZoomLevel(this.zoom)) this.zoom = 'week';
    this.followLinks(this.store.project);
  }

  protected override firstUpdated(): void {
    // The observer reports the first size asynchronously, outside this update.
    if (this.scroller) this.resizeObserver?.observe(this.scroller);
  }

  protected override updated(): void {
    const scroller = this.scroller;
    if (scroller && this.pendingScroll) {
      const { left, top } = this.pendingScroll;
      this.pendingScroll = undefined;
      if (left !== undefined) scroller.scrollLeft = this.physicalLeft(left);
      if (top !== undefined) scroller.scrollTop = top;
    }
    if (this.pendingFocus !== undefined) {
      const el = this.barElement(this.pendingFocus);
      if (el) {
        this.pendingFocus = undefined;
        // Focusing updates the tab stop and the tooltip: do it after this update, not inside it.
        queueMicrotask(() => el.focus());
      }
    }
  }

  // ── rendering ─────────────────────────────────────────────────────────

  override render(): TemplateResult {
    if (this.store.error) return html`<p part="error" role="alert">${this.store.error.message}</p>`;
    const project = this.store.project;
    const frame = project ? this.frame(project) : undefined;
    this.frameCache = frame;
    const width = frame?.width ?? 0;
    const rowCount = frame?.rows.length ?? 0;
    const bodySize = styleProps({ width: `${width}px`, height: `${rowCount * this.rowHeight}px` });
    return html`<div class="scroller" part="scroller" @scroll=${this.onScroll}>
        <div part="header" aria-hidden="true" ${styleProps({ width: `${width}px`, height: `${this.headerHeight}px` })}>
          ${
            // The header depends on time only: vertical scrolls and edits leave it as it is.
            frame
              ? guard(
                  [
                    frame.x.x0,
                    frame.x.x1,
                    frame.width,
                    frame.scale.start,
                    frame.zoom,
                    frame.locale,
                    frame.weekStart,
                    frame.rtl,
                    this.headerHeight,
                  ],
                  () => this.renderHeader(frame),
                )
              : nothing
          }
        </div>
        <div class="body" ${bodySize}>${frame && project ? this.renderBody(frame, project) : nothing}</div>
      </div>
      <div part="tooltip" role="tooltip" id="tooltip" ?hidden=${this.tooltip.key === undefined}>
        ${this.renderTooltip(project)}
      </div>`;
  }

  private renderHeader(frame: Frame): TemplateResult {
    const { x0, x1 } = screenWindow(frame);
    const h = this.headerHeight;
    return html`<svg
      class="layer"
      ${styleProps({ left: `${x0}px`, top: '0px' })}
      width=${x1 - x0}
      height=${h}
      viewBox="${x0} 0 ${x1 - x0} ${h}"
    >${headerLayer(frame)}</svg>`;
  }

  private renderBody(frame: Frame, project: Project): TemplateResult {
    const { x0, x1 } = screenWindow(frame);
    const y0 = frame.rowWindow.first * frame.rowHeight;
    const h = Math.max(0, (frame.rowWindow.last - frame.rowWindow.first) * frame.rowHeight);
    const selected = new Set(this.selection);
    const baseline = this.currentBaseline(project);
    const calendar = taskCalendar(project, undefined);
    this.drawn = drawnLinks(frame, this.visibleLinks(frame, project), this.barEnds(frame, project));
    const preview = this.linkPreview;
    const tabStop = this.currentTabStop(frame);
    return html`<svg
      class="layer"
      role="group"
      aria-label=${`${project.settings.name}: tasks`}
      ${styleProps({ left: `${x0}px`, top: `${y0}px` })}
      width=${x1 - x0}
      height=${h}
      viewBox="${x0} ${y0} ${x1 - x0} ${h}"
    >
      ${gridLayer(frame, calendar, selected, this.todayMinutes())}
      <g aria-hidden="true">${arrowLayer(this.drawn, this.selectedLink)}</g>
      ${barLayer(frame, {
        project,
        selected,
        tabStop,
        hovered: this.hovered,
        readonly: this.readonly,
        baseline: baseline?.tasks,
        onFocus: this.onBarFocus,
        onBlur: this.onBarBlur,
        onEnter: this.onBarEnter,
        onLeave: this.onBarLeave,
      })}
      ${
        preview
          ? svg`<line part="link-preview" x1=${preview.x1} y1=${preview.y1} x2=${preview.x2} y2=${preview.y2}></line>`
          : nothing
      }
    </svg>`;
  }

  private renderTooltip(project: Project | undefined): TemplateResult | typeof nothing {
    const id = this.tooltip.key;
    if (!project || id === undefined) return nothing;
    const facts = taskFacts(project, id);
    return facts ? tooltipContent(project, facts, this.resolvedLocale) : nothing;
  }

  /** The frame of this render: scale, windows, direction. */
  private frame(project: Project): Frame {
    const rows = this.shownRows(project);
    const range = this.ensureRange(project, rows);
    const scale = timeScale(this.zoom, range.start, range.end);
    const width = Math.round(scaleWidth(scale));
    const viewH = Math.max(0, this.viewport.height - this.headerHeight);
    const left = this.scrollPos.left;
    const frame: Frame = {
      scale,
      zoom: this.zoom,
      width,
      rowHeight: this.rowHeight,
      headerHeight: this.headerHeight,
      rows,
      rowWindow: rowRange(this.scrollPos.top, viewH || 600, this.rowHeight, rows.length, 6),
      x: xWindow(left, this.viewport.width || 1200, width, 512),
      rtl: this.isRtl,
      locale: this.resolvedLocale,
      weekStart: this.weekStart,
    };
    this.rendered.first = frame.rowWindow.first;
    this.rendered.last = frame.rowWindow.last;
    this.rendered.x0 = frame.x.x0;
    this.rendered.x1 = frame.x.x1;
    return frame;
  }

  private ensureRange(project: Project, rows: readonly string[]): { start: number; end: number } {
    if (this.range) return this.range;
    const first = rows.length > 0 ? taskFacts(project, rows[0] as string) : undefined;
    const anchor = parseWallTime(project.settings.start ?? '') ?? first?.start ?? this.todayMinutes() ?? 0;
    const ppm = this.pxPerMinute;
    const span = Math.max(90 * DAY, (Math.max(1200, this.viewport.width) * 4) / ppm);
    const start = anchor - Math.max(7 * DAY, 200 / ppm);
    this.range = { start, end: Math.min(start + span, start + MAX_WIDTH / ppm) };
    return this.range;
  }

  // ── scrolling and range ───────────────────────────────────────────────

  private measure(): void {
    const s = this.scroller;
    if (!s) return;
    const width = s.clientWidth;
    const height = s.clientHeight;
    const viewport = this.viewport;
    if (width === viewport.width && height === viewport.height) return;
    // A size that draws the same windows (the first measure after the estimate, a pixel or two
    // of border apart) is kept without a render; the next one that matters renders.
    if (this.frameCache && !this.windowsMove(this.scrollPos.left, this.scrollPos.top, { width, height })) {
      viewport.width = width;
      viewport.height = height;
      return;
    }
    this.viewport = { width, height };
  }

  private physicalLeft(logical: number): number {
    const width = this.frameCache?.width ?? 0;
    return this.isRtl ? Math.max(0, width - this.viewport.width - logical) : logical;
  }

  private logicalLeft(physical: number): number {
    const width = this.frameCache?.width ?? 0;
    return this.isRtl ? Math.max(0, width - this.viewport.width - physical) : physical;
  }

  private readonly onScroll = (): void => {
    const s = this.scroller;
    if (!s) return;
    const top = s.scrollTop;
    const left = this.logicalLeft(s.scrollLeft);
    if (top !== this.lastTop) {
      this.lastTop = top;
      this.dispatchEvent(createScrollEvent(top));
    }
    const range = this.range;
    if (range && this.viewport.width > 0) {
      const ext = extendRange(range, left, this.viewport.width, this.pxPerMinute, {
        edge: Math.max(200, this.viewport.width / 2),
        chunk: Math.max(30 * DAY, (this.viewport.width * 2) / this.pxPerMinute),
        maxWidth: MAX_WIDTH,
      });
      if (ext) {
        this.range = { start: ext.start, end: ext.end };
        this.pendingScroll = { left: left + ext.shift };
        this.scrollPos = { left: left + ext.shift, top };
        return;
      }
    }
    // Re-render only when the windows move, not on every scrolled pixel.
    if (this.windowsMove(left, top, this.viewport)) {
      this.scrollPos = { left, top };
    } else {
      this.scrollPos.left = left;
      this.scrollPos.top = top;
    }
  };

  /** Whether this scroll position and viewport put the row or time window elsewhere than drawn. */
  private windowsMove(left: number, top: number, viewport: { width: number; height: number }): boolean {
    const rowKey = rowRange(
      top,
      Math.max(0, viewport.height - this.headerHeight) || 600,
      this.rowHeight,
      this.frameCache?.rows.length ?? 0,
      6,
    );
    const xKey = xWindow(left, viewport.width || 1200, this.frameCache?.width ?? 0, 512);
    return (
      rowKey.first !== this.rendered.first ||
      rowKey.last !== this.rendered.last ||
      xKey.x0 !== this.rendered.x0 ||
      xKey.x1 !== this.rendered.x1
    );
  }

  /** Puts instant `t` at `offset` px from the viewport's leading edge (and optionally scrolls to `top`). */
  private anchorTime(t: number, offset: number, top?: number): void {
    const ppm = this.pxPerMinute;
    const vw = Math.max(1200, this.viewport.width);
    const start = t - (offset + vw * 2) / ppm;
    this.range = { start, end: start + Math.min(MAX_WIDTH, vw * 6) / ppm };
    const left = (t - start) * ppm - offset;
    this.pendingScroll = top === undefined ? { left } : { left, top };
    this.scrollPos = { left, top: top ?? this.scrollPos.top };
  }

  private zoomAt(direction: -1 | 1, clientX: number): void {
    const next = stepZoom(this.zoom, direction);
    const frame = this.frameCache;
    const s = this.scroller;
    if (next === this.zoom || !frame || !s) return;
    const rect = s.getBoundingClientRect();
    const screen = clientX - rect.left;
    const offset = frame.rtl ? this.viewport.width - screen : screen;
    const t = minutesAt(frame.scale, this.scrollPos.left + offset);
    this.zoom = next;
    this.anchorTime(t, offset);
  }

  // ── data helpers ──────────────────────────────────────────────────────

  /**
   * The rows drawn: `rows`, else every task in WBS order. A new list with the same ids as the last
   * one (a Gantt's grid reports its rows after the first render, a host may hand the same rows
   * again) is taken as the last one, so the row and link indexes built over it stay.
   */
  private shownRows(project: Project): readonly string[] {
    const next = this.rows ?? project.wbsOrder();
    const last = this.lastRows;
    if (last !== undefined && (next === last.given || next === last.rows)) return last.rows;
    const rows = last !== undefined && sameIds(last.rows, next) ? last.rows : next;
    this.lastRows = { given: next, rows };
    return rows;
  }

  private rowOf(id: string): number {
    const project = this.store.project;
    if (!project) return -1;
    return this.rowIndex.of(project, this.shownRows(project), id);
  }

  /** Keeps the link index current: rebuilt when the rows or the set of links change, not on date changes. */
  private followLinks(project: Project | undefined): void {
    if (project === this.linkStore) return;
    this.unsubscribeLinks?.();
    this.linkStore = project;
    this.links = undefined;
    this.unsubscribeLinks = project?.subscribe((batch) => {
      if (
        batch.operations.some(
          (op) => op.entity === 'dependency' || (op.entity === 'task' && op.kind !== 'update'),
        )
      )
        this.linkVersion += 1;
    });
  }

  private visibleLinks(frame: Frame, project: Project): Readonly<Dependency>[] {
    if (this.links?.source !== frame.rows || this.links.version !== this.linkVersion) {
      const list = project.dependencies();
      this.links = {
        source: frame.rows,
        version: this.linkVersion,
        list,
        index: linkRows(list, (id) => this.rowOf(id)),
      };
    }
    const { list, index } = this.links;
    return linksInRows(index, frame.rowWindow).map((i) => list[i] as Readonly<Dependency>);
  }

  private barEnds(frame: Frame, project: Project): BarEnds {
    const cache = new Map<string, ReturnType<BarEnds>>();
    return (id) => {
      if (cache.has(id)) return cache.get(id);
      const row = this.rowOf(id);
      const laid = row < 0 ? undefined : layoutBar(frame, project, id);
      const end = laid && {
        row,
        startX: laid.bar.startX,
        endX: laid.bar.endX,
        left: laid.bar.x,
        right: laid.bar.x + laid.bar.width,
        critical: laid.facts.critical,
      };
      cache.set(id, end);
      return end;
    };
  }

  private currentBaseline(project: Project) {
    if (this.baseline === '') return undefined;
    if (this.baseline !== undefined) return project.baseline(this.baseline);
    const all = project.baselines();
    return all[all.length - 1];
  }

  private todayMinutes(): number | undefined {
    return todayMinutes(this.today);
  }

  private currentTabStop(frame: Frame): string | undefined {
    if (this.tabStop !== undefined && this.rowOf(this.tabStop) >= 0) return this.tabStop;
    const first = this.selection.find((id) => this.rowOf(id) >= 0);
    return first ?? frame.rows[frame.rowWindow.first];
  }

  private barElement(id: string): SVGGElement | undefined {
    const frame = this.frameCache;
    const row = this.rowOf(id);
    if (!frame || row < 0) return undefined;
    const bars = this.renderRoot.querySelectorAll<SVGGElement>('g[part~="bar"]');
    for (const bar of bars) if (bar.dataset.task === id) return bar;
    return undefined;
  }

  // ── selection and events ──────────────────────────────────────────────

  private select(ids: readonly string[], dependencyId?: string): void {
    const detail: SelectionChangeDetail =
      dependencyId === undefined ? { selection: ids } : { selection: ids, dependencyId };
    if (!requestChange(this, 'selection-change', detail)) return;
    this.selection = ids;
    this.selectedLink = dependencyId;
    announceChange(this, 'selection-change', detail);
  }

  private readonly onBarFocus = (id: string, event: FocusEvent): void => {
    this.tabStop = id;
    if (event.target instanceof Element) this.tooltip.show(id, event.target);
  };

  private readonly onBarBlur = (id: string): void => {
    this.tooltip.hide(id);
  };

  private readonly onBarEnter = (id: string, event: PointerEvent): void => {
    this.hovered = id;
    if (!this.gestures.active && event.currentTarget instanceof Element)
      this.tooltip.show(id, event.currentTarget);
  };

  private readonly onBarLeave = (id: string): void => {
    if (this.hovered === id) this.hovered = undefined;
    this.tooltip.hide(id);
  };

  private readonly onClick = (event: MouseEvent): void => {
    const target = event.composedPath()[0];
    if (target instanceof SVGElement && target.classList.contains('arrow-hit')) {
      // The stroke under the pointer is an arrow's; which one is a question of geometry.
      const rect = this.body?.getBoundingClientRect();
      const id = rect && linkAt(this.drawn, event.clientX - rect.left, event.clientY - rect.top);
      if (id !== undefined && id !== this.selectedLink) this.select([], id);
      return;
    }
    const hit = this.hitTest(event.clientX, event.clientY);
    if (!hit?.zone) {
      if (event.composedPath().some((n) => n === this.body)) {
        if (this.selection.length > 0 || this.selectedLink !== undefined) this.select([]);
      }
      return;
    }
    this.tabStop = hit.id;
    const toggle = event.ctrlKey || event.metaKey || event.shiftKey;
    const next = toggle
      ? this.selection.includes(hit.id)
        ? this.selection.filter((s) => s !== hit.id)
        : [...this.selection, hit.id]
      : [hit.id];
    if (next.join('\u0000') !== this.selection.join('\u0000') || this.selectedLink !== undefined)
      this.select(next);
    this.dispatchEvent(createTaskClickEvent({ taskId: hit.id, open: false, originalEvent: event }));
  };

  private readonly onDoubleClick = (event: MouseEvent): void => {
    const hit = this.hitTest(event.clientX, event.clientY);
    if (hit?.zone)
      this.dispatchEvent(createTaskClickEvent({ taskId: hit.id, open: true, originalEvent: event }));
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const project = this.store.project;
    const frame = this.frameCache;
    if (!project || !frame) return;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && (event.key === 'z' || event.key === 'Z' || event.key === 'y')) {
      // Mid-drag the preview is on screen: undo would act under it. Escape cancels a drag instead.
      if (this.readonly || this.gestures.active) return;
      event.preventDefault();
      if (event.key === 'y' || event.shiftKey) project.redo();
      else project.undo();
      return;
    }
    if (!mod && (event.key === '+' || event.key === '=' || event.key === '-')) {
      const rect = this.scroller?.getBoundingClientRect();
      if (rect) this.zoomAt(event.key === '-' ? 1 : -1, rect.left + rect.width / 2);
      event.preventDefault();
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && this.selectedLink !== undefined) {
      event.preventDefault();
      if (!this.readonly && commitLinkRemove(this, project, this.selectedLink)) {
        this.selectedLink = undefined;
        this.say('Link removed.');
      }
      return;
    }
    const id = this.tabStop;
    if (id === undefined || !(event.composedPath()[0] instanceof SVGElement)) return;
    const row = this.rowOf(id);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (event.altKey) return;
      event.preventDefault();
      const next =
        frame.rows[Math.max(0, Math.min(frame.rows.length - 1, row + (event.key === 'ArrowDown' ? 1 : -1)))];
      if (next !== undefined) this.focusTask(next);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      this.dispatchEvent(createTaskClickEvent({ taskId: id, open: true, originalEvent: event }));
      return;
    }
    if (event.key === ' ') {
      event.preventDefault();
      this.select(
        this.selection.includes(id) ? this.selection.filter((s) => s !== id) : [...this.selection, id],
      );
      return;
    }
    if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && event.altKey) {
      event.preventDefault();
      if (!this.readonly) this.nudge(project, id, event);
    }
  };

  private nudge(project: Project, id: string, event: KeyboardEvent): void {
    const facts = taskFacts(project, id);
    if (!facts || facts.shape === 'summary') return;
    const forward = (event.key === 'ArrowRight') !== this.isRtl;
    const dir = forward ? 1 : -1;
    const say = (message: string) => this.say(message);
    if (event.shiftKey) {
      if (facts.shape === 'milestone') return;
      const end = stepSnap(this.zoom, facts.end, dir, this.weekStart);
      if (end <= facts.start) return;
      const patch = planTaskDates(project, facts, 'resize-end', end, undefined, 1);
      if (patch) commitTaskEdit(this, project, { taskId: id, patch, source: 'keyboard' }, { say });
    } else {
      const patch = planTaskDates(
        project,
        facts,
        'move',
        stepSnap(this.zoom, facts.start, dir, this.weekStart),
      );
      if (patch) commitTaskEdit(this, project, { taskId: id, patch, source: 'keyboard' }, { say });
    }
    const moved = taskFacts(project, id);
    if (moved && (moved.start !== facts.start || moved.end !== facts.end))
      this.say(`${moved.name} now ${this.describeDates(moved.start, moved.end)}.`);
  }

  private describeDates(start: number, end: number): string {
    const f = new Intl.DateTimeFormat(this.resolvedLocale, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    return `${f.format(new Date(start * 60000))} to ${f.format(new Date((end % DAY === 0 && end > start ? end - DAY : end) * 60000))}`;
  }

  private focusTask(id: string): void {
    const project = this.store.project;
    const row = this.rowOf(id);
    if (!project || row < 0) return;
    this.tabStop = id;
    this.pendingFocus = id;
    const viewH = Math.max(0, this.viewport.height - this.headerHeight);
    const top = row * this.rowHeight;
    const current = this.scrollTop;
    if (top < current) this.scrollTop = top;
    else if (top + this.rowHeight > current + viewH) this.scrollTop = top + this.rowHeight - viewH;
    const facts = taskFacts(project, id);
    const frame = this.frameCache;
    if (facts && frame) {
      const x = xOf(frame.scale, facts.start);
      if (x < this.scrollPos.left || x > this.scrollPos.left + this.viewport.width - 40)
        this.anchorTime(facts.start, 80);
    }
    this.requestUpdate();
  }
}

/** The first day of the week for a locale (0 = Sunday), Monday when the browser cannot tell. */
function firstDayOfWeek(locale: string | undefined): number {
  try {
    const info = new Intl.Locale(locale ?? 'en') as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    return (info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay ?? 1) % 7;
  } catch {
    return 1;
  }
}

/** Whether two row lists hold the same ids in the same order. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
