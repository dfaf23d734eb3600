import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { MenuButton } from '../editing/menu-button.js';
import type { ColumnChoice } from './column-choices.js';

/** What {@link ColumnMenu} asks of its grid. */
export interface ColumnMenuOptions {
  /** The columns to list, shown or hidden. */
  choices(): readonly ColumnChoice[];
  /** The button's name, in the grid's language. */
  label(): string;
  /** The user checked or unchecked a column. */
  toggle(id: string, show: boolean): void;
}

/**
 * The grid's column chooser: a menu button (`editing/menu-button.ts`) in the header row's corner
 * opening a menu of `menuitemcheckbox`es, one per column; checking one keeps the menu open. The
 * button sits outside the treegrid so the grid's single tab stop and its rows of cells stay as
 * they are.
 */
export class ColumnMenu {
  private readonly button: MenuButton;
  private readonly options: ColumnMenuOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ColumnMenuOptions) {
    this.options = options;
    this.button = new MenuButton(host, {
      name: 'column-menu',
      items: () =>
        options
          .choices()
          .map((c) => ({ id: c.id, label: c.label, kind: 'checkbox', checked: c.shown, disabled: c.locked })),
      chosen: (item) => options.toggle(item.id, item.checked !== true),
    });
  }

  /** Whether the menu is open. */
  get open(): boolean {
    return this.button.open;
  }

  /** Opens the menu with focus on an item (`-1`: the last). */
  show(item = 0): void {
    this.button.show(item);
  }

  /** The button and, when open, the menu; `position` is an element binding for their box. */
  render(position: DirectiveResult): TemplateResult {
    return this.button.render(
      { label: this.options.label(), content: html`<span aria-hidden="true">⋮</span>` },
      'column-menu',
      position,
    );
  }
}
