import { noneLabel, withNoneLabel } from '../i18n/none-label.js';
import type { Task } from '@roadline/core';
import { rowWindow, scrollToRow } from '@roadline/core/views/grid';
import {
  type BoardField,
  type BoardLayout,
  boardFieldOptions,
  boardFieldPatch,
  buildBoard,
  exceedsLimit,
  insertionIndex,
} from '@roadline/core/views/board';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../base/style-props.js';
import { DragController, type DragSession } from '../controllers/drag-controller.js';
import { type DragDirection, KeyboardDragController } from '../controllers/keyboard-drag.js';
import { BoardRemoval } from './remove-items.js';
import { ScrollWindowController } from '../controllers/scroll-window.js';
import { announceChange, requestChange } from '../events/change-events.js';
import type { ItemCreateDetail } from '../events/item-create-event.js';
import { createWipExceededEvent } from '../events/wip-exceeded-event.js';
import type { BoardHost, BoardSource } from './board-host.js';
import { colorStyle } from './format.js';
import { kanbanCard } from './kanban-card.js';
import { describeCardMove } from './kanban-words.js';
import { wholeList, wholeWindow } from './export-window.js';
import { moveItem } from './move.js';

/** A card's height plus the gap below it: cards are all this tall, so long columns virtualize. */
export const CARD_PITCH = 120;

/** A place on the kanban: lane, column and position, as indexes into the layout. */
interface Place {
  lane: number;
  column: number;
  index: number;
}

/**
 * The kanban layout of `rl-board`: columns by a select-like field, optional swimlanes, cards
 * that drag by pointer or keyboard, WIP limits, collapsible columns and an add-card field. It owns
 * its gestures and its layout cache; `rl-board` only hands it the store and the options.
 */
export class KanbanView implements ReactiveController {
  private readonly host: BoardHost;
  private readonly source: BoardSource;
  private readonly windows: ScrollWindowController;
  private readonly keyboard: KeyboardDragController<Place>;
  private readonly removal: BoardRemoval;
  private cache: { key: string; layout: BoardLayout } | undefined;
  private readonly collapsed = new Set<string>();
  /** The pointer drag's current target, previewed in the layout. */
  private dragTarget: { id: string; at: Place } | undefined;
  private focusId: string | undefined;
  private pendingFocus: string | undefined;
  private adding: string | undefined;
  private addText = '';
  /** An export's layout: every card (up to the export's limit), no cell scrolls. */
  whole = false;

  constructor(host: BoardHost, source: BoardSource) {
    this.host = host;
    this.source = source;
    this.removal = new BoardRemoval(host, source);
    host.addController(this);
    this.windows = new ScrollWindowController(host);
    this.keyboard = new KeyboardDragController<Place>(host, {
      lift: (id) => (this.host.readonly ? undefined : this.placeOf(id)),
      step: (id, at, direction) => this.step(id, at, direction),
      drop: (id, from, to) => this.drop(id, from, to, 'keyboard'),
      describe: (id, at, phase) => this.describe(id, at, phase),
    });
    // Registers itself with the host; the host drives it through pointer events.
    new DragController<string>(host, {
      start: (event) => this.dragStart(event),
      move: (session) => this.dragMove(session),
      end: (session) => this.dragEnd(session),
      cancel: () => {
        this.dragTarget = undefined;
        this.host.requestUpdate();
      },
    });
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root || this.host.view !== 'kanban') return;
    for (const list of root.querySelectorAll<HTMLElement>('[part~="cards"]')) this.windows.observe(list);
    if (this.pendingFocus !== undefined) {
      const id = this.pendingFocus;
      const card = root.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
      // A card windowed out is scrolled to; the scroll re-renders and the next update focuses it.
      if (card) {
        this.pendingFocus = undefined;
        card.focus();
      } else if (!this.scrollTo(id)) this.pendingFocus = undefined;
    }
  }

  /** The layout for the current store version and options (cached). */
  layout(): BoardLayout | undefined {
    const project = this.source.store();
    if (!project) return undefined;
    const { columnField, laneField, wipLimits } = this.host;
    const key = `${project.version}|${columnField}|${laneField ?? ''}|${JSON.stringify(wipLimits ?? {})}|${this.source.wordsKey()}|${this.host.statusFilter ?? '*'}`;
    if (this.cache?.key === key) return this.cache.layout;
    const items = this.source.items();
    const t = this.source.t;
    const options = (field: BoardField) =>
      withNoneLabel(boardFieldOptions(project, field, true), noneLabel(t, project, field));
    const columns = withNoneWhenUsed(options(columnField), items, columnField);
    const lanes =
      laneField === undefined ? undefined : withNoneWhenUsed(options(laneField), items, laneField);
    const layout = buildBoard({ items, columnField, columns, laneField, lanes, wipLimits });
    this.cache = { key, layout };
    return layout;
  }

  render(): TemplateResult {
    const layout = this.layout();
    const t = this.source.t;
    const project = this.source.store();
    if (!layout || !project) return html``;
    const preview = this.keyboard.lifted ?? this.dragTarget;
    const cells = preview ? previewCells(layout, preview.id, preview.at) : layout.lanes.map((l) => l.cells);
    const hasLanes = this.host.laneField !== undefined;
    const tracks = layout.columns
      .map((c) => (this.collapsed.has(c.value) ? 'var(--_collapsed-width)' : 'var(--_column-width)'))
      .join(' ');
    return html`
      <div part="kanban" class=${this.whole ? 'whole' : ''} role="region" aria-label=${t('board.kanbanLabel', { project: project.settings.name })}>
        <p id="card-help" class="visually-hidden">${t('board.cardHelp')}</p>
        <div part="kanban-header" ${styleProps({ gridTemplateColumns: tracks })}>
          ${layout.columns.map((column) => this.renderHeader(column))}
        </div>
        ${layout.lanes.map(
          (lane, l) => html`
            ${
              hasLanes
                ? html`<h3 part="lane-header" ${colorStyle('--_lane-color', lane.color)}>
                  ${lane.label} <span part="count">${lane.count}</span>
                </h3>`
                : nothing
            }
            <div part="lane" ${styleProps({ gridTemplateColumns: tracks })}>
              ${layout.columns.map((column, c) =>
                this.collapsed.has(column.value)
                  ? html`<div part="column-body collapsed"></div>`
                  : this.renderCell(l, c, cells[l]?.[c] ?? [], lane.label, hasLanes),
              )}
            </div>
          `,
        )}
      </div>
    `;
  }

  private renderHeader(column: BoardLayout['columns'][number]): TemplateResult {
    const collapsed = this.collapsed.has(column.value);
    const count = column.limit === undefined ? `${column.count}` : `${column.count} / ${column.limit}`;
    const parts = ['column-header', collapsed ? 'collapsed' : '', column.overLimit ? 'over-limit' : '']
      .filter(Boolean)
      .join(' ');
    return html`<div part=${parts} ${colorStyle('--_column-color', column.color)}>
      <button
        part="collapse-button"
        aria-expanded=${collapsed ? 'false' : 'true'}
        aria-label=${this.source.t(collapsed ? 'board.expandColumn' : 'board.collapseColumn', { column: column.label })}
        @click=${() => this.toggle(column.value)}
      >
        ${collapsed ? '▸' : '▾'}
      </button>
      <h3 part="column-title">${column.label}</h3>
      <span part="count" aria-label=${
        column.limit === undefined
          ? this.source.t('board.cards', { count: column.count })
          : this.source.t('board.cardsOfLimit', { count: column.count, limit: column.limit })
      }
        >${count}</span
      >
      ${column.overLimit ? html`<span part="wip-flag" role="img" aria-label=${this.source.t('board.overLimit')}>!</span>` : nothing}
    </div>`;
  }

  private renderCell(
    l: number,
    c: number,
    ids: readonly string[],
    laneLabel: string,
    hasLanes: boolean,
  ): TemplateResult {
    const layout = this.layout() as BoardLayout;
    const column = layout.columns[c] as BoardLayout['columns'][number];
    const key = `${l}:${c}`;
    const view = this.windows.get(key);
    const win = this.whole
      ? wholeWindow(ids.length)
      : rowWindow(view.top, view.height, CARD_PITCH, ids.length, 3);
    const label = hasLanes ? `${column.label}, ${laneLabel}` : column.label;
    const addKey = key;
    const focusable = this.focusTarget(layout);
    const lifted = this.keyboard.lifted?.id ?? this.dragTarget?.id;
    return html`<div part=${column.overLimit ? 'column-body over-limit' : 'column-body'}>
      <div
        part="cards"
        role="list"
        aria-label=${label}
        data-window=${key}
        data-cell=${key}
        @scroll=${this.windows.onScroll}
      >
        ${
          this.whole
            ? wholeList(
                ids.slice(0, win.end).map((id, i) => this.guardedCard(id, i, ids.length, false, false)),
                ids.length,
                this.source.t,
              )
            : html`<div part="spacer" ${styleProps({ height: `${win.first * CARD_PITCH}px` })}></div>
              ${repeat(
                ids.slice(win.first, win.end),
                (id) => id,
                (id, i) => this.guardedCard(id, win.first + i, ids.length, id === focusable, id === lifted),
              )}
              <div part="spacer" ${styleProps({ height: `${(ids.length - win.end) * CARD_PITCH}px` })}></div>`
        }
      </div>
      ${this.host.readonly ? nothing : this.renderAdd(addKey, l, c, label)}
    </div>`;
  }

  /**
   * A card, re-rendered only when something it shows changed (the store version, its position,
   * focus or lift, today): a drag frame re-renders the cards that moved, not every card in view.
   */
  private guardedCard(id: string, index: number, size: number, tabbable: boolean, lifted: boolean): unknown {
    const project = this.source.store();
    const peers = this.source.presence.selecting(id);
    return guard(
      [
        project,
        project?.version,
        index,
        size,
        tabbable,
        lifted,
        this.source.today(),
        this.source.wordsKey(),
        peers,
      ],
      () =>
        kanbanCard(this.source, id, { index, size, tabbable, lifted }, this.onCardKey, (focused) => {
          this.focusId = focused;
        }),
    );
  }

  private renderAdd(key: string, l: number, c: number, label: string): TemplateResult {
    if (this.adding !== key) {
      return html`<button part="add-card" @click=${() => this.openAdd(key)} aria-label=${this.source.t('board.addCardTo', { column: label })}>
        <span aria-hidden="true">+</span> ${this.source.t('board.addCard')}
      </button>`;
    }
    return html`<form part="add-form" @submit=${(e: Event) => this.submitAdd(e, l, c)}>
      <input
        part="add-input"
        aria-label=${this.source.t('board.newCardIn', { column: label })}
        .value=${live(this.addText)}
        @input=${(e: Event) => {
          this.addText = (e.target as HTMLInputElement).value;
        }}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Escape') this.closeAdd();
        }}
      />
    </form>`;
  }

  // ── focus and keyboard ───────────────────────────────────────────────

  private focusTarget(layout: BoardLayout): string | undefined {
    if (this.focusId !== undefined && layout.place.has(this.focusId)) return this.focusId;
    for (const lane of layout.lanes) {
      for (let c = 0; c < lane.cells.length; c++) {
        const first = lane.cells[c]?.[0];
        if (first !== undefined && !this.collapsed.has(layout.columns[c]?.value ?? '')) return first;
      }
    }
    return undefined;
  }

  private readonly onCardKey = (event: KeyboardEvent, id: string): void => this.onKey(event, id);

  private onKey(event: KeyboardEvent, id: string): void {
    if (!this.keyboard.lifted && this.removal.onKey(event, [id])) return;
    if (this.keyboard.handleKey(event, id)) {
      const lifted = this.keyboard.lifted;
      this.pendingFocus = lifted?.id ?? id;
      return;
    }
    const direction = ARROWS[event.key];
    if (direction === undefined) return;
    const at = this.placeOf(id);
    if (!at) return;
    event.preventDefault();
    const next = this.step(id, at, direction, true);
    const layout = this.layout();
    const target = next && layout?.lanes[next.lane]?.cells[next.column]?.[next.index];
    if (target !== undefined) {
      this.focusId = target;
      this.pendingFocus = target;
      this.host.requestUpdate();
    }
  }

  private placeOf(id: string): Place | undefined {
    const p = this.layout()?.place.get(id);
    return p === undefined ? undefined : { lane: p[0], column: p[1], index: p[2] };
  }

  /**
   * One step from `at`. Moving a lifted card (`browse` false) counts the gap after the last card
   * as a place; moving focus (`browse`) stops at the last card.
   */
  private step(id: string, at: Place, direction: DragDirection, browse = false): Place | undefined {
    const layout = this.layout();
    if (!layout) return undefined;
    const sizeOf = (lane: number, column: number): number => {
      const cell = layout.lanes[lane]?.cells[column] ?? [];
      const own = cell.includes(id) ? 1 : 0;
      return browse ? cell.length - 1 : cell.length - own;
    };
    if (direction === 'up' || direction === 'down') {
      const index = at.index + (direction === 'up' ? -1 : 1);
      if (index >= 0 && index <= sizeOf(at.lane, at.column)) return { ...at, index };
      const lane = at.lane + (direction === 'up' ? -1 : 1);
      if (lane < 0 || lane >= layout.lanes.length) return undefined;
      const size = sizeOf(lane, at.column);
      if (browse && size < 0) return undefined;
      return { lane, column: at.column, index: direction === 'up' ? Math.max(0, size) : 0 };
    }
    const delta = direction === 'left' ? -1 : 1;
    for (let c = at.column + delta; c >= 0 && c < layout.columns.length; c += delta) {
      if (this.collapsed.has(layout.columns[c]?.value ?? '')) continue;
      const size = sizeOf(at.lane, c);
      if (browse && size < 0) continue;
      return { lane: at.lane, column: c, index: Math.min(at.index, Math.max(0, size)) };
    }
    return undefined;
  }

  private describe(id: string, at: Place, phase: string): string {
    const layout = this.layout();
    const name = this.source.store()?.task(id)?.name ?? id;
    const column = layout?.columns[at.column];
    const lane = this.host.laneField === undefined ? undefined : (layout?.lanes[at.lane]?.label ?? '');
    return describeCardMove(this.source.t, phase, name, column?.label ?? '', lane, at.index + 1);
  }

  private drop(id: string, from: Place, to: Place, source: 'pointer' | 'keyboard'): void {
    const layout = this.layout();
    const project = this.source.store();
    if (!layout || !project || this.host.readonly) return;
    const column = layout.columns[to.column];
    const fromColumn = layout.columns[from.column];
    if (!column || !fromColumn) return;
    const laneField = this.host.laneField;
    moveItem(this.host, project, {
      itemId: id,
      field: this.host.columnField,
      laneField,
      from: {
        column: fromColumn.value,
        lane: laneField ? layout.lanes[from.lane]?.value : undefined,
        index: from.index,
      },
      to: {
        column: column.value,
        lane: laneField ? layout.lanes[to.lane]?.value : undefined,
        index: to.index,
      },
      targetIds: layout.lanes[to.lane]?.cells[to.column] ?? [],
      source,
      wip: { count: column.count, limit: column.limit, blocking: this.host.wipBlocking },
    });
    this.pendingFocus = id;
    this.focusId = id;
  }

  private scrollTo(id: string): boolean {
    const root = this.host.shadowRoot;
    const place = this.placeOf(id);
    if (!root || !place) return false;
    const list = root.querySelector<HTMLElement>(`[data-cell="${place.lane}:${place.column}"]`);
    if (!list) return false;
    const top = scrollToRow(place.index, list.scrollTop, list.clientHeight, CARD_PITCH);
    if (top === list.scrollTop) return false;
    list.scrollTop = top;
    return true;
  }

  // ── pointer drag ─────────────────────────────────────────────────────

  private dragStart(event: PointerEvent): string | undefined {
    if (this.host.readonly || this.host.view !== 'kanban' || this.keyboard.lifted) return undefined;
    const path = event.composedPath() as HTMLElement[];
    const card = path.find(
      (n) => n instanceof HTMLElement && n.dataset?.id !== undefined && n.part?.contains('card'),
    );
    if (!card) return undefined;
    // Touch and pen drag from the handle, so a finger elsewhere on the card still scrolls the column.
    if (
      event.pointerType !== 'mouse' &&
      !path.some((n) => n instanceof HTMLElement && n.part?.contains('card-handle'))
    )
      return undefined;
    return card.dataset.id;
  }

  private hitTest(x: number, y: number, id: string): Place | undefined {
    const root = this.host.shadowRoot;
    if (!root) return undefined;
    const list = root
      .elementsFromPoint(x, y)
      .map((e) => (e as HTMLElement).closest?.('[data-cell]') as HTMLElement | null)
      .find((e) => e !== null && e !== undefined);
    if (!list) return undefined;
    const [lane, column] = (list.dataset.cell ?? '').split(':').map(Number);
    if (lane === undefined || column === undefined || Number.isNaN(lane) || Number.isNaN(column))
      return undefined;
    const cell = this.layout()?.lanes[lane]?.cells[column] ?? [];
    const count = cell.length - (cell.includes(id) ? 1 : 0);
    const rect = list.getBoundingClientRect();
    const offset = y - rect.top + list.scrollTop - CARD_PITCH / 2;
    return { lane, column, index: insertionIndex(offset + CARD_PITCH / 2, CARD_PITCH, count) };
  }

  private dragMove(session: DragSession<string>): void {
    const at = this.hitTest(session.event.clientX, session.event.clientY, session.payload);
    if (!at) return;
    const current = this.dragTarget?.at;
    if (current && current.lane === at.lane && current.column === at.column && current.index === at.index)
      return;
    this.dragTarget = { id: session.payload, at };
    this.host.requestUpdate();
  }

  private dragEnd(session: DragSession<string>): void {
    const id = session.payload;
    const at = this.hitTest(session.event.clientX, session.event.clientY, id) ?? this.dragTarget?.at;
    this.dragTarget = undefined;
    const from = this.placeOf(id);
    if (at && from) this.drop(id, from, at, 'pointer');
    this.host.requestUpdate();
  }

  // ── columns and new cards ────────────────────────────────────────────

  private toggle(value: string): void {
    if (this.collapsed.has(value)) this.collapsed.delete(value);
    else this.collapsed.add(value);
    this.host.requestUpdate();
  }

  private openAdd(key: string): void {
    this.adding = key;
    this.addText = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.host.shadowRoot?.querySelector<HTMLInputElement>('[part="add-input"]')?.focus();
    });
  }

  private closeAdd(): void {
    this.adding = undefined;
    this.addText = '';
    this.host.requestUpdate();
  }

  private submitAdd(event: Event, l: number, c: number): void {
    event.preventDefault();
    const name = this.addText.trim();
    const layout = this.layout();
    const project = this.source.store();
    if (!name || !layout || !project) {
      this.closeAdd();
      return;
    }
    const column = layout.columns[c];
    const lane = layout.lanes[l];
    if (!column || !lane) return;
    const { columnField, laneField } = this.host;
    if (exceedsLimit(column.count, column.limit)) {
      this.host.dispatchEvent(
        createWipExceededEvent({
          column: column.value,
          label: column.label,
          limit: column.limit as number,
          count: column.count + 1,
          blocked: this.host.wipBlocking,
        }),
      );
      if (this.host.wipBlocking) return;
    }
    const detail: ItemCreateDetail = {
      name,
      field: columnField,
      column: column.value,
      laneField,
      lane: laneField ? lane.value : undefined,
    };
    if (!requestChange(this.host, 'item-create', detail)) return;
    const cell = lane.cells[c] ?? [];
    const last = cell.length > 0 ? project.task(cell[cell.length - 1] as string) : undefined;
    const blank = { id: '', name } as Task;
    const input = {
      name,
      ...boardFieldPatch(blank, columnField, column.value),
      ...(laneField ? boardFieldPatch(blank, laneField, lane.value) : {}),
      order: last === undefined ? 0 : Math.floor(last.order ?? 0) + 1,
    };
    const created = project.addTask(input as Omit<Task, 'id'>);
    this.addText = '';
    announceChange(this.host, 'item-create', { ...detail, itemId: created.id });
    this.host.requestUpdate();
  }
}

const ARROWS: Record<string, DragDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** Drops the "none" option unless some item has no value, so a board without one stays clean. */
function withNoneWhenUsed<T extends { value: string }>(
  options: T[],
  items: readonly Readonly<Task>[],
  field: BoardField,
): T[] {
  const patchNone = options[0]?.value === '' ? options[0] : undefined;
  if (!patchNone) return options;
  const probe = boardFieldPatch({ id: '', name: '' }, field, '');
  const key = Object.keys(probe)[0];
  const used = items.some((t) => {
    if (field === 'person') return (t.assignees?.length ?? 0) === 0;
    if (key === 'fields') {
      const v = t.fields && Object.hasOwn(t.fields, field) ? t.fields[field] : undefined;
      return typeof v !== 'string';
    }
    return key !== undefined && (t as Record<string, unknown>)[key] === undefined;
  });
  return used ? options : options.slice(1);
}

/** The layout's cells with card `id` taken out of its cell and shown at `at` (a drag preview). */
function previewCells(layout: BoardLayout, id: string, at: Place): string[][][] {
  const cells = layout.lanes.map((l) => l.cells.slice());
  const from = layout.place.get(id);
  if (from) {
    const lane = cells[from[0]] as string[][];
    lane[from[1]] = (lane[from[1]] as string[]).filter((x) => x !== id);
  }
  const lane = cells[at.lane];
  const target = lane?.[at.column];
  if (lane && target) {
    const copy = target.filter((x) => x !== id);
    copy.splice(Math.min(at.index, copy.length), 0, id);
    lane[at.column] = copy;
  }
  return cells;
}
