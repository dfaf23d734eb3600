import '../i18n/en/grid.js';
import type { Project, ProjectData } from '@roadline/core';
import type { DisplayRows } from '@roadline/core/views/grid';
import { configsOf, type PlannerFilter } from '@roadline/core/views/grid';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { hostBoxBeforeRender } from '../base/host-box.js';
import { PresenceController } from '../base/presence-controller.js';
import { presenceStyles } from '../base/presence-marks.js';
import { StoreController } from '../base/store-controller.js';
import { styleProps } from '../base/style-props.js';
import { Announcer } from '../controllers/announcer.js';
import { GridFocusController } from '../controllers/grid-focus.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { UndoKeysController } from '../controllers/undo-keys-controller.js';
import type { SortState } from '../events/column-change-event.js';
import { createRowsChangeEvent } from '../events/rows-change-event.js';
import { createTaskClickEvent } from '../events/task-click-event.js';
import { editingStyles } from '../editing/editing.styles.js';
import { GridColumns } from '../grid/grid-columns.js';
import { CellEditing, type EditingCell } from '../grid/cell-editing.js';
import { CellPress, clickedCell } from '../grid/cell-press.js';
import { headerDrag } from '../grid/header-drag.js';
import { RowSelection } from '../grid/row-selection.js';
import { RowSlots } from '../grid/row-slots.js';
import { RowViewport } from '../grid/row-viewport.js';
import { baseStyles } from '../styles/tokens.js';
import { allBelow, type CollapseChange, revealed, toggled } from './collapse.js';
import { ColumnActions } from './column-actions.js';
import { columnChoices } from './column-choices.js';
import { ColumnMenu } from './column-menu.js';
import { type ColumnConfig, type ColumnContext, type ColumnDef, DEFAULT_COLUMNS } from './columns.js';
import { type EditStart, prepareEditor, SELECT_ALL } from '../grid/edit-start.js';
import { CellFormat } from './format.js';
import { GridDefs } from './grid-defs.js';
import { gridStyles } from './gantt-grid.styles.js';
import {
  cornerStyle,
  gridStyle,
  headerRow,
  nameColumnOf,
  nameColumnStart,
  ROW_MATCH,
  ROW_SELECTED,
  taskRow,
} from './grid-cells.js';
import { GridRows } from './grid-rows.js';
import { lazyGridKeyHandler } from './grid-keys.js';
import { GridTaskMenu } from './grid-task-menu.js';
import { HiddenColumns } from './hidden-columns.js';
import { RowDragController } from './row-drag.js';
import { TreeEdits } from './tree-edits.js';
import { commitCell } from './cell-change.js';

/**
 * The task grid of `rl-gantt`: an ARIA treegrid of the WBS with expand and collapse, indent and
 * outdent, configurable columns (resize, reorder, sort) and inline cell editing with validation
 * messages. Only the rows in view are in the DOM. Inside `rl-gantt` it shares the store and the
 * selection with the timeline.
 *
 * An implementation detail of `rl-gantt`, not part of the public API: its tag is registered with
 * `rl-gantt` (a page imports nothing more) but it has no manifest entry, React wrapper or
 * exported class. A page styles it through the parts `rl-gantt` exports.
 *
 * @internal
 *
 * Keys: arrows move between cells, Home/End, Ctrl+Home/End, Page Up/Down; Enter edits with the
 * value selected, F2 with the caret after it, and typing a character on a cell starts editing
 * with that character in place of the value (Enter on a header sorts); Space selects (Ctrl+Space
 * toggles, Shift+Space extends); + and − expand and collapse, * expands all below; Alt+Shift+→/← indent and outdent,
 * Alt+Shift+↑/↓ (or Alt+↑/↓, as in the board table) move the row among its siblings; Insert adds a task below; Ctrl+Z and
 * Ctrl+Shift+Z undo and redo. On a header, Alt+←/→ resizes and Alt+Shift+←/→ moves the column,
 * and Shift+F10 (or the context-menu key) opens the column menu, which shows and hides columns.
 *
 * Drag a row by its handle (at the start of its name) to move it: onto the middle of a row to
 * make it that task's last child, above or below a row to make it a sibling there. A line (or a
 * box around the row) shows where it goes, in red where it may not (into its own subtree); Escape
 * cancels. While sorted, rows can be reparented but not reordered.
 *
 * @summary The WBS task grid beside a Gantt timeline.
 *
 * @fires rl-task-change - A cell edit, indent, outdent or row move changed a task. Cancelable twin: `rl-before-task-change`.
 * @fires rl-task-create - Insert added a task. Cancelable twin: `rl-before-task-create`.
 * @fires rl-link-create - A predecessors edit added a link. Cancelable twin: `rl-before-link-create`.
 * @fires rl-link-remove - A predecessors edit removed a link. Cancelable twin: `rl-before-link-remove`.
 * @fires rl-selection-change - The selected rows changed. Cancelable twin: `rl-before-selection-change`.
 * @fires rl-column-change - Columns were resized, reordered, sorted, shown or hidden. Cancelable twin: `rl-before-column-change`.
 * @fires rl-task-click - A row was clicked (`open` on double-click).
 * @fires rl-scroll - The grid scrolled vertically (`detail.top`); not a user change, does not bubble.
 * @fires rl-rows-change - The shown rows changed (collapse, sort, data); `detail.ids`. Does not bubble.
 * @fires rl-error - The data does not parse or is not valid.
 *
 * @csspart grid - The treegrid (the scrolling box).
 * @csspart header - The header row.
 * @csspart column-header - A column header cell.
 * @csspart resize-handle - The drag handle at a header's end edge.
 * @csspart drag-handle - The grip at the start of a name cell that drags the row.
 * @csspart drop-indicator - The line or box showing where a dragged row would go.
 * @csspart column-menu-button - The button in the header's corner that opens the column menu.
 * @csspart column-menu - The menu of columns to show or hide.
 * @csspart column-menu-item - One column in it (`aria-checked` when shown).
 * @csspart row - A task row; also `summary`, `selected`, `critical` (no slack), `peer-selected` (by another person).
 * @csspart cell - A cell; also `cell-<column id>`.
 * @csspart toggle - The expand/collapse arrow of a summary.
 * @csspart editor - The input of a cell being edited.
 * @csspart cell-error - The validation message beside an edited cell.
 *
 * @cssprop [--rl-gantt-grid-background=var(--rl-color-surface)] - The grid's background.
 * @cssprop [--rl-gantt-grid-header-background=var(--rl-color-surface-raised)] - The header row.
 * @cssprop [--rl-gantt-grid-line-color=var(--rl-color-border)] - Row and column lines.
 * @cssprop [--rl-gantt-selected-background=color-mix(in srgb, var(--rl-color-accent) 14%, transparent)] - Selected rows.
 */
export class RlGanttGrid extends LitElement {
  static override styles = [baseStyles, gridStyles, editingStyles, presenceStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;
  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;
  /** Columns in order: built-in ids, `field:<id>` for custom fields, optionally with a width and header. */
  @property({ attribute: false }) columns: readonly ColumnConfig[] = DEFAULT_COLUMNS;
  /** The sort, by one column within each parent; `undefined` keeps the WBS order. */
  @property({ attribute: false }) sort: SortState | undefined;
  /** Selected task ids. */
  @property({ attribute: false }) selection: readonly string[] = [];
  /** Shows only matching tasks and their summaries: status, people, critical, late (`today` counts). */
  @property({ attribute: false }) filter: PlannerFilter | undefined;
  /** Today's date (`YYYY-MM-DD`) for the `late` filter; the viewer's by default. */
  @property() today: string | undefined;
  /** The baseline (by id) of the baseline columns and their variance; the latest by default, `''` none. */
  @property() baseline: string | undefined;
  /** Tasks the search found: their rows carry the part `match`. */
  @property({ attribute: false }) highlight: ReadonlySet<string> = new Set();
  /** Ids of collapsed summaries. */
  @property({ attribute: false }) collapsed: ReadonlySet<string> = new Set();
  /** No editing, indenting or inserting; selection and navigation still work. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** BCP 47 locale of dates and numbers; the browser's by default. */
  @property() locale: string | undefined;
  /** Row height in pixels; the timeline beside uses the same. */
  @property({ type: Number, attribute: 'row-height' }) rowHeight = 32;
  /** Header height in pixels, to line up with the timeline's header. */
  @property({ type: Number, attribute: 'header-height' }) headerHeight = 56;
  /** The accessible name of the grid; default "Tasks" in the grid's language. */
  @property() label: string | undefined;
  /**
   * Whether the rows show their own vertical scrollbar. `rl-gantt` turns it off: the timeline
   * beside shows the one scrollbar, and the grid still scrolls by wheel, touch and keyboard.
   */
  @property({ attribute: false }) verticalScrollbar = true;

  @state() private viewport = 600;
  /** The width of the rows' vertical scrollbar, pushed out of view when it is hidden. */
  @state() private scrollbarWidth = 0;

  private readonly store = new StoreController(this);
  private readonly announcer = new Announcer(this);
  private readonly locale_ = new LocaleController(this, { locale: () => this.locale });
  private readonly cells = new GridFocusController(this, {
    rowCount: () => this.gridRows.get().ids.length,
    columnCount: () => this.defs.length,
    pageRows: () => Math.floor(this.viewport / this.rowHeight),
    rtl: () => this.locale_.rtl,
    cell: (row, column) =>
      this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${column}"]`),
    reveal: (row) => {
      if (row >= 0) this.rowView.reveal(row);
    },
  });
  private readonly press = new CellPress(this, this.cells);
  private readonly selecting = new RowSelection(this, {
    selected: () => this.selection,
    ids: () => this.gridRows.get().ids,
    indexOf: (id) => this.gridRows.rowOf(id),
    adopt: (selected) => {
      this.selection = selected;
    },
  });
  /** A header dragged sideways moves its column. */
  private readonly onHeaderDown = headerDrag({
    headers: () => this.renderRoot.querySelectorAll<HTMLElement>('[role="columnheader"]'),
    move: (from, to) => this.columnActions.move(from, to),
  });
  private readonly presence = new PresenceController(this, () => this.store.project);
  private readonly edits = new CellEditing(this, {
    commit: (editing, value) => this.commit(editing, value),
    changed: (editing) => this.presence.publishEditing(editing),
    closed: (refocus) => {
      if (refocus) this.cells.focus();
    },
  });
  private readonly rowDrag = new RowDragController(this, {
    enabled: () => !this.readonly,
    project: () => this.store.project,
    rows: () => this.gridRows.get(),
    sorted: () => this.sort !== undefined,
    rowHeight: () => this.rowHeight,
    headerHeight: () => this.headerHeight,
    body: () => this.renderRoot.querySelector<HTMLElement>('.body'),
    scroller: () => this.scroller(),
    scrolled: (top) => this.rowView.follow(top),
    move: (id, plan) => {
      // The moved row takes focus, on its name (the handle's cell), not on a cell the press left.
      this.press.pressing = false;
      this.cells.column = nameColumnOf(this.defs);
      this.tree.move(id, plan, 'row-drag');
    },
    refused: (message) => this.announcer.announce(message),
    clicked: (id, event) => {
      const row = this.gridRows.rowOf(id);
      if (row >= 0) this.clickRow(id, row, nameColumnOf(this.defs), event);
    },
  });
  private readonly tree = new TreeEdits({
    element: this,
    project: () => this.store.project,
    readonly: () => this.readonly,
    sorted: () => this.sort !== undefined,
    announce: (message) => this.announcer.announce(message),
    t: this.locale_.t,
    expand: (id) => {
      if (this.collapsed.has(id)) this.toggle(id, true);
    },
    reveal: (id) => void this.revealTask(id, true),
    created: (id) =>
      void this.revealTask(id).then(() => {
        const row = this.gridRows.rowOf(id);
        const col = nameColumnOf(this.defs);
        if (row >= 0) {
          this.cells.activate(row, col, false);
          this.startEdit(row, col);
        }
      }),
  });
  private readonly menu = new ColumnMenu(this, {
    choices: () => columnChoices(this.defs, this.store.project, this.hiddenColumns.configs(), this.locale_.t),
    toggle: (id, show) => this.columnActions.show(id, show),
    label: () => this.locale_.t('grid.columnMenu'),
  });
  private readonly taskMenu = new GridTaskMenu(this, {
    project: () => this.store.project,
    readonly: () => this.readonly,
    selection: () => this.selection,
    tree: this.tree,
    announce: (message) => this.announcer.announce(message),
    removed: (ids) => this.selecting.offer(this.selection.filter((s) => !ids.includes(s))),
    focusedCell: () =>
      this.renderRoot.querySelector(`[data-row="${this.cells.row}"][data-col="${this.cells.column}"]`),
    t: this.locale_.t,
  });
  private readonly onKeyDown = lazyGridKeyHandler(() => ({
    element: this,
    cells: this.cells,
    selecting: this.selecting,
    tree: this.tree,
    editing: () => this.edits.editing !== undefined,
    rowIds: () => this.gridRows.get().ids,
    columnCount: () => this.defs.length,
    rtl: () => this.locale_.rtl,
    startEdit: (row, col, start) => this.startEdit(row, col, start),
    expand: (id, open, below) => (below ? this.expandAll(id) : this.toggle(id, open)),
    remove: (id) => this.taskMenu.remove(id),
    menu: (id) => this.taskMenu.openAtFocus(id),
    header: {
      resize: (col, forward) => this.arrangement.step(this.defs[col]?.id ?? '', forward),
      move: (col, to) => this.columnActions.move(col, to),
      sort: (col) => this.columnActions.sortBy(col),
      menu: () => this.menu.show(0),
    },
  }));
  private readonly hiddenColumns = new HiddenColumns();
  /** The one column arrangement of the task grids: resize, reorder, show or hide, sort. */
  private readonly arrangement: GridColumns;
  /** Move, sort and show or hide, announced. */
  private readonly columnActions: ColumnActions;
  private defs: ColumnDef[] = [];
  private readonly columnDefs = new GridDefs();
  /** Which rows are rendered for the scroll offset. */
  private readonly rowView = new RowViewport({
    scroller: () => this.scroller(),
    count: () => this.gridRows.get().ids.length,
    rowHeight: () => this.rowHeight,
    bodyHeight: () => this.viewport - this.headerHeight,
    overscan: OVERSCAN,
    moved: () => this.requestUpdate(),
  });
  /** The one virtualizer's row slots (the active row renders apart from them). */
  private readonly slots = new RowSlots();
  private readonly gridRows = new GridRows({
    project: () => this.store.project,
    collapsed: () => this.collapsed,
    sort: () => this.sort,
    locale: () => this.locale,
    context: (project) => this.context(project),
    filter: () => this.filter,
    today: () => this.today,
  });
  private format = new CellFormat(undefined);
  private lastRowsSent: readonly string[] | undefined;
  /** An editor opened in this update, and how to prepare it once it is in the DOM. */
  private editOpened: EditStart | undefined;

  constructor() {
    super();
    new ResizeController(this, {
      target: () => this.scroller(),
      resized: (entry) => {
        const height = entry.contentRect.height;
        if (height > 0 && Math.abs(height - this.viewport) >= 1) this.viewport = height;
        // Layout is clean here: reading the scrollbar's width costs nothing.
        const scroller = entry.target;
        if (scroller instanceof HTMLElement) {
          const bar = scroller.offsetWidth - scroller.clientWidth;
          if (bar !== this.scrollbarWidth) this.scrollbarWidth = bar;
        }
      },
    });
    new UndoKeysController(this, {
      project: () => this.store.project,
      enabled: () => !this.readonly,
      announce: (message) => this.announcer.announce(message),
      t: this.locale_.t,
    });
    this.arrangement = new GridColumns(this, {
      shown: () => this.defs,
      sort: () => (this.sort ? [this.sort] : []),
      rtl: () => this.locale_.rtl,
      adopt: (columns, sort) => {
        this.columns = configsOf(columns, this.columns, this.hiddenColumns.configs());
        this.hiddenColumns.forget(columns);
        // The grid sorts within parents by one column.
        this.sort = sort[0];
      },
    });
    this.columnActions = new ColumnActions(this.arrangement, this.hiddenColumns, {
      defs: () => this.defs,
      columns: () => this.columns,
      sort: () => this.sort,
      project: () => this.store.project,
      activeColumn: () => this.cells.column,
      setActiveColumn: (column, header) => {
        if (header) this.cells.activate(-1, column);
        else this.cells.column = column;
      },
      announce: (message) => this.announcer.announce(message),
      t: this.locale_.t,
    });
  }

  /** The rows on display, in order, with depth and expand state (what the timeline is given). */
  get rows(): DisplayRows {
    return this.gridRows.get();
  }

  /** The vertical scroll offset of the rows. */
  override get scrollTop(): number {
    return this.scroller()?.scrollTop ?? this.rowView.top;
  }
  override set scrollTop(value: number) {
    this.rowView.scrollTo(value);
  }

  /** Expands the ancestors of a task, scrolls its row into view and makes it the active row. */
  async revealTask(id: string, focus = false): Promise<void> {
    const project = this.store.project;
    if (!project?.task(id)) return;
    this.collapsed = revealed(project, this.collapsed, id);
    const row = this.gridRows.rowOf(id);
    if (row >= 0) this.cells.activate(row, this.cells.column, focus);
    await this.updateComplete;
  }

  /** Expands or collapses a summary. */
  toggle(id: string, expand?: boolean): void {
    const next = toggled(this.collapsed, id, expand);
    if (next === this.collapsed) return;
    this.collapsed = next;
    const name = this.store.project?.task(id)?.name ?? '';
    this.announcer.announce(this.locale_.t(next.has(id) ? 'tree.collapsed' : 'tree.expanded', { name }));
  }

  /** Opens a task's menu at a point of the viewport (`rl-gantt` does for a timeline bar). */
  openTaskMenu(id: string, x: number, y: number): void {
    this.taskMenu.open(id, x, y);
  }

  /** Collapses every summary (only top-level rows show), or with `id` that task and every summary below it. */
  collapseAll(id?: string): void {
    this.adoptCollapsed(allBelow(this.store.project, this.collapsed, false, id, this.locale_.t));
  }

  /** Expands every summary, or with `id` that task and every summary below it (the `*` key). */
  expandAll(id?: string): void {
    this.adoptCollapsed(allBelow(this.store.project, this.collapsed, true, id, this.locale_.t));
  }

  private adoptCollapsed(change: CollapseChange | undefined): void {
    if (!change) return;
    this.collapsed = change.collapsed;
    this.announcer.announce(change.message);
  }

  protected override willUpdate(): void {
    // The host's height stands for the scroller's: the rows that fit, not a default 600 px.
    if (!this.hasUpdated) {
      const box = hostBoxBeforeRender(this);
      if (box) this.viewport = Math.round(box.height);
    }
    this.columnDefs.update(this.columns, this.store.project, this.locale_.language, this.baseline);
    this.defs = this.columnDefs.defs;
    this.format = this.columnDefs.format;
  }

  protected override updated(): void {
    const rows = this.gridRows.get();
    if (rows.ids !== this.lastRowsSent) {
      this.lastRowsSent = rows.ids;
      this.dispatchEvent(createRowsChangeEvent(rows.ids));
    }
    const start = this.editOpened;
    if (start) {
      this.editOpened = undefined;
      const editor = this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>('.editor');
      if (editor) prepareEditor(editor, start);
    }
  }

  override render(): TemplateResult {
    if (this.store.error) return html`<p part="error" role="alert">${this.store.error.message}</p>`;
    const project = this.store.project;
    const rows = this.gridRows.get();
    const count = rows.ids.length;
    const win = this.rowView.place(count);
    // The active row has a slot of its own, rendered even while scrolled away, so the focused
    // node is never reused for another row nor moved (either would lose focus). Every other row
    // renders in slot `r % slots`: a row that stays in view keeps its node and, guarded by what
    // it shows, is not even re-rendered; a row scrolled in takes the node of one scrolled out.
    const active = this.cells.row >= 0 && this.cells.row < count ? this.cells.row : -1;
    const slots = this.slots.place(win.first, win.end, active);
    const widths = this.defs.map((d) => this.arrangement.widthOf(d.id));
    const selected = new Set(this.selection);
    const ctx = project ? this.context(project) : undefined;
    const version = project?.version ?? -1;
    const editing = this.edits.editing;
    return html`<div
      part="grid"
      class="grid"
      role="treegrid"
      aria-label=${this.label ?? this.locale_.t('gantt.gridLabel')}
      aria-rowcount=${count + 1}
      aria-colcount=${this.defs.length}
      aria-multiselectable="true"
      aria-readonly=${this.readonly ? 'true' : 'false'}
      ?data-no-scrollbar=${!this.verticalScrollbar}
      ${gridStyle(widths, this.rowHeight, this.headerHeight, this.verticalScrollbar ? undefined : this.scrollbarWidth)}
      @scroll=${this.onScroll}
      @keydown=${this.onKeyDown}
      @click=${this.onClick}
      @focusin=${this.press.onFocusIn}
      @pointerdown=${this.press.onPointerDown}
    >
      ${headerRow(this.defs, this.sort, (i) => this.cells.tabIndex(-1, i), this.onHeaderDown)}
      <div role="rowgroup" class="body" ${styleProps({ height: `${count * this.rowHeight}px` })}>
        ${ctx && active >= 0 ? this.renderRow(active, rows, ctx, selected) : nothing}
        ${
          ctx
            ? slots.map((r) => {
                if (r < 0) return nothing;
                const id = rows.ids[r];
                const edited = editing?.taskId === id ? editing : undefined;
                return guard(
                  [
                    rows,
                    r,
                    version,
                    this.marks(id as string, selected),
                    edited,
                    this.presence.selecting(id as string),
                    this.presence.editing(id as string),
                    this.defs,
                    this.format,
                    this.readonly,
                    this.rowHeight,
                  ],
                  () => this.renderRow(r, rows, ctx, selected),
                );
              })
            : nothing
        }
        ${this.rowDrag.indicator(nameColumnStart(this.defs, widths))}
      </div>
    </div>${this.menu.render(cornerStyle(this.headerHeight, this.viewport, this.verticalScrollbar ? this.scrollbarWidth : 0))}${this.taskMenu.render()}`;
  }

  private renderRow(r: number, rows: DisplayRows, ctx: ColumnContext, selected: Set<string>): TemplateResult {
    return taskRow(r, rows, ctx, this.marks(rows.ids[r] as string, selected), {
      defs: this.defs,
      rowHeight: this.rowHeight,
      readonly: this.readonly,
      editing: this.edits.editing,
      presence: this.presence,
      t: this.locale_.t,
      tabIndex: (row, col) => this.cells.tabIndex(row, col),
      onEditorKey: this.edits.onEditorKey,
      onEditorBlur: this.edits.onEditorBlur,
    });
  }

  private marks(id: string, selected: Set<string>): number {
    return (selected.has(id) ? ROW_SELECTED : 0) | (this.highlight.has(id) ? ROW_MATCH : 0);
  }

  private context(project: Project): ColumnContext {
    return {
      project,
      format: this.format,
      rowOf: (id) => project.wbsIndex(id) + 1,
      idAt: (row) => project.wbsOrder()[row - 1],
      baseline: this.baseline,
    };
  }

  private scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.grid');
  }

  private readonly onScroll = (event: Event): void => {
    const top = (event.currentTarget as HTMLElement).scrollTop;
    if (top === this.rowView.top) return;
    this.rowView.follow(top);
    // Not bubbling: inside rl-gantt only the coordinator listens; the host hears the timeline's.
    this.dispatchEvent(new CustomEvent('rl-scroll', { detail: { top } }));
  };

  private readonly onClick = (event: MouseEvent): void => {
    this.press.pressing = false;
    const clicked = clickedCell(event);
    if (!clicked || clicked.editing) return;
    const { row, column: col, toggle } = clicked;
    if (row < 0) {
      this.cells.activate(-1, col);
      this.columnActions.sortBy(col);
      return;
    }
    const id = this.gridRows.get().ids[row];
    if (id === undefined) return;
    if (toggle) {
      this.cells.activate(row, col);
      this.toggle(toggle);
      return;
    }
    this.clickRow(id, row, col, event);
    if (event.detail >= 2) this.startEdit(row, col);
  };

  /** A click on a row's cell (or its drag handle): focus, selection, `rl-task-click`. */
  private clickRow(id: string, row: number, col: number, event: MouseEvent): void {
    this.cells.activate(row, col);
    this.selecting.select(id, RowSelection.modeOf(event));
    const open = event.detail >= 2;
    this.dispatchEvent(createTaskClickEvent({ taskId: id, open, originalEvent: event }));
  }

  // ── editing ───────────────────────────────────────────────────────────

  /** Opens the editor of a cell; false when the cell cannot be edited. */
  private startEdit(row: number, col: number, start: EditStart = SELECT_ALL): boolean {
    const project = this.store.project;
    const def = this.defs[col];
    const id = this.gridRows.get().ids[row];
    if (!project || !def || id === undefined || this.readonly || def.editor === 'none') return false;
    const task = project.task(id);
    if (!task || !def.editable(task, this.context(project))) return false;
    this.edits.open(id, def.id);
    this.editOpened = start;
    return true;
  }

  /** The one edit-commit path for an editor's text, announced. */
  private commit(editing: EditingCell, value: string): ReturnType<typeof commitCell> {
    const project = this.store.project;
    const def = this.defs.find((d) => d.id === editing.column);
    if (!project || !def) return undefined;
    return commitCell(
      this,
      project,
      def,
      this.context(project),
      editing.taskId,
      value,
      this.announcer,
      this.locale_.t,
    );
  }
}
/** Rows rendered beyond each edge of the view: enough for a frame of fast scrolling, few to lay out. */
const OVERSCAN = 3;
