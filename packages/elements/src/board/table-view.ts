import type { Task } from '@roadline/core';
import { rowWindow, scrollToRow, type TableRow } from '@roadline/core/views/grid';
import { type ColumnConfig, columnId, type SortKey, type SortingState } from '@roadline/core/views/grid';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { styleProps } from '../base/style-props.js';
import { GridFocusController } from '../controllers/grid-focus.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { ScrollWindowController } from '../controllers/scroll-window.js';
import type { ColumnChangeDetail, ColumnState } from '../events/column-change-event.js';
import { CellPress, cellOf } from '../grid/cell-press.js';
import { CARET_END, SELECT_ALL, typedCharacter } from '../grid/edit-start.js';
import { GridColumns } from '../grid/grid-columns.js';
import { headerDrag } from '../grid/header-drag.js';
import { RowSelection } from '../grid/row-selection.js';
import { RowSlots } from '../grid/row-slots.js';
import { rowKey } from '../grid/row-keys.js';
import type { BoardHost, BoardSource } from './board-host.js';
import { availableColumns, type ColumnContext, type ColumnDef, DEFAULT_COLUMNS } from './columns.js';
import { ROW_HEIGHT, TableMoves } from './table-moves.js';
import { wholeList, wholeWindow } from './export-window.js';
import { applyBulk, type BulkField, bulkBar, tableHeader, tableToolbar } from './table-toolbar.js';
import {
  type ColumnCache,
  columnSet,
  groupSummary,
  type TableModel as Model,
  tableModel,
} from './table-model.js';
import { itemCell, summaryCell } from './table-cells.js';
import { peerColor, selectedBy } from '../base/presence-marks.js';
import { TableEditing } from './table-editing.js';
import { TableSelection } from './table-selection.js';
import { BoardRemoval } from './remove-items.js';

/**
 * The grouped table layout of `rl-board`: items grouped by a field in collapsible groups with a
 * colored header and a summary row, typed columns with inline editors, multi-key sort, filters
 * and search, row selection with bulk changes, row drag (pointer, or Alt+arrows), and rows
 * virtualized so 10k items stay fast. A WAI-ARIA grid with a roving focus cell.
 */
export class TableView implements ReactiveController {
  private readonly host: TableHost;
  private readonly source: BoardSource;
  private readonly windows: ScrollWindowController;
  private model: Model | undefined;
  private readonly collapsed = new Set<string>();
  /** The one row selection of the task grids, shown as a box per row. */
  private readonly selection: TableSelection;
  private readonly removal: BoardRemoval;
  /** The grid's one sort model, multi-key here. */
  sort: SortKey[] = [];
  search = '';
  filters: Record<string, string> = {};
  /** The roving focus cell (row 0 … rows − 1; column 0 is the row's box) and its presses. */
  private readonly cells: GridFocusController;
  private readonly press: CellPress;
  /** Inline editing on the grids' shared CellEditing and commitEdit. */
  private readonly editor: TableEditing;
  private readonly moves: TableMoves;
  private ownColumns: readonly ColumnConfig[] | undefined;
  private ownWidths: Record<string, number> = {};
  /** The one column arrangement of the task grids: resize, reorder, show or hide, sort. */
  private readonly arrangement: GridColumns;
  private columnCache: ColumnCache | undefined;
  /** The one virtualizer of the task grids. */
  private readonly slots = new RowSlots();
  /** An export's layout: every row (up to the export's limit), the body not scrolling. */
  whole = false;
  private readonly locale: LocaleController;

  constructor(host: TableHost, source: BoardSource) {
    this.host = host;
    this.source = source;
    this.removal = new BoardRemoval(host, source);
    host.addController(this);
    this.windows = new ScrollWindowController(host, 560);
    this.locale = new LocaleController(host, { locale: () => host.locale });
    this.cells = new GridFocusController(host, {
      rowCount: () => (host.view === 'table' ? (this.rows()?.rows.length ?? 0) : 0),
      columnCount: () => {
        const ctx = host.view === 'table' ? this.ctx() : undefined;
        return ctx ? this.shown(ctx).length + 1 : 1;
      },
      pageRows: () => Math.max(2, Math.floor(this.windows.get('table').height / ROW_HEIGHT)),
      rtl: () => this.locale.rtl,
      cell: (row, column) =>
        host.shadowRoot?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${column}"]`) ?? null,
      reveal: (row) => this.reveal(row),
      firstRow: 0,
      // A group header is one cell across the row.
      columnAt: (row, column) => (this.rows()?.rows[row]?.kind === 'group' ? 1 : column),
    });
    this.cells.column = 1;
    this.press = new CellPress(host, this.cells);
    this.moves = new TableMoves(host, source, {
      model: () => this.rows(),
      sorted: () => this.sort.length > 0,
      moved: (id) => {
        const row = this.rows()?.rows.findIndex((r) => r.id === id) ?? -1;
        if (row >= 0) this.cells.activate(row, this.cells.column);
      },
    });
    this.editor = new TableEditing(host, {
      ctx: () => this.ctx(),
      defOf: (id) => this.defOf(id),
      readonly: () => this.host.readonly,
      cell: (id) =>
        this.host.shadowRoot?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] [part~="editing"]`) ??
        null,
      closed: (refocus) => {
        if (refocus) this.cells.focus();
      },
      changed: (editing) => this.source.presence.publishEditing(editing),
    });
    this.selection = new TableSelection(host, {
      selected: () => host.selection,
      adopt: (selected) => {
        host.selection = selected;
      },
      model: () => this.rows(),
    });
    this.arrangement = new GridColumns(host, {
      shown: () => {
        const ctx = this.ctx();
        return ctx ? this.columnSet(ctx).shown : [];
      },
      sort: () => this.sort,
      rtl: () => this.locale.rtl,
      adopt: (columns, sort, reason) => this.adopt(columns, sort, reason),
    });
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root || this.host.view !== 'table') return;
    const body = root.querySelector<HTMLElement>('[part~="table-body"]');
    if (body) this.windows.observe(body);
    this.editor.prepare();
  }

  /** Scrolls the least that brings a row into view; the scroll moves the drawn window. */
  private reveal(row: number): void {
    const body = this.host.shadowRoot?.querySelector<HTMLElement>('[part~="table-body"]');
    if (!body || this.host.view !== 'table') return;
    const top = scrollToRow(row, body.scrollTop, body.clientHeight, ROW_HEIGHT);
    if (top !== body.scrollTop) body.scrollTop = top;
  }

  /** The columns configured, in order: the host's, else the user's, else the default. */
  private configs(): readonly ColumnConfig[] {
    return this.host.columns ?? this.ownColumns ?? DEFAULT_COLUMNS;
  }

  /** The ids of the columns shown, in order. */
  columnIds(): string[] {
    return this.configs().map(columnId);
  }

  private defOf(id: string): ColumnDef | undefined {
    const ctx = this.ctx();
    return ctx ? this.columnSet(ctx).all.find((c) => c.id === id) : undefined;
  }

  private ctx(): ColumnContext | undefined {
    const project = this.source.store();
    return project
      ? { project, today: this.source.today(), t: this.source.t, language: this.locale.language }
      : undefined;
  }

  /** Every column the store offers and those shown, built once per store version and column list. */
  private columnSet(ctx: ColumnContext): ColumnCache {
    this.columnCache = columnSet(
      this.columnCache,
      ctx,
      this.configs(),
      this.host.columnWidths ?? this.ownWidths,
    );
    return this.columnCache;
  }

  private shown(ctx: ColumnContext): ColumnDef[] {
    return this.columnSet(ctx).shown;
  }

  /** Filtered, grouped, sorted rows for the current store version and view state (cached). */
  rows(): Model | undefined {
    const ctx = this.ctx();
    if (!ctx) return undefined;
    const field = this.host.groupBy === 'none' ? undefined : this.host.groupBy;
    const key = [
      ctx.project.version,
      this.source.wordsKey(),
      field,
      this.search,
      JSON.stringify(this.filters),
      JSON.stringify(this.sort),
      [...this.collapsed].join('\u0000'),
      this.host.statusFilter ?? '*',
    ].join('|');
    if (this.model?.key === key) return this.model;
    const { all, shown } = this.columnSet(ctx);
    this.model = tableModel(key, this.source.items(), ctx, {
      field,
      search: this.search,
      filters: this.filters,
      sort: this.sort,
      collapsed: this.collapsed,
      all,
      shown,
      language: this.locale.language,
    });
    return this.model;
  }

  render(): TemplateResult {
    const ctx = this.ctx();
    const model = this.rows();
    if (!ctx || !model) return html``;
    const columns = this.shown(ctx);
    const view = this.windows.get('table');
    const win = this.whole
      ? wholeWindow(model.rows.length)
      : rowWindow(view.top, view.height, ROW_HEIGHT, model.rows.length, 6);
    const widths = columns.map((c) => this.arrangement.widthOf(c.id));
    const width = widths.reduce((a, b) => a + b, 48);
    const tracks = `48px ${widths.map((w) => `${w}px`).join(' ')}`;
    const grid = styleProps({ '--_tracks': tracks, '--_width': `${width}px` });
    const canDrag = !this.host.readonly && this.sort.length === 0;
    // The active row has a slot of its own, rendered even while scrolled away, so the focused
    // node (a focused cell, an open editor) is never reused for another row nor dropped.
    const active = this.cells.row >= 0 && this.cells.row < model.rows.length ? this.cells.row : -1;
    const row = (r: number) =>
      r < 0 ? nothing : this.guardedRow(model.rows[r] as TableRow, r, model, columns, ctx, canDrag);
    return html`
      ${guard([this.columnSet(ctx), this.search, this.filters], () => this.renderToolbar(ctx, columns))}
      ${this.selection.size > 0 && !this.host.readonly ? this.renderBulk(ctx) : nothing}
      <div
        part="table"
        class=${this.whole ? 'whole' : ''}
        role="grid"
        aria-label=${ctx.t('board.tableLabel', { project: ctx.project.settings.name })}
        aria-rowcount=${model.rows.length + 1}
        aria-colcount=${columns.length + 1}
        aria-multiselectable="true"
        aria-readonly=${this.host.readonly ? 'true' : 'false'}
        ${grid}
        @keydown=${(e: KeyboardEvent) => this.onKey(e, model, columns)}
        @click=${(e: MouseEvent) => this.onClick(e, model)}
        @focusin=${this.press.onFocusIn}
        @pointerdown=${this.press.onPointerDown}
      >
        ${this.renderHeader(columns, model)}
        <div part="table-body" role="rowgroup" data-window="table" @scroll=${this.windows.onScroll}>
          <div role="presentation" class="sizer" ${styleProps({ height: `${(this.whole ? win.end : model.rows.length) * ROW_HEIGHT}px`, width: `${width}px` })}></div>
          ${active >= 0 ? row(active) : nothing}
          ${
            this.whole
              ? wholeList(
                  Array.from({ length: win.end }, (_, r) => row(r === active ? -1 : r)),
                  model.rows.length,
                  ctx.t,
                )
              : this.slots.place(win.first, win.end, active).map(row)
          }
        </div>
      </div>
    `;
  }

  private renderToolbar(ctx: ColumnContext, columns: ColumnDef[]): TemplateResult {
    return tableToolbar(
      ctx.project,
      availableColumns(ctx.project, ctx.t),
      this.columnIds(),
      columns.length,
      ctx.t,
      {
        search: this.search,
        filters: this.filters,
        setSearch: (value) => {
          this.search = value;
          this.cells.row = 0;
          this.host.requestUpdate();
        },
        setFilter: (field, value) => {
          this.filters = { ...this.filters, [field]: value };
          this.host.requestUpdate();
        },
        show: (ids) => this.arrangement.show(ids, (id) => this.defOf(id)?.width ?? 140),
        move: (from, to) => this.arrangement.move(from, to),
      },
    );
  }

  private renderBulk(ctx: ColumnContext): TemplateResult {
    return bulkBar(
      ctx.project,
      this.selection.size,
      (field, value) => this.bulk(field, value),
      () => this.selection.clear(),
      ctx.t,
    );
  }

  private renderHeader(columns: ColumnDef[], model: Model): TemplateResult {
    return tableHeader(columns, this.sort, this.selection.allSelected(model), {
      selectAll: () => this.selection.toggleAll(),
      onPointerDown: this.onHeaderDown,
      arrangement: this.arrangement,
      rtl: this.locale.rtl,
      t: this.source.t,
    });
  }

  /**
   * A row, re-rendered only when something it shows changed: the model (store version, search,
   * sort, filters, collapse), its position, the columns, its focus, selection, editor or drop mark.
   * A scroll frame then renders only the rows that enter the window.
   */
  private guardedRow(
    row: TableRow,
    index: number,
    model: Model,
    columns: ColumnDef[],
    ctx: ColumnContext,
    canDrag: boolean,
  ): unknown {
    const edited = this.editor.editing;
    const editing = edited?.taskId === row.id ? edited : undefined;
    return guard(
      [
        model,
        index,
        columns,
        canDrag,
        this.host.readonly,
        ctx.today,
        this.cells.row === index ? this.cells.column : -1,
        row.id !== undefined && this.selection.has(row.id),
        editing?.column,
        editing?.error,
        row.id === undefined ? undefined : this.source.presence.selecting(row.id),
        row.id === undefined ? undefined : this.source.presence.editing(row.id),
        this.moves.dropAt === index ||
          (this.moves.dropAt === model.rows.length && index === model.rows.length - 1),
      ],
      () => this.renderRow(row, index, model, columns, ctx, canDrag),
    );
  }

  private renderRow(
    row: TableRow,
    index: number,
    model: Model,
    columns: ColumnDef[],
    ctx: ColumnContext,
    canDrag: boolean,
  ): TemplateResult {
    const group = model.layout.columns[row.group];
    const at = `translateY(${index * ROW_HEIGHT}px)`;
    const tab = (col: number): string => String(this.cells.tabIndex(index, col));
    const drop =
      this.moves.dropAt === index
        ? ' drop-before'
        : this.moves.dropAt === model.rows.length && index === model.rows.length - 1
          ? ' drop-after'
          : '';
    if (row.kind === 'group') {
      const value = group?.value ?? '';
      const collapsed = this.collapsed.has(value);
      return html`<div part=${`group-row${drop}`} role="row" aria-rowindex=${index + 2} data-row=${index} ${styleProps({ transform: at, '--_group-color': group?.color ?? null })}>
        <div role="gridcell" part="group-cell" aria-colspan=${columns.length + 1} tabindex=${tab(1)} data-row=${index} data-col="1">
          <button
            part="group-toggle"
            tabindex="-1"
            aria-expanded=${collapsed ? 'false' : 'true'}
            @click=${() => this.toggleGroup(value)}
          >
            ${collapsed ? '▸' : '▾'}
          </button>
          <span part="group-name">${group?.label ?? ''}</span>
          <span part="count">${ctx.t('board.items', { count: model.groups[row.group]?.length ?? 0 })}</span>
        </div>
      </div>`;
    }
    if (row.kind === 'summary') {
      const s = groupSummary(model, row.group, columns, ctx);
      return html`<div part=${`summary-row${drop}`} role="row" aria-rowindex=${index + 2} data-row=${index} ${styleProps({ transform: at })}>
        <div role="gridcell" part="cell select-cell" aria-colindex="1" tabindex=${tab(0)} data-row=${index} data-col="0"></div>
        ${columns.map(
          (
            c,
            i,
          ) => html`<div role="gridcell" part="cell summary-cell" aria-colindex=${i + 2} tabindex=${tab(i + 1)} data-row=${index} data-col=${i + 1}>
            ${summaryCell(c, s, ctx, i === 0)}
          </div>`,
        )}
      </div>`;
    }
    const id = row.id as string;
    const task = ctx.project.task(id);
    if (!task) return html``;
    const selected = this.selection.has(id);
    const peers = this.source.presence.selecting(id);
    const cellView = {
      editing: this.editor.editing,
      readonly: this.host.readonly,
      editors: this.source.presence.editing(id),
      edits: this.editor,
      onDoubleClick: this.onDoubleClick,
    };
    return html`<div
      part=${`row${selected ? ' selected' : ''}${drop}${peers.length > 0 ? ' peer-selected' : ''}`}
      class=${peers.length > 0 ? 'peer' : nothing}
      title=${peers.length > 0 ? selectedBy(peers, ctx.t) : nothing}
      role="row"
      aria-rowindex=${index + 2}
      aria-selected=${selected ? 'true' : 'false'}
      data-row=${index}
      data-id=${id}
      ${styleProps({ transform: at, '--_peer': peers.length > 0 ? peerColor(peers) : null })}
    >
      <div role="gridcell" part="cell select-cell" aria-colindex="1" tabindex=${tab(0)} data-row=${index} data-col="0">
        ${canDrag ? html`<span part="row-handle" aria-hidden="true">⠿</span>` : nothing}
        <input
          type="checkbox"
          tabindex="-1"
          aria-label=${ctx.t('board.selectItem', { name: task.name })}
          .checked=${live(selected)}
          @click=${this.selection.onBoxClick}
          @change=${(e: Event) => this.selection.boxChanged(id, e.target as HTMLInputElement)}
        />
      </div>
      ${columns.map((c, i) => itemCell(task, c, index, i + 1, tab(i + 1), ctx, cellView))}
    </div>`;
  }

  // ── behaviour ────────────────────────────────────────────────────────

  /**
   * Keeps an arrangement the page did not veto. A resized width is kept where the host keeps
   * widths: in its `columns` entry, in the deprecated `columnWidths` when the host passes that
   * (and the entry names no width), else by the table itself.
   */
  private adopt(
    columns: readonly ColumnState[],
    sort: SortingState,
    reason: ColumnChangeDetail['reason'],
  ): void {
    this.sort = sort.slice();
    if (reason === 'sort') return;
    const configs = this.configs();
    if (reason === 'resize') {
      const ctx = this.ctx();
      const shown = ctx ? this.columnSet(ctx).shown : [];
      const resized = columns.find((c) => shown.find((d) => d.id === c.id)?.width !== c.width);
      if (!resized) return;
      const { id, width } = resized;
      const entry = configs.find((c) => columnId(c) === id);
      const legacy = this.host.columnWidths;
      if (
        (typeof entry === 'object' && entry.width !== undefined) ||
        (legacy === undefined && this.host.columns !== undefined)
      ) {
        this.keepColumns(
          configs.map((c) =>
            columnId(c) !== id ? c : typeof c === 'string' ? { id, width } : { ...c, width },
          ),
        );
      } else {
        const widths = { ...(legacy ?? this.ownWidths), [id]: width };
        this.ownWidths = widths;
        if (legacy !== undefined) this.host.columnWidths = widths;
      }
      return;
    }
    // A column that stays keeps its configured width and header.
    this.keepColumns(columns.map(({ id }) => configs.find((c) => columnId(c) === id) ?? id));
    this.model = undefined;
  }

  private keepColumns(configs: readonly ColumnConfig[]): void {
    this.ownColumns = configs;
    if (this.host.columns !== undefined) this.host.columns = configs;
  }

  private toggleGroup(value: string): void {
    if (this.collapsed.has(value)) this.collapsed.delete(value);
    else this.collapsed.add(value);
    this.host.requestUpdate();
  }

  private bulk(field: BulkField, value: string): void {
    const project = this.source.store();
    if (project && !this.host.readonly) applyBulk(this.host, project, this.selection.ids(), field, value);
  }

  private onKey(event: KeyboardEvent, model: Model, columns: ColumnDef[]): void {
    const target = event.composedPath()[0] as HTMLElement;
    // An editor's keys are its own (CellEditing).
    if (this.editor.editing) return;
    if (target.getAttribute('role') !== 'gridcell') return;
    const row = model.rows[this.cells.row];
    const c = this.cells.column;
    const toggleGroup = (): void => {
      if (row?.kind === 'group') this.toggleGroup(model.layout.columns[row.group]?.value ?? '');
    };
    const handled = rowKey(event, this.locale.rtl, {
      navigate: (e) => this.cells.handleKey(e),
      extend: () => {
        const to = model.rows[this.cells.row];
        if (to?.kind === 'item')
          this.selection.extend(row?.kind === 'item' ? row.id : undefined, to.id as string);
      },
      step: row?.kind === 'item' ? (by) => this.moves.byKey(row, by, model) : undefined,
      edit: (key) => {
        const column = columns[c - 1]?.id ?? '';
        if (row?.kind === 'item' && c > 0)
          this.editor.start(row.id as string, column, key === 'F2' ? CARET_END : SELECT_ALL);
        else toggleGroup();
      },
      // Space toggles an item's box (Shift: the range to it) or a group.
      select: (mode) => {
        if (row?.kind === 'item') this.selection.select(row.id as string, mode);
        else toggleGroup();
      },
      selectAll: () => this.selection.selectAll(),
      clear: () => this.selection.clear(),
      remove:
        row?.kind === 'item'
          ? () => void this.removal.removeRows(row.id as string, this.selection)
          : undefined,
    });
    if (handled) event.preventDefault();
    else if (row?.kind === 'item' && c > 0) {
      // A character typed on a cell starts editing it with that character, as in the Gantt grid.
      const typed = typedCharacter(event);
      if (
        typed !== undefined &&
        this.editor.start(row.id as string, columns[c - 1]?.id ?? '', { kind: 'replace', text: typed })
      )
        event.preventDefault();
    }
  }

  /** A header dragged sideways moves its column (grid column n is shown column n − 1). */
  private readonly onHeaderDown = headerDrag({
    headers: () =>
      this.host.shadowRoot?.querySelectorAll<HTMLElement>('[part~="header-row"] > [role="columnheader"]') ??
      [],
    move: (from, to) => this.arrangement.move(from - 1, to - 1),
  });

  /** A double-click on an item's cell makes it the active cell and edits it. */
  private readonly onDoubleClick = (event: MouseEvent): void => {
    const at = cellOf(event.currentTarget);
    const ctx = this.ctx();
    const row = at && this.rows()?.rows[at.row];
    const column = at && ctx && this.shown(ctx)[at.column - 1];
    if (!at || row?.kind !== 'item' || !column) return;
    this.cells.activate(at.row, at.column, false);
    this.editor.start(row.id as string, column.id);
  };

  /**
   * A click on a cell makes it the active one, after the press (`CellPress`: a re-render between
   * press and release would move the row under the pointer into the active row's slot); Ctrl/⌘
   * or Shift with it toggles its row or selects the range to it. A row's box and an open editor
   * keep their clicks.
   */
  private onClick(event: MouseEvent, model: Model): void {
    this.press.pressing = false;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) return;
    const at = cellOf(target);
    if (!at || (target instanceof Element && target.closest('[part~="editing"]'))) return;
    this.cells.activate(at.row, at.column);
    const row = model.rows[at.row];
    if (!(event.ctrlKey || event.metaKey || event.shiftKey) || row?.kind !== 'item') return;
    event.preventDefault();
    this.selection.select(row.id as string, RowSelection.modeOf(event));
  }
}

/** What the table reads from `rl-board` beyond the common board options. */
type TableHost = BoardHost & {
  selection: readonly string[];
  columns: readonly ColumnConfig[] | undefined;
  columnWidths: Record<string, number> | undefined;
};
