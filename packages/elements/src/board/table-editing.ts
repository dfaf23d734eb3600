import type { Task } from '@roadline/core';
import type { BoardPatch } from '@roadline/core/views/board';
import { canEdit } from '@roadline/core/views/grid';
import type { ReactiveControllerHost } from 'lit';
import { CellEditing, type EditingCell } from '../grid/cell-editing.js';
import { type CommitOutcome, commitEdit } from '../grid/edit-commit.js';
import { type EditStart, prepareEditor, SELECT_ALL } from '../grid/edit-start.js';
import type { ColumnContext, ColumnDef } from './columns.js';
import { applyItemEdit } from './table-toolbar.js';

export interface TableEditingOptions {
  ctx(): ColumnContext | undefined;
  defOf(column: string): ColumnDef | undefined;
  readonly(): boolean;
  /** The cell of a row being edited, once rendered. */
  cell(taskId: string): HTMLElement | null;
  /** The editor closed: with `refocus`, focus goes back to its cell. */
  closed(refocus: boolean): void;
  /** The edited cell changed (opened, or closed: `undefined`); see `CellEditingOptions.changed`. */
  changed?(editing: { readonly taskId: string; readonly field: string } | undefined): void;
}

/**
 * Inline editing of the board table on the task grids' shared pieces: the editing state and the
 * editor's keys are `CellEditing` (Enter commits, Escape cancels, leaving the cell commits), an
 * editor opens as in the Gantt grid (`EditStart`: Enter or a double-click selects the value, F2
 * puts the caret after it, a typed character replaces it), and a commit goes through the one
 * edit-commit path (`commitEdit`: the column validates, `rl-before-item-change`, one
 * transaction, `rl-item-change`; a refusal keeps the editor open with its message).
 */
export class TableEditing {
  readonly edits: CellEditing;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: TableEditingOptions;
  /** An editor opened in this update, and how to prepare it once it is in the DOM. */
  private opened: EditStart | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: TableEditingOptions) {
    this.host = host;
    this.options = options;
    this.edits = new CellEditing(host, {
      commit: (editing, value) => this.commit(editing, value),
      closed: options.closed,
      value: editorValue,
      changed: (editing) => options.changed?.(editing),
    });
  }

  /** The cell being edited, if any. */
  get editing(): EditingCell | undefined {
    return this.edits.editing;
  }

  /** Opens a cell's editor; false when the cell cannot be edited. */
  start(id: string, column: string, start: EditStart = SELECT_ALL): boolean {
    const ctx = this.options.ctx();
    const task = ctx?.project.task(id);
    const def = this.options.defOf(column);
    if (!ctx || !task || !canEdit(def, task, ctx, this.options.readonly())) return false;
    this.edits.open(id, column);
    this.opened = start;
    return true;
  }

  /** After a render: focuses an editor opened in it and prepares its value. */
  prepare(): void {
    const start = this.opened;
    const editing = this.edits.editing;
    if (!start || !editing) return;
    const editor = this.options
      .cell(editing.taskId)
      ?.querySelector<HTMLInputElement | HTMLSelectElement>('[part~="editor"]');
    if (!editor) return;
    this.opened = undefined;
    prepareEditor(editor, start);
  }

  /** A select editor commits as soon as a choice is made. */
  readonly onSelectChange = (event: Event): void => {
    this.edits.commit((event.currentTarget as HTMLSelectElement).value);
  };

  private commit(editing: EditingCell, value: string): CommitOutcome | undefined {
    const ctx = this.options.ctx();
    const task: Readonly<Task> | undefined = ctx?.project.task(editing.taskId);
    const def = this.options.defOf(editing.column);
    if (!ctx || !task || !def?.parse) return undefined;
    return commitEdit<Readonly<Task>, ColumnContext, { patch: BoardPatch }>(
      def,
      task,
      ctx,
      value,
      ({ patch }) => applyItemEdit(this.host, ctx.project, task.id, def.id, patch),
    );
  }
}

/** An editor's text: a timeline cell's two dates as `start/due`, any other its value. */
function editorValue(editor: HTMLInputElement | HTMLSelectElement): string {
  const all = editor.closest('[role="gridcell"]')?.querySelectorAll<HTMLInputElement>('[part~="editor"]');
  return all && all.length > 1 ? [...all].map((e) => e.value).join('/') : editor.value;
}
