import type { SortState } from '../events/column-change-event.js';
import type { Task } from '@roadline/core';
import { type DisplayRows, ROW_EXPANDED, ROW_PARENT } from '@roadline/core/views/grid';
import { html, nothing, type TemplateResult } from 'lit';
import type { PresenceController } from '../base/presence-controller.js';
import { editingBadge, peerColor, selectedBy } from '../base/presence-marks.js';
import { styleProps } from '../base/style-props.js';
import type { Translate } from '../i18n/catalogue.js';
import { cellEditor } from './cell-editor.js';
import type { ColumnContext, ColumnDef } from './columns.js';

/** What a row of the Gantt grid shows besides its task: the columns, the editor, the focus. */
export interface RowView {
  readonly defs: readonly ColumnDef[];
  readonly rowHeight: number;
  readonly readonly: boolean;
  /** The cell being edited, if any, and its refusal message. */
  readonly editing:
    | { readonly taskId: string; readonly column: string; readonly error: string | undefined }
    | undefined;
  /** Who else selects or edits the rows. */
  readonly presence: PresenceController;
  readonly t: Translate;
  /** The roving tabindex of a cell. */
  tabIndex(row: number, column: number): 0 | -1;
  onEditorKey(event: KeyboardEvent): void;
  onEditorBlur(event: FocusEvent): void;
}

/** The width of the column menu's button in the header's corner. */
const MENU_BUTTON = 32;

/** The treegrid's tracks and sizes; `scrollbar` is the hidden scrollbar's width to push out of view. */
export function gridStyle(
  widths: readonly number[],
  rowHeight: number,
  headerHeight: number,
  scrollbar: number | undefined,
): ReturnType<typeof styleProps> {
  const total = widths.reduce((a, b) => a + b, 0);
  return styleProps({
    // A last, empty track as wide as the column menu's button, so no header ends under it.
    '--_columns': `${widths.map((w) => `${w}px`).join(' ')} ${MENU_BUTTON}px`,
    '--_width': `${total + MENU_BUTTON}px`,
    '--_row-height': `${rowHeight}px`,
    '--_header-height': `${headerHeight}px`,
    '--_scrollbar': scrollbar === undefined ? null : `${scrollbar}px`,
  });
}

/** Where the column menu's corner sits: past a shown scrollbar, within the rows' height. */
export function cornerStyle(
  headerHeight: number,
  viewport: number,
  scrollbar: number,
): ReturnType<typeof styleProps> {
  return styleProps({
    '--_header-height': `${headerHeight}px`,
    '--_menu-end': `${scrollbar}px`,
    // The host clips what overflows it: the menu scrolls within the rows' height instead.
    '--_menu-room': `${Math.max(96, viewport - headerHeight - 8)}px`,
  });
}

/** The header row: a column header per column; a pointer down on it may start a column drag. */
export function headerRow(
  defs: readonly ColumnDef[],
  sort: SortState | undefined,
  tabIndex: (column: number) => 0 | -1,
  onPointerDown: (event: PointerEvent) => void,
): TemplateResult {
  return html`<div role="rowgroup" class="head">
    <div role="row" part="header" class="row header" aria-rowindex="1" @pointerdown=${onPointerDown}>
      ${defs.map((def, i) => headerCell(def, i, sort?.column === def.id ? sort.direction : undefined, tabIndex(i)))}
    </div>
  </div>`;
}

/** A column header: its label, the sort mark and the resize grip. */
function headerCell(
  def: ColumnDef,
  i: number,
  sort: 'ascending' | 'descending' | undefined,
  tabindex: 0 | -1,
): TemplateResult {
  return html`<div
    role="columnheader"
    part="column-header"
    class="cell head-cell ${def.align}"
    aria-colindex=${i + 1}
    aria-sort=${sort ?? 'none'}
    tabindex=${tabindex}
    data-row="-1"
    data-col=${i}
  >
    <span class="label">${def.header}</span>${
      sort ? html`<span class="sort" aria-hidden="true">${sort === 'ascending' ? '▲' : '▼'}</span>` : nothing
    }<span class="resize" part="resize-handle" data-resize=${def.id} aria-hidden="true"></span>
  </div>`;
}

/** A row's marks: selected, found by the search. */
export const ROW_SELECTED = 1;
export const ROW_MATCH = 2;

/** A task row of the treegrid, placed at its offset (the row slots move nodes between rows). */
export function taskRow(
  r: number,
  rows: DisplayRows,
  ctx: ColumnContext,
  marks: number,
  view: RowView,
): TemplateResult {
  const isSelected = (marks & ROW_SELECTED) !== 0;
  const id = rows.ids[r] as string;
  const task = ctx.project.task(id) as Readonly<Task>;
  const flags = rows.flags[r] as number;
  const parent = (flags & ROW_PARENT) !== 0;
  const open = (flags & ROW_EXPANDED) !== 0;
  const depth = rows.depth[r] as number;
  const critical = ctx.project.scheduled(id)?.critical === true;
  const parts = `row${parent ? ' summary' : ''}${isSelected ? ' selected' : ''}${critical ? ' critical' : ''}${
    marks & ROW_MATCH ? ' match' : ''
  }`;
  const peers = view.presence.selecting(id);
  const shared = peers.length > 0;
  return html`<div
    role="row"
    part=${shared ? `${parts} peer-selected` : parts}
    class=${shared ? 'row peer' : 'row'}
    title=${shared ? selectedBy(peers, view.t) : nothing}
    aria-rowindex=${r + 2}
    aria-level=${depth + 1}
    aria-expanded=${parent ? (open ? 'true' : 'false') : nothing}
    aria-selected=${isSelected ? 'true' : 'false'}
    data-id=${id}
    ${styleProps({ transform: `translateY(${r * view.rowHeight}px)`, '--_peer': shared ? peerColor(peers) : null })}
  >
    ${view.defs.map((def, c) => taskCell(def, c, r, task, depth, parent, open, ctx, view))}
  </div>`;
}

function taskCell(
  def: ColumnDef,
  c: number,
  r: number,
  task: Readonly<Task>,
  depth: number,
  parent: boolean,
  open: boolean,
  ctx: ColumnContext,
  view: RowView,
): TemplateResult {
  const editing =
    view.editing?.taskId === task.id && view.editing.column === def.id ? view.editing : undefined;
  const name = def.id === 'name';
  const readonly = view.readonly || def.editor === 'none' || !def.editable(task, ctx);
  const content = editing
    ? cellEditor({
        kind: def.editor === 'none' ? 'text' : def.editor,
        value: def.editValue(task, ctx),
        label: `${def.header} of ${task.name}`,
        options: def.options?.(ctx) ?? [],
        error: editing.error,
        onKeyDown: view.onEditorKey,
        onBlur: view.onEditorBlur,
      })
    : def.text(task, ctx);
  const editors = view.presence.editing(task.id);
  const badge =
    editors.length === 0
      ? nothing
      : editingBadge(
          editors.filter((p) => p.editing?.field === def.id),
          def.header,
          view.t,
        );
  return html`<div
    role="gridcell"
    part="cell cell-${def.id}"
    class="cell ${def.align}${editing ? ' editing' : ''}"
    aria-colindex=${c + 1}
    aria-readonly=${readonly ? 'true' : nothing}
    tabindex=${view.tabIndex(r, c)}
    data-row=${r}
    data-col=${c}
    ${styleProps({ '--_indent': name ? `${depth * 16 + (parent ? 0 : 16)}px` : null })}
  >${
    name && !view.readonly
      ? html`<span class="grip" part="drag-handle" data-drag=${task.id} aria-hidden="true"></span>`
      : nothing
  }${
    name && parent
      ? html`<span class="toggle" part="toggle" data-toggle=${task.id} aria-hidden="true"
          >${open ? '▾' : '▸'}</span
        >`
      : nothing
  }${content}${badge}</div>`;
}

/** The name column's index among `defs` (the first column when it is not shown). */
export function nameColumnOf(defs: readonly ColumnDef[]): number {
  return Math.max(
    0,
    defs.findIndex((d) => d.id === 'name'),
  );
}

/** Where the name column begins, in px from the rows' start edge. */
export function nameColumnStart(defs: readonly ColumnDef[], widths: readonly number[]): number {
  const name = defs.findIndex((d) => d.id === 'name');
  let x = 0;
  for (let i = 0; i < name; i++) x += widths[i] ?? 0;
  return x;
}
