import '../i18n/en/grid.js';
import type { Project, ProjectData } from '@roadline/core';
import type { PlannerFilter } from '@roadline/core/views/grid';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PresenceController } from '../base/presence-controller.js';
import { presenceBar, presenceStyles } from '../base/presence-marks.js';
import { SharedSelectionController } from '../base/shared-selection.js';
import { StoreController } from '../base/store-controller.js';
import { styleProps } from '../base/style-props.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { SplitterController } from '../controllers/splitter.js';
import { announceChange, requestChange } from '../events/change-events.js';
import type { SortState } from '../events/column-change-event.js';
import type { RlRowsChangeEvent } from '../events/rows-change-event.js';
import type { RlSelectionChangeEvent } from '../events/selection-change-event.js';
import { svgToPng } from '../base/svg-png.js';
import { baseStyles } from '../styles/tokens.js';
import { createTask, emptyState } from '../editing/empty-state.js';
import { emptyStateStyles } from '../editing/editing.styles.js';
import { todayDate } from '@roadline/core/views/dates';
import { type ColumnConfig, DEFAULT_COLUMNS } from './columns.js';
import { type GanttZoom, GanttToolbar } from './gantt-toolbar.js';
import { ganttSvg, sheetLook } from './gantt-export.js';
import { ganttStyles } from './gantt.styles.js';
import type { RlGanttGrid } from './gantt-grid.js';
import { type GridSheet, gridSheet } from './grid-sheet.js';
import { type PrintChart, type PrintLayout, printSheet, printSheetStyles } from './print-sheet.js';

import { type GanttResourcePane, ResourcePaneController } from './resource-pane.js';

export type { GanttZoom } from './gantt-toolbar.js';
export type { PrintLayout } from './print-sheet.js';
export type { GanttResourcePane } from './resource-pane.js';

/** What `rl-gantt` needs of its `rl-timeline` (which may not be registered on the page). */
interface TimelinePane extends HTMLElement {
  scrollTop: number;
  syncScrollTop?(top: number): unknown;
  scrollToTask?(id: string): unknown;
  zoomToFit?(): unknown;
  exportSVG?(): string;
  exportPNG?(): Promise<Blob>;
  readonly updateComplete?: Promise<unknown>;
}

/**
 * A Gantt chart: the task grid (WBS tree, configurable columns, inline editing) beside
 * `rl-timeline`, rows in step, with a draggable splitter between them. Both panes show and edit
 * the same store and share the selection; `rl-gantt` only coordinates them. The panes scroll
 * together, drawn in the same frame, with one vertical scrollbar (the timeline's).
 *
 * In the grid, typing on a cell starts editing it (F2 keeps the value), a row dragged by its handle
 * moves in the tree (onto a row: its child; above or below: a sibling), Alt+Shift+arrows indent,
 * outdent and move rows, and the menu button in the header's corner shows and hides columns.
 *
 * An empty Gantt offers "Add task" over its grid. Delete (or Backspace) on a row or a bar deletes the selected tasks (a summary asks first, with its
 * subtask count); one undo step brings them back with their links. A row's or bar's context menu
 * (right click, the context-menu key or Shift+F10) adds a task above, below or under it, indents,
 * outdents, turns it into a milestone and back, links it to another task, or deletes it.
 *
 * The toolbar above the panes zooms (out, in, to fit), searches (its Search button opens the box;
 * every task found is marked and Enter jumps from one to the next), filters both panes (a Filter menu of status and person, and
 * toggles for critical only and late only: `filter`), undoes and redoes, has a Baseline menu (take
 * a baseline, pick the one shown and one to compare with), levels people's load ("Level", "Clear
 * leveling"; one undo step each), and has an Export menu (PNG, SVG, JSON and the data formats) and
 * Print. Its menus are WAI-ARIA menu buttons. Put your own in the `toolbar` slot, or none with
 * `hide-toolbar`.
 *
 * `resource-pane="histogram"` or `"usage"` shows `rl-resource-histogram` or `rl-resource-usage` under
 * the panes, on the timeline's time axis and horizontal scroll (register that element too).
 *
 * `exportSVG()` and `exportPNG()` draw the grid's shown columns beside the timeline, every row, as
 * one image. `print()` prints every row across pages (`print-mode`, `print-layout`), the header
 * repeated on each page and no row cut in two; the browser's own print command does the same.
 *
 * Give it `.project` (a core store; it follows changes), `.data` (plain `ProjectData`) or an inline
 * `<script type="application/json">` child. Right-to-left with `dir="rtl"`.
 *
 * @summary Task grid and timeline side by side.
 *
 * @fires rl-before-task-change - Cancelable: a cell edit, indent, row move or bar drag is about to change a task.
 * @fires rl-task-change - A task was changed (cell edit, indent, row move, bar drag…).
 * @fires rl-before-task-create - Cancelable: a task is about to be added from the grid.
 * @fires rl-task-create - A task was added from the grid.
 * @fires rl-before-task-remove - Cancelable: tasks are about to be deleted (`taskIds`, `count` with subtasks).
 * @fires rl-task-remove - Tasks were deleted, with their subtasks, links and notes.
 * @fires rl-before-link-create - Cancelable: a dependency is about to be added.
 * @fires rl-link-create - A dependency was added.
 * @fires rl-before-link-remove - Cancelable: a dependency is about to be removed.
 * @fires rl-link-remove - A dependency was removed.
 * @fires rl-before-selection-change - Cancelable: the user is about to change the selection.
 * @fires rl-selection-change - The selection changed.
 * @fires rl-before-column-change - Cancelable: grid columns are about to be resized, reordered, sorted, shown or hidden.
 * @fires rl-column-change - Grid columns were resized, reordered, sorted, shown or hidden (`reason` `'add'`/`'remove'`); `detail.columns` is the whole shown set to store.
 * @fires rl-task-click - A task was clicked (`open` on double-click or Enter).
 * @fires rl-scroll - The rows scrolled vertically (`detail.top`), whichever pane moved; once per scroll, not a user change.
 * @fires rl-error - The data does not parse or is not valid.
 *
 * @csspart grid - The task grid; its own parts are exported as `row` (with
 *   `summary`, `selected`, `critical`), `cell`,
 *   `column-header`, `toggle`, `editor`, `cell-error`, `drag-handle`, `drop-indicator`, and the column menu's
 *   `column-menu-button`, `column-menu`, `column-menu-item`; rows the search found also have `match`;
 *   the task menu is `task-menu` with `task-menu-item`s, a deletion's question `confirm`; in a shared
 *   project rows others select are also `peer-selected`, a cell another person edits shows `peer-editing`.
 * @slot toolbar - Replaces the built-in toolbar.
 *
 * @csspart toolbar - The built-in toolbar; its controls are `tool` (buttons; the Search button is also
 *   `search-button`) and `search` (the box, once opened); the menu
 *   buttons are also `filter` (and `active` while a status or person is filtered), `baseline` and
 *   `export`, their menus `filter-menu`, `baseline-menu` and `export-menu` with `filter-menu-item`s
 *   (and so on); Print is also `print`. In a shared project it ends with `presence`: the connection
 *   (`presence-status`) and an `avatar` per other person in the room.
 * @csspart print - Print mode's sheet of every row; each of its tables (one per page column) is a `print-page`.
 * @csspart print-page - A table of print mode: the header row repeated on every printed page.
 * @csspart splitter - The draggable separator between grid and timeline.
 * @csspart timeline - The `rl-timeline` pane.
 * @csspart resource-pane - The resource view under the panes (`resource-pane`).
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-gantt-height=480px] - The chart's height when the page sets none.
 * @cssprop [--rl-gantt-resource-pane-height=200px] - The resource pane's height.
 * @cssprop [--rl-gantt-splitter-color=var(--rl-color-border)] - The splitter.
 * @cssprop [--rl-gantt-background=var(--rl-color-surface)] - The chart's background.
 * @cssprop [--rl-gantt-toolbar-background=var(--rl-color-surface-raised)] - The toolbar.
 * @cssprop [--rl-gantt-grid-background=var(--rl-color-surface)] - The task grid's background.
 * @cssprop [--rl-gantt-grid-header-background=var(--rl-color-surface-raised)] - The grid's header row.
 * @cssprop [--rl-gantt-grid-line-color=var(--rl-color-border)] - The grid's row and column lines.
 * @cssprop [--rl-gantt-selected-background=color-mix(in srgb, var(--rl-color-accent) 14%, transparent)] - Selected rows of the grid.
 */
export class RlGantt extends LitElement {
  static override styles = [baseStyles, ganttStyles, emptyStateStyles, printSheetStyles, presenceStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;
  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;
  /**
   * The grid's shown columns in order: built-in ids, `field:<id>` custom fields, or `{ id, width,
   * header }`. The column menu in the header's corner shows and hides columns by changing it.
   */
  @property({ attribute: false }) columns: readonly ColumnConfig[] = DEFAULT_COLUMNS;
  /** The grid's sort, within each parent; `undefined` keeps the WBS order. */
  @property({ attribute: false }) sort: SortState | undefined;
  /** Selected task ids, shared by grid and timeline. */
  @property({ attribute: false }) selection: readonly string[] = [];
  /** No editing anywhere; selection, navigation and scrolling still work. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** BCP 47 locale of dates, numbers and the first day of the week; the browser's by default. */
  @property() locale: string | undefined;
  /** Row height in pixels, the same in both panes. */
  @property({ type: Number, attribute: 'row-height' }) rowHeight = 32;
  /** Header height in pixels, the same in both panes. */
  @property({ type: Number, attribute: 'header-height' }) headerHeight = 56;
  /** The timeline's zoom level. */
  @property() zoom: GanttZoom = 'week';
  /** The baseline the timeline draws under the bars (by id); default the latest, `''` for none. */
  @property() baseline: string | undefined;
  /**
   * A second baseline (by id) drawn under the first, to compare two (thin bars in distinct
   * colors); none by default. The grid's baseline columns and variance stay against `baseline`.
   */
  @property({ attribute: 'compare-baseline' }) compareBaseline: string | undefined;
  /** Today's date for the today line (`YYYY-MM-DD`); default the viewer's current date. */
  @property() today: string | undefined;
  /** The grid pane's width in pixels (the splitter moves it). */
  @property({ type: Number, attribute: 'grid-width' }) gridWidth = 480;
  /** The accessible name of the chart; default "Gantt chart" in the chart's language. */
  @property() label: string | undefined;
  /**
   * Shows only the tasks that match, with their summaries, in both panes: by status, by person,
   * critical only, late only (late counts from `today`). The toolbar's filters set it.
   */
  @property({ attribute: false }) filter: PlannerFilter | undefined;
  /** Leaves out the built-in toolbar (a page's own `slot="toolbar"` content still shows). */
  @property({ type: Boolean, attribute: 'hide-toolbar' }) hideToolbar = false;
  /**
   * Print mode: instead of the scrolling panes, every row in a table whose header (columns and time
   * scale) repeats on each printed page, no row cut across pages. `print()` turns it on while the
   * browser prints; so does the browser's own print command.
   */
  @property({ type: Boolean, reflect: true, attribute: 'print-mode' }) printMode = false;
  /**
   * How print mode fits the timeline: `fit` scales it to the page's width; `pages` cuts it into
   * page-wide parts printed one after the other, the name column repeated on each; right to
   * left, the parts run from the right (the first page holds the first dates).
   */
  @property({ attribute: 'print-layout' }) printLayout: PrintLayout = 'fit';
  /** A resource view under the panes, on the timeline's time axis (its element must be registered). */
  @property({ attribute: 'resource-pane' }) resourcePane: GanttResourcePane | undefined;

  @state() private rows: readonly string[] | undefined;
  /** What print mode shows, made when it turns on. */
  private printed: { sheet: GridSheet; chart: PrintChart | undefined } | undefined;
  /** Print mode was turned on by the browser's print command, and goes off after it. */
  private printedByBrowser = false;
  /** The host's width, for the splitter's range: measured before the first render, then observed. */
  @state() private hostWidth = 0;

  @query('rl-gantt-grid') private grid!: RlGanttGrid | null;
  @query('rl-timeline') private timeline!: TimelinePane | null;

  private readonly store = new StoreController(this);
  private readonly toolbar = new GanttToolbar(this);
  private readonly resources = new ResourcePaneController(this);
  private readonly presence = new PresenceController(
    this,
    () => this.store.project,
    () => this.selection,
  );
  private readonly writing = new LocaleController(this, { locale: () => this.locale });
  private readonly width = new ResizeController(this, {
    resized: (entry) => {
      const width = entry.contentRect.width;
      if (Math.abs(width - this.hostWidth) >= 1) this.hostWidth = width;
    },
  });
  private readonly splitter = new SplitterController(this, {
    handle: () => this.renderRoot.querySelector<HTMLElement>('[part="splitter"]'),
    value: () => this.gridWidth,
    min: () => 0,
    max: () => this.splitterMax(),
    rtl: () => this.writing.rtl,
    change: (value) => {
      this.gridWidth = value;
    },
  });

  constructor() {
    super();
    // Other views on the same store (an `rl-network`) share the selection with the gantt.
    new SharedSelectionController(this, () => this.store.project);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('printMode')) {
      if (this.printMode) this.preparePrint();
      else this.dropPrinted();
    }
    // Measured once while the shadow root is still empty, where a layout costs nothing: reading
    // the width while rendering would force a layout of both panes on every update.
    if (!this.hasUpdated && this.isConnected) this.hostWidth = this.getBoundingClientRect().width;
  }

  protected override firstUpdated(): void {
    // Print mode from the start: the timeline draws its image once it has rendered.
    if (this.printMode)
      void this.timeline?.updateComplete?.then(() => {
        if (!this.printMode) return;
        this.preparePrint();
        this.requestUpdate();
      });
  }

  private splitterMax(): number {
    return Math.max(120, this.hostWidth - 120);
  }

  /** Expands the task's ancestors and scrolls both panes to it. */
  async scrollToTask(id: string): Promise<void> {
    await this.updateComplete;
    await this.grid?.revealTask(id);
    await this.updateComplete;
    this.timeline?.scrollToTask?.(id);
  }

  /**
   * Collapses every summary of the grid, so only the top-level rows show (the timeline follows);
   * with `id`, that task and every summary below it. Announced to screen readers.
   */
  collapseAll(id?: string): void {
    this.grid?.collapseAll(id);
  }

  /** Expands every summary, or with `id` that task and every summary below it. Announced. */
  expandAll(id?: string): void {
    this.grid?.expandAll(id);
  }

  /** Selects tasks as a user would: `rl-before-selection-change` (cancelable), then `rl-selection-change`. */
  selectTasks(ids: readonly string[]): void {
    const detail = { selection: ids };
    if (!requestChange(this, 'selection-change', detail)) return;
    this.selection = ids;
    announceChange(this, 'selection-change', detail);
  }

  /** Zooms the timeline so the whole project fits. */
  zoomToFit(): void {
    this.timeline?.zoomToFit?.();
  }

  /**
   * The whole Gantt as SVG text: the grid's shown columns and rows beside the timeline, as one
   * image, every row (not only those in view). Plain shapes and text, no `foreignObject`.
   */
  exportSVG(): string {
    const project = this.store.project;
    if (!project) return '';
    const rows = this.rows ?? project.wbsOrder();
    const sheet = gridSheet(project, this.columns, rows, this.writing.language, this.baseline);
    const look = sheetLook(getComputedStyle(this));
    const layout = { rowHeight: this.rowHeight, headerHeight: this.headerHeight, rtl: this.writing.rtl };
    return ganttSvg(this.timeline?.exportSVG?.() ?? '', sheet, layout, look);
  }

  /** The whole Gantt (grid and timeline) as a PNG image. */
  exportPNG(): Promise<Blob> {
    const svg = this.exportSVG();
    if (svg === '') return Promise.reject(new Error('There is no project to export'));
    return svgToPng(svg);
  }

  /**
   * Prints the Gantt (and so saves it as PDF through the browser's print dialog): turns print
   * mode on, waits until the timeline's image is ready, opens the browser's print, then turns
   * print mode off again.
   */
  async print(): Promise<void> {
    const was = this.printMode;
    this.printMode = true;
    await this.updateComplete;
    const url = this.printed?.chart?.url;
    if (url !== undefined) {
      const image = new Image();
      image.src = url;
      await image.decode().catch(() => undefined);
    }
    globalThis.print();
    this.printMode = was;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener('beforeprint', this.onBeforePrint);
    globalThis.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('beforeprint', this.onBeforePrint);
    globalThis.removeEventListener('afterprint', this.onAfterPrint);
    this.dropPrinted();
  }

  // The browser's own print command: print mode for its duration. The timeline's image may still
  // be loading when the page is laid out; `print()` waits for it.
  private readonly onBeforePrint = (): void => {
    if (this.printMode) return;
    this.printedByBrowser = true;
    this.printMode = true;
  };

  private readonly onAfterPrint = (): void => {
    if (!this.printedByBrowser) return;
    this.printedByBrowser = false;
    this.printMode = false;
  };

  private dropPrinted(): void {
    const url = this.printed?.chart?.url;
    if (url !== undefined) URL.revokeObjectURL(url);
    this.printed = undefined;
  }

  /** The print sheet and the timeline's image, made once when print mode turns on. */
  private preparePrint(): void {
    this.dropPrinted();
    const project = this.store.project;
    if (!project) return;
    const rows = this.rows ?? project.wbsOrder();
    const sheet = gridSheet(project, this.columns, rows, this.writing.language, this.baseline);
    const svg = this.timeline?.exportSVG?.() ?? '';
    const size = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
    const chart =
      svg === '' || !size
        ? undefined
        : {
            url: URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })),
            width: Number(size[1]),
            height: Number(size[2]),
          };
    this.printed = { sheet, chart };
  }

  override render(): TemplateResult {
    if (this.store.error) return html`<p part="error" role="alert">${this.store.error.message}</p>`;
    const project = this.store.project;
    const max = this.splitterMax();
    return html`<div class="frame">
      <slot name="toolbar">${this.hideToolbar ? nothing : this.toolbar.render(project, this.writing.t, this.presenceBar())}</slot>
      <div
      class="layout"
      role="group"
      aria-label=${this.label ?? this.writing.t('gantt.label')}
      ${styleProps({ '--_grid-width': `${this.gridWidth}px` })}
      @rl-selection-change=${this.onSelection}
      @rl-column-change=${this.onColumns}
      @contextmenu=${this.onContextMenu}
    >
      <rl-gantt-grid
        part="grid"
        exportparts="row, summary, selected, critical, peer-selected, peer-editing, cell, column-header, toggle, editor, cell-error, drag-handle, drop-indicator, column-menu-button, column-menu, column-menu-item, match, task-menu, task-menu-item, confirm"
        .project=${project}
        .columns=${this.columns}
        .sort=${this.sort}
        .filter=${this.filter}
        .today=${this.today}
        .baseline=${this.baseline}
        .highlight=${this.toolbar.matches(project)}
        .selection=${this.selection}
        .readonly=${this.readonly}
        .locale=${this.locale}
        .rowHeight=${this.rowHeight}
        .headerHeight=${this.headerHeight}
        .verticalScrollbar=${false}
        @rl-rows-change=${this.onRows}
        @rl-scroll=${this.onGridScroll}
      ></rl-gantt-grid>
      <div
        part="splitter"
        class="splitter"
        role="separator"
        tabindex="0"
        aria-orientation="vertical"
        aria-label=${this.writing.t('gantt.splitter')}
        aria-valuemin="0"
        aria-valuemax=${Math.round(max)}
        aria-valuenow=${Math.round(this.gridWidth)}
        @keydown=${this.splitter.onKeyDown}
      ></div>
      <rl-timeline
        part="timeline"
        .project=${project}
        .rows=${this.rows ?? project?.wbsOrder()}
        .rowHeight=${this.rowHeight}
        .headerHeight=${this.headerHeight}
        .zoom=${this.zoom}
        .selection=${this.selection}
        .readonly=${this.readonly}
        .locale=${this.locale}
        .baseline=${this.baseline}
        .compareBaseline=${this.compareBaseline}
        .today=${this.today}
        @rl-scroll=${this.onTimelineScroll}
        @rl-time-scroll=${this.resources.onTimeScroll}
      ></rl-timeline>
      ${
        project && !this.readonly && project.wbsOrder().length === 0
          ? emptyState(this.writing.t('empty.noTasks'), this.writing.t('empty.addTask'), this.addFirst)
          : nothing
      }
    </div>${this.resources.render(project)}</div>${
      this.printMode && this.printed
        ? printSheet(this.printed.sheet, this.printed.chart, {
            layout: this.printLayout,
            rowHeight: this.rowHeight,
            headerHeight: this.headerHeight,
            label: this.writing.t('gantt.printTimeline'),
            rtl: this.writing.rtl,
          })
        : nothing
    }`;
  }

  /** Who is here and the connection, in a shared project (nothing otherwise). */
  private presenceBar(): TemplateResult | typeof nothing {
    return presenceBar(this.presence.presence?.status(), this.presence.peers, this.writing.t);
  }

  /** The empty Gantt's "Add task": a first task, its row focused for typing its name. */
  private readonly addFirst = (): void => {
    const project = this.store.project;
    if (!project || this.readonly) return;
    const start = project.settings.start ?? todayDate(this.today);
    const id = createTask(this, project, { start, duration: 1 }, { t: this.writing.t });
    if (id !== undefined) void this.updateComplete.then(() => this.grid?.revealTask(id, true));
  };

  /** A bar's context menu is the grid's task menu. */
  private readonly onContextMenu = (event: MouseEvent): void => {
    if (event.defaultPrevented) return;
    const bar = event
      .composedPath()
      .find((n): n is SVGElement => n instanceof SVGElement && n.dataset.task !== undefined);
    const id = bar?.dataset.task;
    if (id === undefined || !this.grid) return;
    event.preventDefault();
    this.grid.openTaskMenu(id, event.clientX, event.clientY);
  };

  private readonly onRows = (event: RlRowsChangeEvent): void => {
    this.rows = event.detail.ids;
  };

  private readonly onSelection = (event: RlSelectionChangeEvent): void => {
    this.selection = event.detail.selection;
  };

  private readonly onColumns = (): void => {
    const grid = this.grid;
    if (!grid) return;
    this.columns = grid.columns;
    this.sort = grid.sort;
  };

  // Each pane follows the other in the same frame; the setters ignore a value they already have,
  // so no loop. The timeline's `rl-scroll` goes on to the host (the grid's does not bubble), so a
  // page hears one event per scroll whichever pane moved.
  private readonly onGridScroll = (event: CustomEvent<{ top: number }>): void => {
    const pane = this.timeline;
    if (!pane || Math.abs(pane.scrollTop - event.detail.top) < 1) return;
    // Not `scrollTop =`: the timeline would draw the bars a frame after the grid drew its rows.
    if (pane.syncScrollTop) pane.syncScrollTop(event.detail.top);
    else pane.scrollTop = event.detail.top;
  };

  private readonly onTimelineScroll = (event: CustomEvent<{ top: number }>): void => {
    // The grid renders for an offset set by script at once, in this frame.
    const grid = this.grid;
    if (grid && Math.abs(grid.scrollTop - event.detail.top) >= 1) grid.scrollTop = event.detail.top;
  };
}
