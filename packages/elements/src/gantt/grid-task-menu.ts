import { LocaleController } from '../controllers/locale-controller.js';
import type { Translate } from '../i18n/catalogue.js';
import type { Project } from '@roadline/core';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ConfirmDialog } from '../editing/confirm-dialog.js';
import { LinkPicker } from '../editing/link-picker.js';
import { TaskMenu } from '../editing/task-menu.js';
import { TaskCommands } from './task-commands.js';
import type { TreeEdits } from './tree-edits.js';

/** What the grid gives its task menu. */
export interface GridTaskMenuOptions {
  project(): Project | undefined;
  readonly(): boolean;
  selection(): readonly string[];
  readonly tree: TreeEdits;
  announce(message: string): void;
  /** Tasks were deleted: the selection drops them. */
  removed(ids: readonly string[]): void;
  /** The focused cell, where the menu opens from the keyboard. */
  focusedCell(): Element | null;
}

/**
 * The Gantt grid's task menu and what it opens: the context menu of a row (right click, the
 * context-menu key, Shift+F10) or of a timeline bar (`rl-gantt` forwards it), the confirm dialog
 * of a deletion and the "Link to…" dialog.
 */
export class GridTaskMenu {
  private readonly options: GridTaskMenuOptions;
  private readonly confirm: ConfirmDialog;
  private readonly links: LinkPicker;
  private readonly menu: TaskMenu;
  private readonly commands: TaskCommands;
  private readonly t: Translate;

  constructor(host: ReactiveControllerHost & HTMLElement, options: GridTaskMenuOptions) {
    this.options = options;
    const words = new LocaleController(host, { locale: () => (host as { locale?: string }).locale });
    this.confirm = new ConfirmDialog(host, words.t);
    this.t = words.t;
    this.links = new LinkPicker(host, options.project, options.announce, words.t);
    this.commands = new TaskCommands({
      element: host,
      project: options.project,
      readonly: options.readonly,
      selection: options.selection,
      tree: options.tree,
      confirm: (message, yes) => this.confirm.ask(message, yes),
      announce: options.announce,
      pickLink: (id) => this.links.open(id),
      removed: options.removed,
      t: words.t,
    });
    this.menu = new TaskMenu(host, (command, id) => this.commands.run(command, id));
    host.addEventListener('contextmenu', this.onContextMenu);
  }

  /** Opens a task's menu at a point of the viewport. */
  open(id: string, x: number, y: number): void {
    if (this.options.readonly() || !this.options.project()?.task(id)) return;
    this.menu.open(id, this.commands.items(id), x, y);
  }

  /** Opens a task's menu below the focused cell (the keyboard's way). */
  openAtFocus(id: string): void {
    const rect = this.options.focusedCell()?.getBoundingClientRect();
    if (rect) this.open(id, rect.left, rect.bottom);
  }

  /** Deletes the selection when `id` is in it, else `id` alone (Delete, Backspace). */
  remove(id: string): void {
    void this.commands.remove(id);
  }

  /** The menu and dialogs, while open. */
  render(): TemplateResult {
    return html`${this.menu.render(this.t('menu.task'))}${this.confirm.render()}${this.links.render()}`;
  }

  private readonly onContextMenu = (event: MouseEvent): void => {
    const row = event
      .composedPath()
      .find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset.id !== undefined);
    const id = row?.dataset.id;
    if (id === undefined || this.options.readonly()) return;
    event.preventDefault();
    this.open(id, event.clientX, event.clientY);
  };
}
