import {
  type ColumnSortKey,
  type Condition,
  columnTextMatcher,
  filterTasks,
  type GroupSummary,
  rowWindow,
  scrollToRow,
  sortByColumns,
  summarizeGroup,
  type TableRow,
  tableRows,
  type Task,
} from '@roadline/core';
import {
  type BoardLayout,
  type BoardPatch,
  boardFieldOptions,
  boardFieldValue,
  buildBoard,
  NO_VALUE,
} from '@roadline/core/views/board';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../base/style-props.js';
import { ColumnResizeController } from '../controllers/column-resize.js';
import { DragController, type DragSession } from '../controllers/drag-controller.js';
import { ScrollWindowController } from '../controllers/scroll-window.js';
import { announceChange, requestChange } from '../events/change-events.js';
import type { ColumnChangeDetail, ColumnState, SortState } from '../events/column-change-event.js';
import type { ItemChangeDetail } from '../events/item-change-event.js';
import type { BoardHost } from './board-host.js';
import { availableColumns, type ColumnContext, type ColumnDef, DEFAULT_COLUMNS } from './columns.js';
import { avatars, colorStyle, formatDay } from './format.js';
import { moveItem } from './move.js';

/** The height of every table row: rows are equal so 10k of them virtualize. */
export const ROW_HEIGHT = 36;

/** One key of the table's multi-key sort. */
export interface TableSort {
  column: string;
  descending: boolean;
}

interface Model {
  key: string;
  layout: BoardLayout;
  groups: string[][];
  rows: TableRow[];
  /** Items in all groups (the select-all box compares the selection with it). */
  itemCount: number;
  summaries: Map<number, GroupSummary>;
}

/** The columns of one store version: every column offered, and those shown in order. */
interface ColumnCache {
  project: unknown;
  version: number;
  ids: readonly string[];
  all: ColumnDef[];
  shown: ColumnDef[];
}

interface Editing {
  id: string;
  column: string;
  value: string;
  error: string | undefined;
}

const BULK = ['status', 'person', 'priority'] as const;

/**
 * The grouped table layout of `rl-board`: items grouped by a field in collapsible groups with a
 * colored header and a summary row, typed columns with inline editors, multi-key sort, filters
 * and search, row selection with bulk changes, row drag (pointer, or Alt+arrows), and rows
 * virtualized so 10k items stay fast. A WAI-ARIA grid with a roving focus cell.
 */
export class TableView implements ReactiveController {
  private readonly host: TableHost;
  private readonly windows: ScrollWindowController;
  private model: Model | undefined;
  private readonly collapsed = new Set<string>();
  private readonly selected = new Set<string>();
  sort: TableSort[] = [];
  search = '';
  filters: Record<string, string> = {};
  private focus = { row: 0, col: 1 };
  private pendingFocus = false;
  private editing: Editing | undefined;
  private dropAt: number | undefined;
  private ownColumns: string[] | undefined;
  private ownWidths: Record<string, number> = {};
  /** The width of the column being resized by pointer, before it is committed. */
  private resizing: { id: string; width: number } | undefined;
  private columnCache: ColumnCache | undefined;

  constructor(host: TableHost) {
    this.host = host;
    host.addController(this);
    this.windows = new ScrollWindowController(host, 560);
    // Registers itself with the host; the host drives it through pointer events.
    new DragController<string>(host, {
      start: (event) => this.dragStart(event),
      move: (session) => this.dragMove(session),
      end: (session) => this.dragEnd(session),
      cancel: () => {
        this.dropAt = undefined;
        this.host.requestUpdate();
      },
    });
    new ColumnResizeController(host, {
      width: (id) => this.widthOf(id),
      minWidth: (id) => this.defOf(id)?.minWidth ?? 40,
      rtl: () => getComputedStyle(this.host).direction === 'rtl',
      resize: (id, width, final) => {
        if (!final) {
          this.resizing = { id, width };
          this.host.requestUpdate();
          return;
        }
        this.resizing = undefined;
        this.resize(id, width);
      },
    });
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root || this.host.view !== 'table') return;
    const body = root.querySelector<HTMLElement>('[part~="table-body"]');
    if (body) this.windows.observe(body);
    if (this.pendingFocus && body) {
      const cell = root.querySelector<HTMLElement>(
        `[data-row="${this.focus.row}"] [data-col="${this.focus.col}"]`,
      );
      if (cell) {
        this.pendingFocus = false;
        const editor = cell.querySelector<HTMLElement>('input, select');
        (editor ?? cell).focus();
      } else {
        // A row windowed out is scrolled to; the scroll re-renders and the next update focuses it.
        const top = scrollToRow(this.focus.row, body.scrollTop, body.clientHeight, ROW_HEIGHT);
        if (top !== body.scrollTop) body.scrollTop = top;
        else this.pendingFocus = false;
      }
    }
  }

  /** The ids of the columns shown, in order. */
  columnIds(): string[] {
    return this.host.columns ?? this.ownColumns ?? DEFAULT_COLUMNS;
  }

  /** A column's width in CSS pixels: while resizing the dragged width, then the host's, the user's, the default. */
  widthOf(id: string): number {
    if (this.resizing?.id === id) return this.resizing.width;
    const widths = this.host.columnWidths ?? this.ownWidths;
    const width = Object.hasOwn(widths, id) ? widths[id] : undefined;
    return typeof width === 'number' && Number.isFinite(width) ? width : (this.defOf(id)?.width ?? 140);
  }

  private defOf(id: string): ColumnDef | undefined {
    const ctx = this.ctx();
    return ctx ? this.columnSet(ctx).all.find((c) => c.id === id) : undefined;
  }

  private ctx(): ColumnContext | undefined {
    const project = this.host.store;
    return project ? { project, today: this.host.todayDay } : undefined;
  }

  /** Every column the store offers and those shown, built once per store version and column list. */
  private columnSet(ctx: ColumnContext): ColumnCache {
    const ids = this.columnIds();
    const cached = this.columnCache;
    if (cached?.project === ctx.project && cached.version === ctx.project.version && cached.ids === ids)
      return cached;
    const all = availableColumns(ctx.project);
    const shown = ids
      .map((id) => all.find((c) => c.id === id))
      .filter((c): c is ColumnDef => c !== undefined);
    this.columnCache = { project: ctx.project, version: ctx.project.version, ids, all, shown };
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
      field,
      this.search,
      JSON.stringify(this.filters),
      JSON.stringify(this.sort),
      [...this.collapsed].join('\u0000'),
    ].join('|');
    if (this.model?.key === key) return this.model;
    const { all, shown } = this.columnSet(ctx);
    const where: Condition[] = [];
    for (const f of BULK) {
      const value = this.filters[f] ?? '';
      // A person filter keeps items with that person among their assignees.
      if (value !== '') where.push({ field: f === 'person' ? 'assignees' : f, op: 'eq', value });
    }
    let items = where.length > 0 ? filterTasks(this.host.items(), { where }) : this.host.items();
    if (this.search.trim() !== '') {
      // The search reads what the shown columns show (status labels, names, dates), every word anywhere.
      items = items.filter(columnTextMatcher(this.search, (t) => shown.map((c) => c.text(t, ctx))));
    }
    const columns = field
      ? boardFieldOptions(ctx.project, field, true)
      : [{ value: NO_VALUE, label: 'All items', color: undefined }];
    // Without grouping, every item falls in the one "none" column, in `order` like any board cell.
    const layout = buildBoard({ items, columnField: field ?? 'status', columns });
    let groups = layout.lanes[0]?.cells ?? [];
    if (this.sort.length > 0) {
      const keys: ColumnSortKey[] = [];
      for (const s of this.sort) {
        const def = all.find((c) => c.id === s.column);
        const direction = s.descending ? 'desc' : 'asc';
        if (!def) continue;
        const read = def.sort;
        keys.push(
          typeof read === 'string' ? { field: read, direction } : { read: (t) => read(t, ctx), direction },
        );
      }
      groups = groups.map((ids) =>
        sortByColumns(
          ids.map((id) => ctx.project.task(id) as Readonly<Task>),
          keys,
          ctx.project,
        ).map((t) => t.id),
      );
    }
    const keep = (g: number): boolean =>
      (groups[g]?.length ?? 0) > 0 || (layout.columns[g]?.value ?? '') !== '';
    const shownGroups = groups.map((ids, g) => (keep(g) ? ids : []));
    const rows = tableRows(
      shownGroups,
      (g) => this.collapsed.has(layout.columns[g]?.value ?? ''),
      true,
    ).filter((r) => keep(r.group));
    const itemCount = groups.reduce((n, ids) => n + ids.length, 0);
    this.model = { key, layout, groups, rows, itemCount, summaries: new Map() };
    return this.model;
  }

  private summary(model: Model, group: number, ctx: ColumnContext): GroupSummary {
    let s = model.summaries.get(group);
    if (!s) {
      const tasks = (model.groups[group] ?? []).map((id) => ctx.project.task(id) as Readonly<Task>);
      const numbers = this.shown(ctx)
        .filter((c) => c.number !== undefined)
        .map((c) => ({ id: c.id, value: c.number as (t: Readonly<Task>) => number | undefined }));
      s = summarizeGroup(tasks, numbers, ctx.project);
      model.summaries.set(group, s);
    }
    return s;
  }

  render(): TemplateResult {
    const ctx = this.ctx();
    const model = this.rows();
    if (!ctx || !model) return html``;
    const columns = this.shown(ctx);
    const view = this.windows.get('table');
    const win = rowWindow(view.top, view.height, ROW_HEIGHT, model.rows.length, 6);
    const tracks = `48px ${columns.map((c) => `${this.widthOf(c.id)}px`).join(' ')}`;
    const grid = styleProps({ '--_tracks': tracks });
    const canDrag = !this.host.readonly && this.sort.length === 0;
    return html`
      ${guard([this.columnSet(ctx), this.search, this.filters], () => this.renderToolbar(ctx, columns))}
      ${this.selected.size > 0 && !this.host.readonly ? this.renderBulk(ctx) : nothing}
      <div
        part="table"
        role="grid"
        aria-label=${`${ctx.project.settings.name} table`}
        aria-rowcount=${model.rows.length + 1}
        aria-colcount=${columns.length + 1}
        aria-multiselectable="true"
        aria-readonly=${this.host.readonly ? 'true' : 'false'}
        ${grid}
        @keydown=${(e: KeyboardEvent) => this.onKey(e, model, columns)}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
      >
        ${this.renderHeader(columns, model)}
        <div part="table-body" role="rowgroup" data-window="table" @scroll=${this.windows.onScroll}>
          <div role="presentation" ${styleProps({ height: `${win.first * ROW_HEIGHT}px` })}></div>
          ${repeat(model.rows.slice(win.first, win.end), rowKey, (row, i) =>
            this.guardedRow(row, win.first + i, model, columns, ctx, canDrag),
          )}
          <div role="presentation" ${styleProps({ height: `${(model.rows.length - win.end) * ROW_HEIGHT}px` })}></div>
        </div>
      </div>
    `;
  }

  private renderToolbar(ctx: ColumnContext, columns: ColumnDef[]): TemplateResult {
    const all = availableColumns(ctx.project);
    const ids = this.columnIds();
    return html`<div part="toolbar" role="toolbar" aria-label="Table tools">
      <input
        part="search"
        type="search"
        aria-label="Search items"
        placeholder="Search"
        .value=${live(this.search)}
        @input=${(e: Event) => {
          this.search = (e.target as HTMLInputElement).value;
          this.focus = { row: 0, col: 1 };
          this.host.requestUpdate();
        }}
      />
      ${BULK.map(
        (f) => html`<select
          part="filter"
          aria-label=${`Filter by ${f}`}
          .value=${live(this.filters[f] ?? '')}
          @change=${(e: Event) => {
            this.filters = { ...this.filters, [f]: (e.target as HTMLSelectElement).value };
            this.host.requestUpdate();
          }}
        >
          <option value="">All ${f === 'person' ? 'people' : f === 'priority' ? 'priorities' : 'statuses'}</option>
          ${boardFieldOptions(ctx.project, f, false).map(
            (o) =>
              html`<option value=${o.value} ?selected=${this.filters[f] === o.value}>${o.label}</option>`,
          )}
        </select>`,
      )}
      <details part="column-picker">
        <summary>Columns</summary>
        <ul>
          ${all.map((c) => {
            const at = ids.indexOf(c.id);
            return html`<li>
              <label
                ><input
                  type="checkbox"
                  .checked=${live(at >= 0)}
                  ?disabled=${c.id === 'name'}
                  @change=${() => this.setColumns(at >= 0 ? ids.filter((x) => x !== c.id) : [...ids, c.id])}
                />${c.label}</label
              >
              ${
                at >= 0
                  ? html`<button aria-label=${`Move ${c.label} left`} ?disabled=${at === 0} @click=${() => this.moveColumn(c.id, -1)}>
                      ←</button
                    ><button
                      aria-label=${`Move ${c.label} right`}
                      ?disabled=${at === ids.length - 1}
                      @click=${() => this.moveColumn(c.id, 1)}
                    >
                      →
                    </button>`
                  : nothing
              }
            </li>`;
          })}
        </ul>
      </details>
      <span part="table-count" aria-live="polite">${columns.length} columns</span>
    </div>`;
  }

  private renderBulk(ctx: ColumnContext): TemplateResult {
    return html`<div part="bulk-bar" role="toolbar" aria-label="Change selected items">
      <span>${this.selected.size} selected</span>
      ${BULK.map(
        (f) => html`<select
          part="bulk-select"
          aria-label=${`Set ${f} of the selected items`}
          @change=${(e: Event) => {
            const select = e.target as HTMLSelectElement;
            this.bulk(f, select.value);
            select.value = '';
          }}
        >
          <option value="">Set ${f}…</option>
          ${boardFieldOptions(ctx.project, f, false).map((o) => html`<option value=${o.value}>${o.label}</option>`)}
        </select>`,
      )}
      <button part="bulk-clear" @click=${() => this.clearSelection()}>Clear selection</button>
    </div>`;
  }

  /** Whether every item shown is selected; only walks the items when the selection is big enough. */
  private allSelected(model: Model): boolean {
    if (model.itemCount === 0 || this.selected.size < model.itemCount) return false;
    return model.groups.every((ids) => ids.every((id) => this.selected.has(id)));
  }

  private renderHeader(columns: ColumnDef[], model: Model): TemplateResult {
    const all = this.allSelected(model);
    return html`<div part="header-row" role="row" aria-rowindex="1">
      <div role="columnheader" part="header-cell select-cell" aria-colindex="1">
        <input
          type="checkbox"
          aria-label="Select all items"
          .checked=${live(all)}
          @change=${() => {
            if (all) this.selected.clear();
            else for (const ids of model.groups) for (const id of ids) this.selected.add(id);
            this.host.requestUpdate();
          }}
        />
      </div>
      ${columns.map((c, i) => {
        const at = this.sort.findIndex((s) => s.column === c.id);
        const key = this.sort[at];
        const sort = at === 0 && key ? (key.descending ? 'descending' : 'ascending') : 'none';
        return html`<div role="columnheader" part="header-cell" aria-colindex=${i + 2} aria-sort=${sort}>
          <button
            part="sort-button"
            @click=${(e: MouseEvent) => this.toggleSort(c.id, e.shiftKey)}
            @keydown=${(e: KeyboardEvent) => {
              if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
              e.preventDefault();
              e.stopPropagation();
              const delta = e.key === 'ArrowLeft' ? -1 : 1;
              // Shift+Alt+arrows resize by 16 px; Alt+arrows move the column.
              if (e.shiftKey) this.resize(c.id, this.widthOf(c.id) + delta * 16);
              else this.moveColumn(c.id, delta);
            }}
          >
            ${c.label}${key ? html`<span part="sort-mark" aria-hidden="true">${key.descending ? '▼' : '▲'}${this.sort.length > 1 ? at + 1 : ''}</span>` : nothing}
          </button>
          <span part="resize-handle" data-resize=${c.id} aria-hidden="true" title=${`Resize ${c.label} (Shift+Alt+←/→ on the header)`}></span>
        </div>`;
      })}
    </div>`;
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
    const editing = this.editing !== undefined && this.editing.id === row.id ? this.editing : undefined;
    return guard(
      [
        model,
        index,
        columns,
        canDrag,
        this.host.readonly,
        ctx.today,
        this.focus.row === index ? this.focus.col : -1,
        row.id !== undefined && this.selected.has(row.id),
        editing?.column,
        editing?.error,
        this.dropAt === index || (this.dropAt === model.rows.length && index === model.rows.length - 1),
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
    const tab = (col: number): string => (this.focus.row === index && this.focus.col === col ? '0' : '-1');
    const drop =
      this.dropAt === index
        ? ' drop-before'
        : this.dropAt === model.rows.length && index === model.rows.length - 1
          ? ' drop-after'
          : '';
    if (row.kind === 'group') {
      const value = group?.value ?? '';
      const collapsed = this.collapsed.has(value);
      return html`<div part=${`group-row${drop}`} role="row" aria-rowindex=${index + 2} data-row=${index} ${colorStyle('--_group-color', group?.color)}>
        <div role="gridcell" part="group-cell" aria-colspan=${columns.length + 1} tabindex=${tab(1)} data-col="1">
          <button
            part="group-toggle"
            tabindex="-1"
            aria-expanded=${collapsed ? 'false' : 'true'}
            @click=${() => this.toggleGroup(value)}
          >
            ${collapsed ? '▸' : '▾'}
          </button>
          <span part="group-name">${group?.label ?? ''}</span>
          <span part="count">${model.groups[row.group]?.length ?? 0} items</span>
        </div>
      </div>`;
    }
    if (row.kind === 'summary') {
      const s = this.summary(model, row.group, ctx);
      return html`<div part=${`summary-row${drop}`} role="row" aria-rowindex=${index + 2} data-row=${index}>
        <div role="gridcell" part="cell select-cell" aria-colindex="1" tabindex=${tab(0)} data-col="0"></div>
        ${columns.map(
          (
            c,
            i,
          ) => html`<div role="gridcell" part="cell summary-cell" aria-colindex=${i + 2} tabindex=${tab(i + 1)} data-col=${i + 1}>
            ${this.renderSummary(c, s, ctx, i === 0)}
          </div>`,
        )}
      </div>`;
    }
    const id = row.id as string;
    const task = ctx.project.task(id);
    if (!task) return html``;
    const selected = this.selected.has(id);
    return html`<div
      part=${`row${selected ? ' selected' : ''}${drop}`}
      role="row"
      aria-rowindex=${index + 2}
      aria-selected=${selected ? 'true' : 'false'}
      data-row=${index}
      data-id=${id}
    >
      <div role="gridcell" part="cell select-cell" aria-colindex="1" tabindex=${tab(0)} data-col="0">
        ${canDrag ? html`<span part="row-handle" aria-hidden="true">⠿</span>` : nothing}
        <input
          type="checkbox"
          tabindex="-1"
          aria-label=${`Select ${task.name}`}
          .checked=${live(selected)}
          @change=${() => this.toggleSelect(id)}
        />
      </div>
      ${columns.map((c, i) => this.renderCell(task, c, i + 1, tab(i + 1), ctx))}
    </div>`;
  }

  private renderCell(
    task: Readonly<Task>,
    c: ColumnDef,
    col: number,
    tabindex: string,
    ctx: ColumnContext,
  ): TemplateResult {
    const editing = this.editing?.id === task.id && this.editing.column === c.id ? this.editing : undefined;
    return html`<div
      role="gridcell"
      part=${`cell ${c.kind}-cell${editing ? ' editing' : ''}`}
      aria-colindex=${col + 1}
      aria-readonly=${this.host.readonly || !c.parse ? 'true' : 'false'}
      tabindex=${tabindex}
      data-col=${col}
      @dblclick=${() => this.startEdit(task.id, c.id)}
    >
      ${editing ? this.renderEditor(task, c, editing, ctx) : this.renderValue(task, c, ctx)}
    </div>`;
  }

  private renderValue(task: Readonly<Task>, c: ColumnDef, ctx: ColumnContext): TemplateResult | string {
    const project = ctx.project;
    switch (c.kind) {
      case 'status': {
        const s = task.status === undefined ? undefined : project.status(task.status);
        return s ? html`<span part="pill" ${colorStyle('--_chip', s.color)}>${s.label}</span>` : '';
      }
      case 'priority': {
        const p = task.priority === undefined ? undefined : project.priority(task.priority);
        return p ? html`<span part="priority" ${colorStyle('--_chip', p.color)}>${p.label}</span>` : '';
      }
      case 'person':
        if (c.id === 'person') {
          return html`${avatars(
            (task.assignees ?? []).map((p) => project.person(p)),
            2,
          )}<span part="person-name"
              >${c.text(task, ctx)}</span
            >`;
        }
        return c.text(task, ctx);
      case 'progress': {
        const v = Math.max(0, Math.min(100, Math.round(task.progress ?? 0)));
        return html`<span part="progress-track"><span part="progress-bar" ${styleProps({ width: `${v}%` })}></span></span
          ><span part="progress-value">${v}%</span>`;
      }
      case 'tags':
        return html`${c
          .text(task, ctx)
          .split(', ')
          .filter(Boolean)
          .map((t) => html`<span part="tag">${t}</span>`)}`;
      default:
        return c.text(task, ctx);
    }
  }

  private renderEditor(
    task: Readonly<Task>,
    c: ColumnDef,
    editing: Editing,
    ctx: ColumnContext,
  ): TemplateResult {
    const error = editing.error;
    const common = {
      onInput: (e: Event) => {
        editing.value = (e.target as HTMLInputElement).value;
      },
    };
    const label = `${c.label} of ${task.name}`;
    let editor: TemplateResult;
    if (c.options) {
      editor = html`<select
        part="editor"
        aria-label=${label}
        aria-invalid=${error ? 'true' : 'false'}
        @change=${(e: Event) => {
          editing.value = (e.target as HTMLSelectElement).value;
          this.commitEdit();
        }}
      >
        <option value="" ?selected=${editing.value === ''}>—</option>
        ${c.options(ctx).map((o) => html`<option value=${o.value} ?selected=${o.value === editing.value}>${o.label}</option>`)}
      </select>`;
    } else if (c.kind === 'timeline') {
      const [start = '', due = ''] = editing.value.split('/');
      editor = html`<input
          part="editor"
          type="date"
          aria-label=${`Start of ${task.name}`}
          .value=${start}
          @input=${(e: Event) => {
            editing.value = `${(e.target as HTMLInputElement).value}/${editing.value.split('/')[1] ?? ''}`;
          }}
        /><input
          part="editor"
          type="date"
          aria-label=${`Due date of ${task.name}`}
          .value=${due}
          @input=${(e: Event) => {
            editing.value = `${editing.value.split('/')[0] ?? ''}/${(e.target as HTMLInputElement).value}`;
          }}
        />`;
    } else {
      const type =
        c.kind === 'date' ? 'date' : c.kind === 'number' || c.kind === 'progress' ? 'number' : 'text';
      editor = html`<input
        part="editor"
        type=${type}
        aria-label=${label}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${editing.value}
        @input=${common.onInput}
      />`;
    }
    return html`${editor}${error ? html`<span part="editor-error" role="alert">${error}</span>` : nothing}`;
  }

  private renderSummary(
    c: ColumnDef,
    s: GroupSummary,
    ctx: ColumnContext,
    first: boolean,
  ): TemplateResult | string {
    if (first) return `${s.count} item${s.count === 1 ? '' : 's'}`;
    if (c.kind === 'status') {
      if (s.count === 0) return '';
      const statuses = ctx.project.statuses();
      const parts = [
        ...statuses.map((st) => [st.id, st.label, st.color] as const),
        ['', 'No status', undefined] as const,
      ]
        .map(([id, label, color]) => ({ label, color, n: s.statuses.get(id) ?? 0 }))
        .filter((x) => x.n > 0);
      const text = parts.map((p) => `${p.n} ${p.label}`).join(', ');
      return html`<span part="status-mix" role="img" aria-label=${`Status mix: ${text}`}
        >${parts.map(
          (p) =>
            html`<span part="status-mix-segment" title=${`${p.n} ${p.label}`} ${styleProps({
              flexGrow: String(p.n),
              ...(p.color ? { background: p.color } : {}),
            })}></span>`,
        )}</span
      >`;
    }
    if (c.kind === 'timeline' || c.id === 'due') {
      if (!s.start && !s.end) return '';
      return `${formatDay(s.start?.slice(0, 10))} – ${formatDay(s.due)}`;
    }
    const total = s.numbers.get(c.id);
    if (total && total.counted > 0) {
      if (c.summary === 'average')
        return `avg ${Math.round(total.sum / total.counted)}${c.kind === 'progress' ? '%' : ''}`;
      return `sum ${Math.round(total.sum * 100) / 100}`;
    }
    return '';
  }

  // ── behaviour ────────────────────────────────────────────────────────

  /** The arrangement a column change reports: the shown columns with their widths, and the sort. */
  private columnChange(
    ids: readonly string[],
    sort: readonly TableSort[],
    reason: ColumnChangeDetail['reason'],
    widths: Readonly<Record<string, number>> = {},
  ): ColumnChangeDetail {
    const columns: ColumnState[] = ids.map((id) => ({
      id,
      width: Object.hasOwn(widths, id) ? (widths[id] as number) : this.widthOf(id),
    }));
    const sortKeys: SortState[] = sort.map((s) => ({
      column: s.column,
      direction: s.descending ? 'descending' : 'ascending',
    }));
    return { columns, sort: sortKeys[0], sortKeys, reason };
  }

  /** Shows columns `next` (added, removed or reordered) through `rl-before-column-change`. */
  private setColumns(next: string[]): void {
    const previous = this.columnIds();
    const reason =
      next.length > previous.length ? 'add' : next.length < previous.length ? 'remove' : 'reorder';
    const detail = this.columnChange(next, this.sort, reason);
    if (!requestChange(this.host, 'column-change', detail)) return;
    this.ownColumns = next;
    if (this.host.columns !== undefined) this.host.columns = next;
    this.model = undefined;
    announceChange(this.host, 'column-change', detail);
    this.host.requestUpdate();
  }

  /** Sets a column's width (clamped to its minimum) through `rl-before-column-change`. */
  private resize(id: string, width: number): void {
    const next = Math.round(Math.max(this.defOf(id)?.minWidth ?? 40, width));
    if (next === this.widthOf(id)) {
      this.host.requestUpdate();
      return;
    }
    const detail = this.columnChange(this.columnIds(), this.sort, 'resize', { [id]: next });
    if (!requestChange(this.host, 'column-change', detail)) {
      this.host.requestUpdate();
      return;
    }
    const widths = { ...(this.host.columnWidths ?? this.ownWidths), [id]: next };
    this.ownWidths = widths;
    if (this.host.columnWidths !== undefined) this.host.columnWidths = widths;
    announceChange(this.host, 'column-change', detail);
    this.host.requestUpdate();
  }

  private moveColumn(id: string, delta: number): void {
    const ids = this.columnIds().slice();
    const at = ids.indexOf(id);
    const to = at + delta;
    if (at < 0 || to < 0 || to >= ids.length) return;
    ids.splice(at, 1);
    ids.splice(to, 0, id);
    this.setColumns(ids);
  }

  /** A header click: sorts by the column, flips it, or (with Shift) adds it as the next key. */
  private toggleSort(column: string, add: boolean): void {
    const sort = this.sort;
    const at = sort.findIndex((s) => s.column === column);
    const current = sort[at];
    let next: TableSort[];
    if (add) {
      if (!current) next = [...sort, { column, descending: false }];
      else if (!current.descending) next = sort.map((s, i) => (i === at ? { column, descending: true } : s));
      else next = sort.filter((_, i) => i !== at);
    } else if (!current || sort.length > 1)
      next = [{ column, descending: current ? !current.descending : false }];
    else if (!current.descending) next = [{ column, descending: true }];
    else next = [];
    const detail = this.columnChange(this.columnIds(), next, 'sort');
    if (!requestChange(this.host, 'column-change', detail)) return;
    this.sort = next;
    announceChange(this.host, 'column-change', detail);
    this.host.requestUpdate();
  }

  private toggleGroup(value: string): void {
    if (this.collapsed.has(value)) this.collapsed.delete(value);
    else this.collapsed.add(value);
    this.host.requestUpdate();
  }

  private toggleSelect(id: string): void {
    if (this.selected.has(id)) this.selected.delete(id);
    else this.selected.add(id);
    this.host.requestUpdate();
  }

  private clearSelection(): void {
    this.selected.clear();
    this.host.requestUpdate();
  }

  private bulk(field: (typeof BULK)[number], value: string): void {
    const project = this.host.store;
    if (!project || value === '' || this.host.readonly) return;
    const ids = [...this.selected].filter((id) => project.task(id) !== undefined);
    if (ids.length === 0) return;
    const patch: BoardPatch =
      field === 'status'
        ? { status: value }
        : field === 'priority'
          ? { priority: value }
          : { assignees: [value] };
    const detail: ItemChangeDetail = { itemIds: ids, patch, source: 'bulk' };
    if (!requestChange(this.host, 'item-change', detail)) return;
    project.transaction(() => {
      for (const id of ids) project.updateTask(id, patch);
    });
    announceChange(this.host, 'item-change', detail);
  }

  private startEdit(id: string, column: string): void {
    const ctx = this.ctx();
    const task = ctx?.project.task(id);
    const def = ctx ? availableColumns(ctx.project).find((c) => c.id === column) : undefined;
    if (!ctx || !task || !def?.parse || !def.editValue || this.host.readonly) return;
    this.editing = { id, column, value: def.editValue(task, ctx), error: undefined };
    this.pendingFocus = true;
    this.host.requestUpdate();
  }

  private cancelEdit(): void {
    this.editing = undefined;
    this.pendingFocus = true;
    this.host.requestUpdate();
  }

  /** Checks the editor's value; commits it as one transaction, or shows why it cannot be. */
  private commitEdit(): void {
    const editing = this.editing;
    const ctx = this.ctx();
    const task = editing && ctx?.project.task(editing.id);
    const def =
      editing && ctx ? availableColumns(ctx.project).find((c) => c.id === editing.column) : undefined;
    if (!editing || !ctx || !task || !def?.parse) return;
    const result = def.parse(editing.value, task, ctx);
    if ('error' in result) {
      editing.error = result.error;
      this.host.requestUpdate();
      return;
    }
    const detail: ItemChangeDetail = {
      itemIds: [task.id],
      patch: result.patch,
      column: def.id,
      source: 'edit',
    };
    if (!requestChange(this.host, 'item-change', detail)) {
      this.cancelEdit();
      return;
    }
    try {
      ctx.project.transaction(() => ctx.project.updateTask(task.id, result.patch));
    } catch (error) {
      editing.error = (error as Error).message;
      this.host.requestUpdate();
      return;
    }
    this.editing = undefined;
    this.pendingFocus = true;
    announceChange(this.host, 'item-change', detail);
    this.host.requestUpdate();
  }

  private onKey(event: KeyboardEvent, model: Model, columns: ColumnDef[]): void {
    const target = event.composedPath()[0] as HTMLElement;
    if (this.editing) {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.cancelEdit();
      } else if (event.key === 'Enter') {
        event.preventDefault();
        this.commitEdit();
      }
      return;
    }
    if (target.getAttribute('role') !== 'gridcell') return;
    const row = model.rows[this.focus.row];
    const maxCol = columns.length;
    let { row: r, col: c } = this.focus;
    const page = Math.max(1, Math.floor(this.windows.get('table').height / ROW_HEIGHT) - 1);
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown') && row?.kind === 'item') {
      event.preventDefault();
      this.moveRowByKey(row, event.key === 'ArrowUp' ? -1 : 1, model);
      return;
    }
    switch (event.key) {
      case 'ArrowUp':
        r -= 1;
        break;
      case 'ArrowDown':
        r += 1;
        break;
      case 'ArrowLeft':
        c -= 1;
        break;
      case 'ArrowRight':
        c += 1;
        break;
      case 'Home':
        if (event.ctrlKey) r = 0;
        c = 0;
        break;
      case 'End':
        if (event.ctrlKey) r = model.rows.length - 1;
        c = maxCol;
        break;
      case 'PageUp':
        r -= page;
        break;
      case 'PageDown':
        r += page;
        break;
      case 'Enter':
      case 'F2': {
        event.preventDefault();
        if (row?.kind === 'group') this.toggleGroup(model.layout.columns[row.group]?.value ?? '');
        else if (row?.kind === 'item' && c > 0) this.startEdit(row.id as string, columns[c - 1]?.id ?? '');
        return;
      }
      case ' ':
        event.preventDefault();
        if (row?.kind === 'item') this.toggleSelect(row.id as string);
        else if (row?.kind === 'group') this.toggleGroup(model.layout.columns[row.group]?.value ?? '');
        return;
      default:
        return;
    }
    event.preventDefault();
    r = Math.max(0, Math.min(model.rows.length - 1, r));
    const kind = model.rows[r]?.kind;
    c = kind === 'group' ? 1 : Math.max(0, Math.min(maxCol, c));
    this.focus = { row: r, col: c };
    this.pendingFocus = true;
    this.host.requestUpdate();
  }

  // ── row moves ────────────────────────────────────────────────────────

  /** The group and position the gap before row `gap` stands for. */
  private gapPlace(gap: number, model: Model): { group: number; index: number } {
    const row = model.rows[gap];
    if (row === undefined) {
      const last = model.rows[model.rows.length - 1];
      const g = last?.group ?? 0;
      return { group: g, index: model.groups[g]?.length ?? 0 };
    }
    if (row.kind === 'item') return { group: row.group, index: row.index };
    if (row.kind === 'summary') return { group: row.group, index: model.groups[row.group]?.length ?? 0 };
    const prev = model.rows[gap - 1];
    if (prev === undefined) return { group: row.group, index: 0 };
    return { group: prev.group, index: model.groups[prev.group]?.length ?? 0 };
  }

  private move(
    id: string,
    to: { group: number; index: number },
    model: Model,
    source: 'pointer' | 'keyboard',
  ): void {
    const project = this.host.store;
    if (!project || this.host.readonly || this.sort.length > 0) return;
    const fromGroup = model.groups.findIndex((ids) => ids.includes(id));
    if (fromGroup < 0) return;
    const fromIndex = model.groups[fromGroup]?.indexOf(id) ?? 0;
    const groupBy = this.host.groupBy;
    const task = project.task(id);
    if (!task) return;
    const field = groupBy === 'none' ? 'status' : groupBy;
    const column =
      groupBy === 'none' ? boardFieldValue(task, 'status') : (model.layout.columns[to.group]?.value ?? '');
    const index = fromGroup === to.group && to.index > fromIndex ? to.index - 1 : to.index;
    moveItem(this.host, project, {
      itemId: id,
      field,
      from: { column: model.layout.columns[fromGroup]?.value ?? '', index: fromIndex },
      to: { column, index },
      targetIds: model.groups[to.group] ?? [],
      source,
    });
    const row = this.rows()?.rows.findIndex((r) => r.id === id) ?? -1;
    if (row >= 0) this.focus = { row, col: this.focus.col };
    this.pendingFocus = true;
  }

  private moveRowByKey(row: TableRow, delta: number, model: Model): void {
    const id = row.id as string;
    const size = model.groups[row.group]?.length ?? 0;
    if (delta < 0 && row.index > 0)
      this.move(id, { group: row.group, index: row.index - 1 }, model, 'keyboard');
    else if (delta > 0 && row.index < size - 1)
      this.move(id, { group: row.group, index: row.index + 2 }, model, 'keyboard');
    else {
      const g = row.group + delta;
      if (g < 0 || g >= model.groups.length || this.host.groupBy === 'none') return;
      this.move(id, { group: g, index: delta < 0 ? (model.groups[g]?.length ?? 0) : 0 }, model, 'keyboard');
    }
  }

  private dragStart(event: PointerEvent): string | undefined {
    if (this.host.view !== 'table' || this.host.readonly || this.sort.length > 0) return undefined;
    const path = event.composedPath() as HTMLElement[];
    if (!path.some((n) => n instanceof HTMLElement && n.part?.contains('row-handle'))) return undefined;
    const row = path.find(
      (n) => n instanceof HTMLElement && n.dataset?.id !== undefined && n.getAttribute('role') === 'row',
    );
    return row?.dataset.id;
  }

  private gapAt(y: number): number | undefined {
    const body = this.host.shadowRoot?.querySelector<HTMLElement>('[part~="table-body"]');
    const model = this.rows();
    if (!body || !model) return undefined;
    const rect = body.getBoundingClientRect();
    const gap = Math.round((y - rect.top + body.scrollTop) / ROW_HEIGHT);
    return Math.max(0, Math.min(model.rows.length, gap));
  }

  private dragMove(session: DragSession<string>): void {
    const gap = this.gapAt(session.event.clientY);
    if (gap === this.dropAt) return;
    this.dropAt = gap;
    this.host.requestUpdate();
  }

  private dragEnd(session: DragSession<string>): void {
    const gap = this.gapAt(session.event.clientY) ?? this.dropAt;
    this.dropAt = undefined;
    const model = this.rows();
    if (gap !== undefined && model) this.move(session.payload, this.gapPlace(gap, model), model, 'pointer');
    this.host.requestUpdate();
  }

  /** Keeps the roving focus cell where the user clicked or tabbed. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    const cell = (event.composedPath()[0] as HTMLElement).closest?.(
      '[role="gridcell"]',
    ) as HTMLElement | null;
    const row = cell?.closest('[data-row]') as HTMLElement | null;
    if (!cell || !row) return;
    const r = Number(row.dataset.row);
    const c = Number(cell.dataset.col);
    if (Number.isInteger(r) && Number.isInteger(c) && (r !== this.focus.row || c !== this.focus.col)) {
      this.focus = { row: r, col: c };
      this.host.requestUpdate();
    }
  };

  /** Ends an edit when focus leaves its cell (a click elsewhere commits it). */
  readonly onFocusOut = (event: FocusEvent): void => {
    if (!this.editing) return;
    const to = event.relatedTarget as Node | null;
    const cell = (event.composedPath()[0] as HTMLElement).closest?.('[role="gridcell"]');
    if (to && cell?.contains(to)) return;
    this.commitEdit();
  };
}

/** A row's identity across renders, so a scroll keeps the DOM of rows that stay in the window. */
function rowKey(row: TableRow): string {
  return row.kind === 'item' ? `i:${row.id}` : `${row.kind}:${row.group}`;
}

/** What the table reads from `rl-board` beyond the common board options. */
type TableHost = BoardHost & {
  columns: string[] | undefined;
  columnWidths: Record<string, number> | undefined;
};
