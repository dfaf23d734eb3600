import type { Peer, Task } from '@roadline/core';
import { editingBadge } from '../base/presence-marks.js';
import type { EditingCell } from '../grid/cell-editing.js';
import type { GroupSummary } from '@roadline/core/views/grid';
import { summaryText } from '@roadline/core/views/grid';
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../base/style-props.js';
import type { ColumnContext, ColumnDef } from './columns.js';
import { avatars, colorStyle, formatDay } from './format.js';

/**
 * What a cell of the board table shows for its column's kind: the element-side rendering hook of
 * the grid's one column definition (status pills, priority chips, avatars, progress bars, tags);
 * any other kind shows the column's text.
 */
export function cellValue(task: Readonly<Task>, c: ColumnDef, ctx: ColumnContext): TemplateResult | string {
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

/** What an open editor reports to: the shared editor keys and blur, and a select's choice. */
export interface EditorHandlers {
  /** The cell's refusal message, if its last value was refused. */
  readonly error: string | undefined;
  onKey(event: KeyboardEvent): void;
  onBlur(event: FocusEvent): void;
  onSelectChange(event: Event): void;
}

/**
 * The inline editor of a cell for its column's kind, holding the cell's edit value (its text is
 * read back on commit); a select commits on change, a timeline has a start and a due date.
 */
export function cellEditor(
  task: Readonly<Task>,
  c: ColumnDef,
  ctx: ColumnContext,
  on: EditorHandlers,
): TemplateResult {
  const { error } = on;
  const value = c.editValue?.(task, ctx) ?? '';
  const label = ctx.t('board.cellOf', { column: c.header, name: task.name });
  const invalid = error ? 'true' : 'false';
  let editor: TemplateResult;
  if (c.options) {
    editor = html`<select
      part="editor"
      aria-label=${label}
      aria-invalid=${invalid}
      @keydown=${on.onKey}
      @blur=${on.onBlur}
      @change=${on.onSelectChange}
    >
      <option value="" ?selected=${value === ''}>—</option>
      ${c.options(ctx).map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>`;
  } else if (c.kind === 'timeline') {
    const [start = '', due = ''] = value.split('/');
    editor = html`<input
        part="editor"
        type="date"
        aria-label=${ctx.t('board.startOf', { name: task.name })}
        aria-invalid=${invalid}
        .value=${start}
        @keydown=${on.onKey}
        @blur=${on.onBlur}
      /><input
        part="editor"
        type="date"
        aria-label=${ctx.t('board.dueOf', { name: task.name })}
        aria-invalid=${invalid}
        .value=${due}
        @keydown=${on.onKey}
        @blur=${on.onBlur}
      />`;
  } else {
    const type =
      c.kind === 'date' ? 'date' : c.kind === 'number' || c.kind === 'progress' ? 'number' : 'text';
    editor = html`<input
      part="editor"
      type=${type}
      aria-label=${label}
      aria-invalid=${invalid}
      .value=${value}
      @keydown=${on.onKey}
      @blur=${on.onBlur}
    />`;
  }
  return html`${editor}${error ? html`<span part="editor-error" role="alert">${error}</span>` : nothing}`;
}

/** A group summary's cell: the count, the status mix, the date range or the column's total. */
export function summaryCell(
  c: ColumnDef,
  s: GroupSummary,
  ctx: ColumnContext,
  first: boolean,
): TemplateResult | string {
  if (first) return ctx.t('board.items', { count: s.count });
  if (c.kind === 'status') {
    if (s.count === 0) return '';
    const statuses = ctx.project.statuses();
    const parts = [
      ...statuses.map((st) => [st.id, st.label, st.color] as const),
      ['', ctx.t('board.noStatus'), undefined] as const,
    ]
      .map(([id, label, color]) => ({ label, color, n: s.statuses.get(id) ?? 0 }))
      .filter((x) => x.n > 0);
    const text = parts
      .map((p) => ctx.t('board.statusCount', { count: p.n, status: p.label }))
      .join(ctx.t('list.separator'));
    return html`<span part="status-mix" role="img" aria-label=${ctx.t('board.statusMix', { mix: text })}
      >${parts.map(
        (p) =>
          html`<span part="status-mix-segment" title=${ctx.t('board.statusCount', { count: p.n, status: p.label })} ${styleProps(
            {
              flexGrow: String(p.n),
              ...(p.color ? { background: p.color } : {}),
            },
          )}></span>`,
      )}</span
    >`;
  }
  if (c.kind === 'timeline' || c.id === 'due') {
    if (!s.start && !s.end) return '';
    return ctx.t('span.range', {
      start: formatDay(s.start?.slice(0, 10), ctx.language),
      end: formatDay(s.due, ctx.language),
    });
  }
  return summaryText(s, c.id, c.summary ?? 'sum', c.kind === 'progress');
}

/** What an item's cell shows besides its task and column: the table's editor, who else edits the row. */
export interface ItemCellView {
  readonly editing: EditingCell | undefined;
  readonly readonly: boolean;
  /** The peers editing this row's task (a shared project): their field gets "Dana is editing …". */
  readonly editors: readonly Peer[];
  readonly edits: {
    readonly edits: { onEditorKey(event: KeyboardEvent): void; onEditorBlur(event: FocusEvent): void };
    onSelectChange(event: Event): void;
  };
  onDoubleClick(event: MouseEvent): void;
}

/** A cell of an item row: its value, or its editor while edited here. */
export function itemCell(
  task: Readonly<Task>,
  c: ColumnDef,
  index: number,
  col: number,
  tabindex: string,
  ctx: ColumnContext,
  view: ItemCellView,
): TemplateResult {
  const edited = view.editing;
  const editing = edited?.taskId === task.id && edited.column === c.id ? edited : undefined;
  const others =
    view.editors.length === 0 ? view.editors : view.editors.filter((p) => p.editing?.field === c.id);
  return html`<div
    role="gridcell"
    part=${`cell ${c.kind}-cell${editing ? ' editing' : ''}`}
    aria-colindex=${col + 1}
    aria-readonly=${view.readonly || !c.parse ? 'true' : 'false'}
    tabindex=${tabindex}
    data-row=${index}
    data-col=${col}
    @dblclick=${view.onDoubleClick}
  >
    ${
      editing
        ? cellEditor(task, c, ctx, {
            error: editing.error,
            onKey: view.edits.edits.onEditorKey,
            onBlur: view.edits.edits.onEditorBlur,
            onSelectChange: view.edits.onSelectChange,
          })
        : cellValue(task, c, ctx)
    }${editingBadge(others, c.header, ctx.t)}
  </div>`;
}
