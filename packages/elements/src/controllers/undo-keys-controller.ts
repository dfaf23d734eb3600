import { type Translate, translate } from '../i18n/catalogue.js';
import type { Project } from '@roadline/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface UndoKeysOptions {
  /** The store to undo and redo in; nothing happens without one. */
  project(): Project | undefined;
  /** Whether the keys act now (false while read-only, say). Default: always. */
  enabled?(): boolean;
  /** Told "Undone" / "Redone" (or "Nothing to undo" / "Nothing to redo") for a live region. */
  announce?(message: string): void;
  /** The words announced, in the host's language (its `LocaleController.t`); English by default. */
  t?: Translate;
}

/**
 * The store's undo keys on a host: Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y redo. Keys
 * typed into a text field, a select or an editable region are left to the browser's own text undo.
 * A key another handler already took (`defaultPrevented`) is left alone, so elements nested in
 * each other (a grid inside `rl-gantt`) undo once, not twice.
 */
export class UndoKeysController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: UndoKeysOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: UndoKeysOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const action = undoAction(event);
    if (action === undefined || event.defaultPrevented || isTextEntry(event)) return;
    event.preventDefault();
    const project = this.options.project();
    if (!project || this.options.enabled?.() === false) return;
    const done = action === 'redo' ? project.redo() : project.undo();
    const t = this.options.t ?? english;
    this.options.announce?.(
      t(
        done
          ? action === 'redo'
            ? 'undo.redone'
            : 'undo.undone'
          : action === 'redo'
            ? 'undo.nothingToRedo'
            : 'undo.nothingToUndo',
      ),
    );
  };
}

/** Which of undo and redo a key press asks for, if either. */
export function undoAction(event: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}

function isTextEntry(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

const english: Translate = (key, params) => translate('en', key, params);
