import type { Translate } from '../i18n/catalogue.js';
import type { Project } from '@roadline/core';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
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
  /** The grid's words. */
  readonly t: Translate;
}

/** The menu, its commands and their dialogs: made when first needed. */
interface MenuParts {
  readonly confirm: ConfirmDialog;
  readonly links: LinkPicker;
  readonly menu: TaskMenu;
  readonly commands: TaskCommands;
}

/**
 * The Gantt grid's task menu and what it opens: the context menu of a row (right click, the
 * context-menu key, Shift+F10) or of a timeline bar (`rl-gantt` forwards it), the confirm dialog
 * of a deletion and the "Link to…" dialog. Those are made on first use, so a first render pays
 * for none of them.
 */
export class GridTaskMenu {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: GridTaskMenuOptions;
  private made: MenuParts | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: GridTaskMenuOptions) {
    this.host = host;
    this.options = options;
    host.addEventListener('contextmenu', this.onContextMenu);
  }

  private get parts(): MenuParts {
    if (this.made) return this.made;
    const { host, options } = this;
    const confirm = new ConfirmDialog(host, options.t);
    const links = new LinkPicker(host, options.project, options.announce, options.t);
    const commands = new TaskCommands({
      element: host,
      project: options.project,
      readonly: options.readonly,
      selection: options.selection,
      tree: options.tree,
      confirm: (message, yes) => confirm.ask(message, yes),
      announce: options.announce,
      pickLink: (id) => links.open(id),
      removed: options.removed,
      t: options.t,
    });
    const menu = new TaskMenu(host, (command, id) => commands.run(command, id));
    this.made = { confirm, links, menu, commands };
    return this.made;
  }

  /** Opens a task's menu at a point of the viewport. */
  open(id: string, x: number, y: number): void {
    if (this.options.readonly() || !this.options.project()?.task(id)) return;
    const { menu, commands } = this.parts;
    menu.open(id, commands.items(id), x, y);
  }

  /** Opens a task's menu below the focused cell (the keyboard's way). */
  openAtFocus(id: string): void {
    const rect = this.options.focusedCell()?.getBoundingClientRect();
    if (rect) this.open(id, rect.left, rect.bottom);
  }

  /** Deletes the selection when `id` is in it, else `id` alone (Delete, Backspace). */
  remove(id: string): void {
    void this.parts.commands.remove(id);
  }

  /** The menu and dialogs, while open. */
  render(): TemplateResult | typeof nothing {
    const made = this.made;
    if (!made) return nothing;
    return html`${made.menu.render(this.options.t('menu.task'))}${made.confirm.render()}${made.links.render()}`;
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
