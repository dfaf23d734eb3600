import type { Translate } from '../i18n/catalogue.js';
import type { Project } from '@roadline/core';
import { type BoardPatch, boardFieldOptions } from '@roadline/core/views/board';
import type { SortingState } from '@roadline/core/views/grid';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { announceChange, requestChange } from '../events/change-events.js';
import { attempt } from '../grid/store-attempt.js';
import type { ItemChangeDetail } from '../events/item-change-event.js';
import type { GridColumns } from '../grid/grid-columns.js';
import { headerKey } from '../grid/header-keys.js';
import type { ColumnDef } from './columns.js';

/** The fields the table filters by and changes in bulk. */
export const BULK = ['status', 'person', 'priority'] as const;
export type BulkField = (typeof BULK)[number];

/** What the toolbar shows and changes: the search, the filters and the columns. */
export interface ToolbarState {
  readonly search: string;
  readonly filters: Readonly<Record<string, string>>;
  setSearch(value: string): void;
  setFilter(field: BulkField, value: string): void;
  /** Shows these columns in this order. */
  show(ids: readonly string[]): void;
  /** Moves the shown column at `from` to `to`. */
  move(from: number, to: number): void;
}

/** The table's toolbar: the search, a filter per bulk field, and the column picker. */
export function tableToolbar(
  project: Project,
  all: readonly ColumnDef[],
  ids: readonly string[],
  shownCount: number,
  t: Translate,
  state: ToolbarState,
): TemplateResult {
  return html`<div part="toolbar" role="toolbar" aria-label=${t('board.tableTools')}>
    <input
      part="search"
      type="search"
      aria-label=${t('board.searchItems')}
      placeholder=${t('board.search')}
      .value=${live(state.search)}
      @input=${(e: Event) => state.setSearch((e.target as HTMLInputElement).value)}
    />
    ${BULK.map(
      (f) => html`<select
        part="filter"
        aria-label=${t(`board.filterBy.${f}`)}
        .value=${live(state.filters[f] ?? '')}
        @change=${(e: Event) => state.setFilter(f, (e.target as HTMLSelectElement).value)}
      >
        <option value="">${t(`board.all.${f}`)}</option>
        ${boardFieldOptions(project, f, false).map(
          (o) => html`<option value=${o.value} ?selected=${state.filters[f] === o.value}>${o.label}</option>`,
        )}
      </select>`,
    )}
    <details part="column-picker">
      <summary>${t('board.columns')}</summary>
      <ul>
        ${all.map((c) => {
          const at = ids.indexOf(c.id);
          return html`<li>
            <label
              ><input
                type="checkbox"
                .checked=${live(at >= 0)}
                ?disabled=${c.id === 'name'}
                @change=${() => state.show(at >= 0 ? ids.filter((x) => x !== c.id) : [...ids, c.id])}
              />${c.header}</label
            >
            ${
              at >= 0
                ? html`<button aria-label=${t('board.moveColumnLeft', { column: c.header })} ?disabled=${at === 0} @click=${() => state.move(at, at - 1)}>
                    ←</button
                  ><button
                    aria-label=${t('board.moveColumnRight', { column: c.header })}
                    ?disabled=${at === ids.length - 1}
                    @click=${() => state.move(at, at + 1)}
                  >
                    →
                  </button>`
                : nothing
            }
          </li>`;
        })}
      </ul>
    </details>
    <span part="table-count" aria-live="polite">${t('board.columnCount', { count: shownCount })}</span>
  </div>`;
}

/** The bar of bulk changes to the selected rows. */
export function bulkBar(
  project: Project,
  count: number,
  bulk: (field: BulkField, value: string) => void,
  clear: () => void,
  t: Translate,
): TemplateResult {
  return html`<div part="bulk-bar" role="toolbar" aria-label=${t('board.changeSelected')}>
    <span>${t('board.selected', { count })}</span>
    ${BULK.map(
      (f) => html`<select
        part="bulk-select"
        aria-label=${t(`board.setSelected.${f}`)}
        @change=${(e: Event) => {
          const select = e.target as HTMLSelectElement;
          bulk(f, select.value);
          select.value = '';
        }}
      >
        <option value="">${t(`board.set.${f}`)}</option>
        ${boardFieldOptions(project, f, false).map((o) => html`<option value=${o.value}>${o.label}</option>`)}
      </select>`,
    )}
    <button part="bulk-clear" @click=${clear}>${t('board.clearSelection')}</button>
  </div>`;
}

/** What the header row does: select every item, and the column arrangement its headers drive. */
export interface HeaderActions {
  selectAll(): void;
  /** A press on the header row: a header dragged sideways moves its column (`headerDrag`). */
  onPointerDown(event: PointerEvent): void;
  readonly arrangement: GridColumns;
  readonly rtl: boolean;
  readonly t: Translate;
}

/**
 * The table's header row: the select-all box, then a sort button per column (Shift+click adds a
 * key; the grids' one header keyboard, `headerKey`: Alt+←/→ resizes the column and Alt+Shift+←/→
 * moves it, toward the row's end in the writing direction) with a resize grip at its end. Each
 * header carries its grid column as `data-col` (the box's is 0), for `headerDrag`.
 */
export function tableHeader(
  columns: readonly ColumnDef[],
  sorting: SortingState,
  allSelected: boolean,
  actions: HeaderActions,
): TemplateResult {
  const { arrangement } = actions;
  return html`<div part="header-row" role="row" aria-rowindex="1" @pointerdown=${actions.onPointerDown}>
    <div role="columnheader" part="header-cell select-cell" aria-colindex="1" data-col="0">
      <input type="checkbox" aria-label=${actions.t('board.selectAll')} .checked=${live(allSelected)} @change=${actions.selectAll} />
    </div>
    ${columns.map((c, i) => {
      const at = sorting.findIndex((s) => s.column === c.id);
      const key = sorting[at];
      const sort = at === 0 && key ? key.direction : 'none';
      return html`<div role="columnheader" part="header-cell" aria-colindex=${i + 2} aria-sort=${sort} data-col=${i + 1}>
        <button
          part="sort-button"
          @click=${(e: MouseEvent) => arrangement.sortBy(c.id, e.shiftKey)}
          @keydown=${(e: KeyboardEvent) => {
            const done = headerKey(e, i, columns.length, actions.rtl, {
              resize: (forward) => arrangement.step(c.id, forward),
              move: (to) => arrangement.move(i, to),
            });
            if (!done) return;
            e.preventDefault();
            e.stopPropagation();
          }}
        >
          ${c.header}${key ? html`<span part="sort-mark" aria-hidden="true">${key.direction === 'descending' ? '▼' : '▲'}${sorting.length > 1 ? at + 1 : ''}</span>` : nothing}
        </button>
        <span part="resize-handle" data-resize=${c.id} aria-hidden="true" title=${actions.t('board.resizeColumn', { column: c.header })}></span>
      </div>`;
    })}
  </div>`;
}

/** Sets a bulk field of the selected items (ids the store no longer has are left out) in one transaction. */
export function applyBulk(
  host: HTMLElement,
  project: Project,
  selected: readonly string[],
  field: BulkField,
  value: string,
): void {
  const ids = selected.filter((id) => project.task(id) !== undefined);
  if (value === '' || ids.length === 0) return;
  const patch: BoardPatch =
    field === 'status'
      ? { status: value }
      : field === 'priority'
        ? { priority: value }
        : { assignees: [value] };
  const detail: ItemChangeDetail = { itemIds: ids, patch, source: 'bulk' };
  if (!requestChange(host, 'item-change', detail)) return;
  project.transaction(() => {
    for (const id of ids) project.updateTask(id, patch);
  });
  announceChange(host, 'item-change', detail);
}

/**
 * An inline edit's store change, for the grid's one commit path: `rl-before-item-change`, one
 * transaction, `rl-item-change`. `undefined` when applied, `null` when vetoed, else the store's
 * message (the editor shows it).
 */
export function applyItemEdit(
  host: HTMLElement,
  project: Project,
  id: string,
  column: string,
  patch: BoardPatch,
): string | null | undefined {
  const detail: ItemChangeDetail = { itemIds: [id], patch, column, source: 'edit' };
  if (!requestChange(host, 'item-change', detail)) return null;
  const error = attempt(() => project.transaction(() => project.updateTask(id, patch)));
  if (error === undefined) announceChange(host, 'item-change', detail);
  return error;
}
