import type { ReactiveControllerHost } from 'lit';
import type { CommitOutcome } from './edit-commit.js';

/** The cell being edited: its row's task, its column and the message of a refused value. */
export interface EditingCell {
  readonly taskId: string;
  readonly column: string;
  readonly error: string | undefined;
}

export interface CellEditingOptions {
  /**
   * Validates and applies an editor's text (through `commitEdit`, the one edit-commit path);
   * `undefined` when the cell is gone (the editor just closes).
   */
  commit(editing: EditingCell, value: string): CommitOutcome | undefined;
  /** The editor closed: with `refocus`, focus goes back to its cell. */
  closed(refocus: boolean): void;
  /**
   * The text an editor commits; by default its value. A cell with several editors (the board's
   * timeline: a start and a due date) reads them all.
   */
  value?(editor: HTMLInputElement | HTMLSelectElement): string;
  /**
   * The edited cell changed (an editor opened, or closed: `undefined`), so the element can tell
   * the others in a shared project (`PresenceController.publishEditing`).
   */
  changed?(editing: { readonly taskId: string; readonly field: string } | undefined): void;
}

/**
 * The editing state of a task grid's cell, and its editor's keys: Enter commits, Escape cancels,
 * leaving the editor's cell commits (focus moving between the editors of one cell does not). A
 * value the column or the store refuses keeps the editor open with the message; otherwise it
 * closes.
 */
export class CellEditing {
  /** The cell being edited, if any. */
  editing: EditingCell | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly options: CellEditingOptions;

  constructor(host: ReactiveControllerHost, options: CellEditingOptions) {
    this.host = host;
    this.options = options;
  }

  open(taskId: string, column: string): void {
    this.editing = { taskId, column, error: undefined };
    this.host.requestUpdate();
    this.options.changed?.({ taskId, field: column });
  }

  /** Closes the editor without a change. */
  stop(refocus = true): void {
    this.editing = undefined;
    this.host.requestUpdate();
    this.options.changed?.(undefined);
    this.options.closed(refocus);
  }

  /** Commits an editor's text; returns how it ended (an error keeps the editor open). */
  commit(value: string, refocus = true): CommitOutcome | undefined {
    const editing = this.editing;
    if (!editing) return undefined;
    const outcome = this.options.commit(editing, value);
    if (outcome?.kind === 'error') {
      this.editing = { ...editing, error: outcome.error };
      this.host.requestUpdate();
    } else this.stop(refocus);
    return outcome;
  }

  /** The editor's keydown: Escape cancels, Enter commits; no key reaches the grid's keys. */
  readonly onEditorKey = (event: KeyboardEvent): void => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      this.stop();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.commit(this.valueOf(event.currentTarget as HTMLInputElement | HTMLSelectElement));
    }
  };

  /** The editor's blur: a commit, unless our own re-render removed it. */
  readonly onEditorBlur = (event: FocusEvent): void => {
    const editor = event.currentTarget as HTMLInputElement | HTMLSelectElement;
    if (!this.editing || !editor.isConnected) return;
    const to = event.relatedTarget;
    if (to instanceof Node && editor.closest('[role="gridcell"]')?.contains(to)) return;
    this.commit(this.valueOf(editor), false);
  };

  private valueOf(editor: HTMLInputElement | HTMLSelectElement): string {
    return this.options.value ? this.options.value(editor) : editor.value;
  }
}
