import '../i18n/en/timeline.js';
import { parseWallTime, type Project, type ProjectData } from '@roadline/core';
import { barBand, barZone, isZoomLevel, levelToFit, type ZoomLevel } from '@roadline/core/views/timeline';
import { html, LitElement, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { PresenceController } from '../base/presence-controller.js';
import { presenceStyles } from '../base/presence-marks.js';
import { RowIndex } from '../base/row-index.js';
import { StoreController } from '../base/store-controller.js';
import { styleProps } from '../base/style-props.js';
import { taskCalendar } from '../base/task-calendar.js';
import { Announcer } from '../controllers/announcer.js';
import { ConfirmDialog } from '../editing/confirm-dialog.js';
import { FilteredRows } from '../base/filtered-rows.js';
import type { PlannerFilter } from '@roadline/core/views/grid';
import { editingStyles } from '../editing/editing.styles.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { TooltipController } from '../controllers/tooltip-controller.js';
import { UndoKeysController } from '../controllers/undo-keys-controller.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import { createScrollEvent, type ScrollDetail } from '../events/scroll-event.js';
import { createTaskClickEvent } from '../events/task-click-event.js';
import { baseStyles } from '../styles/tokens.js';
import { arrowLayer, type DrawnLink, drawnLinks, linkAt } from './arrow-layer.js';
import { barEnds, barLayer, layoutBar } from './bar-layer.js';
import { comparedBaseline, shownBaseline } from '../base/baselines.js';
import { exportPng, exportSvg } from './export.js';
import { type Frame, screenWindow } from './frame.js';
import { type GestureHost, type Hit, TimelineGestures } from './gestures.js';
import { gridLayer } from './grid-layer.js';
import { headerLayer } from './header-layer.js';
import { TimelineKeys } from './keyboard.js';
import { LinkIndex } from './link-index.js';
import { TimelineSelection } from './selection.js';
import { taskFacts } from '../base/task-facts.js';
import { todayMinutes } from '@roadline/core/views/dates';
import { timelineStyles } from './timeline.styles.js';
import { tooltipFor } from './tooltip-content.js';
import { TimelineViewport } from './viewport.js';

const DAY = 1440;

/** The time pane's scroll detail: the vertical offset, so a grid beside it can follow. */
export type TimelineScrollDetail = ScrollDetail;

/**
 * The time pane of a Gantt chart: a two-row time header, task bars with progress, summary bars
 * (filled to their leaves' duration-weighted progress, `project.rolledUpProgress`), milestones, dependency arrows for the four link types, critical path, baseline bars, a today
 * line and non-working shading. Rows and time are virtualized (the DOM holds what the viewport
 * shows), and the time range grows as you scroll towards its edges.
 *
 * Drag a bar to move it (successors follow live through the store's scheduler), drag its ends to
 * resize, drag the progress handle, drag from a bar's end connector to another bar to link them
 * (the ends chosen decide FS, SS, FF or SF); click an arrow and press Delete to remove it. A
 * summary's bar moves every task below it by the same working time (their constraints shifted
 * with them, links still respected; `rl-task-change` carries `shift` and `subtree`). Each
 * gesture is one undo step (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y redo). With a bar focused: Up/Down move between
 * rows, Alt+Left/Right move the task one snap unit, Shift+Alt+Left/Right resize it, Enter asks
 * for an editor (`rl-task-click` with `open`), Space selects, Delete or Backspace deletes the
 * selected tasks (a summary asks first, with its subtask count; one undo step). Ctrl+wheel or
 * pinch zooms around the pointer; `+` and `-` zoom too. `filter` shows only the tasks that match.
 * In a shared project the selection goes to the others, and a bar others select is outlined in their color, their names as its title.
 *
 * Panes beside it keep in step: rows through `rl-scroll` and `syncScrollTop(top)` (drawn in the same
 * frame; setting `scrollTop` draws a frame later), time through `rl-time-scroll` (start, scale, offset).
 *
 * @summary Timeline of a project's tasks on a time axis.
 *
 * @fires rl-task-click - A bar was clicked, double-clicked (`open: true`) or chosen with Enter.
 * @fires rl-before-selection-change - Cancelable: the user is about to change the selection.
 * @fires rl-selection-change - The user changed the selection.
 * @fires rl-before-task-change - Cancelable: a gesture or key is about to change a task.
 * @fires rl-task-change - A task was changed by the user (one store transaction); a summary's bar moved carries `shift` and `subtree`.
 * @fires rl-before-link-create - Cancelable: the user is about to link two tasks.
 * @fires rl-link-create - The user linked two tasks.
 * @fires rl-before-link-remove - Cancelable: the user is about to remove a link.
 * @fires rl-link-remove - The user removed a link.
 * @fires rl-before-task-remove - Cancelable: the user is about to delete the selected tasks.
 * @fires rl-task-remove - The user deleted tasks (with their subtasks, links and notes).
 * @fires rl-scroll - The pane scrolled vertically (`detail.top`); not a user change.
 * @fires rl-time-scroll - The time axis moved (scrolled sideways, zoomed, range grown): `detail` is its `TimeAxis`.
 * @fires rl-error - The data does not parse or is not valid.
 *
 * @csspart scroller - The scrolling viewport.
 * @csspart header - The sticky two-row time header.
 * @csspart header-cell - One cell of the header.
 * @csspart header-label - A header cell's label.
 * @csspart row - A row's background (also `alt`, `selected`).
 * @csspart nonworking - Shaded non-working time.
 * @csspart today - The today line.
 * @csspart bar - A task's bar group (with `task`, `summary` or `milestone`, `critical`, `manual`, `late`, `selected`, `peer-selected`).
 * @csspart milestone - A milestone's group (alongside `bar`).
 * @csspart summary - A summary bar's group (alongside `bar`).
 * @csspart bar-label - The task name beside a bar.
 * @csspart baseline - A baseline bar under a live one; the compared baseline's is also `compare`.
 * @csspart deadline - A task's deadline marker over its row (also `late` when the task ends after it).
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
 * @cssprop [--rl-timeline-compare-baseline-color=var(--rl-color-warning)] - The compared baseline's bars.
 * @cssprop [--rl-timeline-deadline-color=var(--rl-color-success)] - Deadline markers.
 * @cssprop [--rl-timeline-late-color=var(--rl-color-danger)] - A deadline missed: its marker and the bar's outline.
 * @cssprop [--rl-timeline-arrow-color=var(--rl-color-text-muted)] - Dependency arrows.
 * @cssprop [--rl-timeline-today-color=var(--rl-color-danger)] - The today line.
 * @cssprop [--rl-timeline-selected-color=var(--rl-color-focus)] - Selected bars, rows and arrows.
 * @cssprop [--rl-timeline-tooltip-background=var(--rl-color-text)] - The tooltip's background.
 * @cssprop [--rl-timeline-tooltip-color=var(--rl-color-surface)] - The tooltip's text.
 */
export class RlTimeline extends LitElement {
  static override styles = [baseStyles, timelineStyles, editingStyles, presenceStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;

  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;

  /** Task ids to show, in display order (a gantt passes its expanded rows); default every task in WBS order. */
  @property({ attribute: false }) rows: readonly string[] | undefined;
  /** Shows only the tasks that match (and their summaries) when `rows` is not given: status, people, critical, late. */
  @property({ attribute: false }) filter: PlannerFilter | undefined;

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

  /** BCP 47 locale for dates and the first day of the week; default the nearest `lang`, else the browser's. */
  @property() locale: string | undefined;

  /** The baseline drawn under the bars (by id); default the most recent one, `''` for none. */
  @property() baseline: string | undefined;
  /** A second baseline (by id) drawn under the first to compare them (part `baseline compare`); none by default. */
  @property({ attribute: 'compare-baseline' }) compareBaseline: string | undefined;

  /** Today's date for the today line (`YYYY-MM-DD`); default the viewer's current date. */
  @property() today: string | undefined;

  /** The bar under the pointer (it alone of the unfocused, unselected bars draws its handles). */
  @state() private hovered: string | undefined;
  @state() private linkPreview: { x1: number; y1: number; x2: number; y2: number } | undefined;

  @query('.scroller') private scroller!: HTMLElement | null;
  @query('.body') private body!: HTMLElement | null;
  @query('[part~="tooltip"]') private tooltipEl!: HTMLElement | null;

  private readonly store = new StoreController(this);
  private readonly writing = new LocaleController(this, { locale: () => this.locale });
  private readonly announcer = new Announcer(this);
  private readonly confirm = new ConfirmDialog(this, (key, params) => this.writing.t(key, params));
  private readonly filtered = new FilteredRows();
  private readonly tooltip = new TooltipController<string>(this, () => this.tooltipEl);
  private readonly viewport = new TimelineViewport(this, {
    scroller: () => this.scroller,
    scrolledTo: (top) => this.dispatchEvent(createScrollEvent(top)),
  });
  private readonly selected = new TimelineSelection(this);
  private readonly presence = new PresenceController(this, () => this.store.project, this.selected.ids);
  private readonly links = new LinkIndex();
  private readonly gestures = new TimelineGestures(this.gestureHost());
  private rowIndex = new RowIndex();
  /** The rows last given and the list drawn for them (see `shownRows`). */
  private lastRows: { given: readonly string[]; rows: readonly string[] } | undefined;
  /** What the render paints besides the viewport's frame, computed before it in `update`. */
  private drawn: readonly DrawnLink[] = [];
  private shownTabStop: string | undefined;

  constructor() {
    super();
    new UndoKeysController(this, {
      project: () => this.store.project,
      // Mid-drag the preview is on screen: undo would act under it. Escape cancels a drag instead.
      enabled: () => !this.readonly && !this.gestures.active,
      announce: (message) => this.announcer.announce(message),
      t: this.writing.t,
    });
    new TimelineKeys(this, {
      project: () => this.store.project,
      viewport: this.viewport,
      selection: this.selected,
      rowOf: (id) => this.rowOf(id),
      rtl: () => this.writing.rtl,
      language: () => this.writing.language,
      weekStart: () => this.writing.firstDayOfWeek,
      say: (message) => this.announcer.announce(message),
      confirm: (message, yes) => this.confirm.ask(message, yes),
      t: this.writing.t,
      bar: (id) => this.barElement(id),
    });
    new ZoomController(
      this,
      () => this.scroller ?? undefined,
      (direction, clientX) => this.viewport.zoomAt(direction, clientX),
    );
    this.addEventListener('click', this.onClick);
    this.addEventListener('dblclick', this.onDoubleClick);
  }

  // ── public API ────────────────────────────────────────────────────────

  /** The vertical scroll offset of the pane (a gantt keeps its grid in step with it). */
  override get scrollTop(): number {
    return this.viewport.scrollTop;
  }
  override set scrollTop(top: number) {
    this.viewport.scrollTop = top;
  }

  /**
   * Scrolls the rows to `top` and draws them for it at once, in this frame: a `scrollTop` set by
   * a script draws only in the next frame, when the browser's scroll event arrives. For a pane
   * beside this one (the grid of a gantt) that has already drawn the new offset. Fires `rl-scroll`
   * as a scroll does when the offset changed; the browser's later event then finds nothing to do.
   */
  syncScrollTop(top: number): void {
    this.viewport.syncScrollTop(top);
  }

  /** Scrolls the task's row and bar into view. */
  scrollToTask(id: string): void {
    const project = this.store.project;
    const row = this.rowOf(id);
    if (!project || row < 0) return;
    const facts = taskFacts(project, id);
    const { width, height } = this.viewport;
    const viewH = Math.max(0, height - this.headerHeight);
    const top = Math.max(0, row * this.rowHeight - viewH / 2 + this.rowHeight / 2);
    if (facts) this.viewport.anchorTime(facts.start, Math.min(120, width / 4), top);
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
    this.viewport.anchorTime(start, margin);
  }

  /** The chart as a standalone SVG document (every row up to 5000, the whole project span). */
  exportSVG(): string {
    const project = this.store.project;
    if (!project) return '';
    const rows = this.shownRows(project);
    const result = project.schedule();
    const start =
      parseWallTime(result?.start ?? project.settings.start ?? '') ?? this.viewport.rangeStart ?? 0;
    const end = parseWallTime(result?.end ?? '') ?? start + 30 * DAY;
    return exportSvg({
      project,
      rows,
      zoom: this.zoom,
      start: start - 7 * DAY,
      end: end + 7 * DAY,
      rowHeight: this.rowHeight,
      headerHeight: this.headerHeight,
      rtl: this.writing.rtl,
      locale: this.writing.language,
      weekStart: this.writing.firstDayOfWeek,
      baseline: shownBaseline(project, this.baseline),
      compare: comparedBaseline(project, this.compareBaseline),
      today: this.todayMinutes(),
      style: getComputedStyle(this),
    });
  }

  /** The chart as a PNG image. */
  exportPNG(): Promise<Blob> {
    return exportPng(this.exportSVG());
  }

  // ── the gestures' view of the element ─────────────────────────────────

  private gestureHost(): GestureHost {
    const element = this;
    return {
      element,
      get project() {
        return element.store.project;
      },
      get readonly() {
        return element.readonly;
      },
      get zoom() {
        return element.zoom;
      },
      get weekStart() {
        return element.writing.firstDayOfWeek;
      },
      get pxPerMinute() {
        return element.viewport.pxPerMinute;
      },
      get rtl() {
        return element.writing.rtl;
      },
      hitTest: (clientX, clientY) => element.hitTest(clientX, clientY),
      showLinkPreview: (from, to) => element.showLinkPreview(from, to),
      say: (message) => element.announcer.announce(message),
      t: element.writing.t,
      // The tooltip would chase the moving bar every frame and hide what the user is aiming at.
      dragStarted: () => element.tooltip.hide(),
    };
  }

  /** The bar under a viewport point, from the frame drawn last (no render state is computed here). */
  private hitTest(clientX: number, clientY: number): Hit | undefined {
    const project = this.store.project;
    const frame = this.viewport.frame;
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

  private showLinkPreview(from: { x: number; y: number } | undefined, to?: { x: number; y: number }): void {
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

  // ── lifecycle ─────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.links.clear();
    this.rowIndex = new RowIndex();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The rows and time that fit, not a default 1200 × 600 (the viewport observes the next size).
    if (!this.hasUpdated) this.viewport.estimate();
    if (changed.has('zoom') && !isZoomLevel(this.zoom)) this.zoom = 'week';
  }

  /**
   * Computes what this render paints: the frame, the links drawn and the tab stop. Here rather
   * than in `willUpdate` because the store controller resolves `.project` / `.data` in its
   * `hostUpdate`, which runs between the two; `render()` then only paints.
   */
  protected override update(changed: PropertyValues<this>): void {
    const project = this.store.error ? undefined : this.store.project;
    this.links.follow(this.store.project);
    if (project) {
      const frame = this.viewport.compute({
        rows: this.shownRows(project),
        rtl: this.writing.rtl,
        locale: this.writing.language,
        weekStart: this.writing.firstDayOfWeek,
        anchor: () => this.rangeAnchor(project),
      });
      this.drawn = drawnLinks(
        frame,
        this.links.visible(frame, project, this.rowOf),
        barEnds(frame, project, this.rowOf),
      );
      this.shownTabStop = this.selected.currentTabStop(frame, this.rowOf);
    } else {
      this.viewport.frame = undefined;
      this.drawn = [];
    }
    super.update(changed);
  }

  // ── rendering ─────────────────────────────────────────────────────────

  override render(): TemplateResult {
    if (this.store.error) return html`<p part="error" role="alert">${this.store.error.message}</p>`;
    const project = this.store.project;
    const frame = this.viewport.frame;
    const width = frame?.width ?? 0;
    const rowCount = frame?.rows.length ?? 0;
    const bodySize = styleProps({ width: `${width}px`, height: `${rowCount * this.rowHeight}px` });
    // With no bar to focus, the scroller itself takes the tab stop so the keyboard can still scroll it.
    return html`<div class="scroller" part="scroller" tabindex=${rowCount === 0 ? '0' : nothing} @scroll=${this.viewport.onScroll}>
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
        ${tooltipFor(project, this.tooltip.key, this.writing.language)}
      </div>${this.confirm.render()}`;
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
    const calendar = taskCalendar(project, undefined);
    const preview = this.linkPreview;
    return html`<svg
      class="layer"
      role="group"
      aria-label=${this.writing.t('timeline.tasks', { project: project.settings.name })}
      ${styleProps({ left: `${x0}px`, top: `${y0}px` })}
      width=${x1 - x0}
      height=${h}
      viewBox="${x0} ${y0} ${x1 - x0} ${h}"
    >
      ${gridLayer(frame, calendar, selected, this.todayMinutes())}
      <g aria-hidden="true">${arrowLayer(this.drawn, this.selected.link)}</g>
      ${barLayer(frame, {
        project,
        selected,
        tabStop: this.shownTabStop,
        hovered: this.hovered,
        readonly: this.readonly,
        baseline: shownBaseline(project, this.baseline),
        compare: comparedBaseline(project, this.compareBaseline),
        presence: this.presence,
        t: this.writing.t,
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

  // ── data helpers ──────────────────────────────────────────────────────

  /**
   * The rows drawn: `rows`, else every task in WBS order. A new list with the same ids as the last
   * one (a Gantt's grid reports its rows after the first render, a host may hand the same rows
   * again) is taken as the last one, so the row and link indexes built over it stay.
   */
  private shownRows(project: Project): readonly string[] {
    const next = this.rows ?? this.filtered.get(project, this.filter, this.today).order;
    const last = this.lastRows;
    if (last !== undefined && (next === last.given || next === last.rows)) return last.rows;
    const rows = last !== undefined && sameIds(last.rows, next) ? last.rows : next;
    this.lastRows = { given: next, rows };
    return rows;
  }

  private readonly rowOf = (id: string): number => {
    const project = this.store.project;
    if (!project) return -1;
    return this.rowIndex.of(project, this.shownRows(project), id);
  };

  /** Where the time range starts around before the user scrolled: the project's start, else its first row's. */
  private rangeAnchor(project: Project): number {
    const rows = this.shownRows(project);
    const first = rows.length > 0 ? taskFacts(project, rows[0] as string) : undefined;
    return parseWallTime(project.settings.start ?? '') ?? first?.start ?? this.todayMinutes() ?? 0;
  }

  private todayMinutes(): number | undefined {
    return todayMinutes(this.today);
  }

  private barElement(id: string): SVGGElement | undefined {
    if (!this.viewport.frame || this.rowOf(id) < 0) return undefined;
    const bars = this.renderRoot.querySelectorAll<SVGGElement>('g[part~="bar"]');
    for (const bar of bars) if (bar.dataset.task === id) return bar;
    return undefined;
  }

  // ── pointer events on bars and arrows ─────────────────────────────────

  private readonly onBarFocus = (id: string, event: FocusEvent): void => {
    this.selected.tabStop = id;
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
      if (id !== undefined && id !== this.selected.link) this.selected.select([], id);
      return;
    }
    const hit = this.hitTest(event.clientX, event.clientY);
    if (!hit?.zone) {
      if (event.composedPath().some((n) => n === this.body)) this.selected.clear();
      return;
    }
    this.selected.click(hit.id, event.ctrlKey || event.metaKey || event.shiftKey);
    this.dispatchEvent(createTaskClickEvent({ taskId: hit.id, open: false, originalEvent: event }));
  };

  private readonly onDoubleClick = (event: MouseEvent): void => {
    const hit = this.hitTest(event.clientX, event.clientY);
    if (hit?.zone)
      this.dispatchEvent(createTaskClickEvent({ taskId: hit.id, open: true, originalEvent: event }));
  };
}

/** Whether two row lists hold the same ids in the same order. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
