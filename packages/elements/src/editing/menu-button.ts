import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { menuKeyDown } from './menu-keys.js';

/** One entry of a {@link MenuButton}'s menu. */
export interface MenuItem {
  readonly id: string;
  readonly label: string;
  /**
   * `command` (the default) runs and closes the menu; `checkbox` and `radio` show `checked` and
   * keep the menu open, so several can be set in a row.
   */
  readonly kind?: 'command' | 'checkbox' | 'radio';
  readonly checked?: boolean;
  readonly disabled?: boolean;
  /**
   * Starts a group of items named so (a `group` with this name, and a heading above it); `''`
   * starts a group without a name (a line above it).
   */
  readonly section?: string;
}

/** What a {@link MenuButton} asks of its element. */
export interface MenuButtonOptions {
  /** The ids (`<name>-button`, `<name>`) and parts (`<name>-button`, `<name>`, `<name>-item`). */
  readonly name: string;
  /** The items, read while the menu is open (a closed menu lists nothing). */
  items(): readonly MenuItem[];
  /** The user chose an item that is not disabled. */
  chosen(item: MenuItem): void;
}

/** The button's look: its name, and what it shows when that is not the name (an icon). */
export interface MenuButtonFace {
  readonly label: string;
  readonly content?: TemplateResult | string;
  /** More parts for the button, beside `<name>-button`. */
  readonly part?: string;
  readonly disabled?: boolean;
}

/**
 * A button that opens a menu (the WAI-ARIA menu button pattern): Enter, Space or ↓ on the button
 * open it on the first item, ↑ on the last; in the menu ↑/↓ (wrapping), Home and End move, Enter
 * or Space choose, Escape closes it back to the button, Tab or a click elsewhere closes it. A
 * command closes the menu; a checkbox or radio item keeps it open. The menu's items are listed and
 * rendered only while it is open, so a closed menu costs one button.
 */
export class MenuButton implements ReactiveController {
  /** Whether the menu is open. */
  open = false;
  private active = 0;
  private focusPending: 'item' | 'button' | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: MenuButtonOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: MenuButtonOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Opens the menu with focus on an item (`-1`: the last). */
  show(item = 0): void {
    const count = this.options.items().length;
    this.open = true;
    this.active = item < 0 ? count - 1 : Math.max(0, Math.min(item, count - 1));
    this.focusPending = 'item';
    this.host.requestUpdate();
  }

  /** Closes the menu; with `refocus`, focus goes back to its button. */
  hide(refocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.focusPending = refocus ? 'button' : undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.open = false;
    this.focusPending = undefined;
  }

  hostUpdated(): void {
    const pending = this.focusPending;
    if (!pending) return;
    this.focusPending = undefined;
    const root = this.host.shadowRoot;
    const name = this.options.name;
    if (pending === 'button') {
      root?.getElementById(`${name}-button`)?.focus();
      return;
    }
    const menu = root?.getElementById(name);
    if (!menu) return;
    // No taller than the room below it in the element (whose box may clip it): it scrolls instead.
    const room = this.host.getBoundingClientRect().bottom - menu.getBoundingClientRect().top - 4;
    menu.style.maxHeight = `${Math.max(96, Math.floor(room))}px`;
    menu.querySelectorAll<HTMLElement>('.menu-item')[this.active]?.focus();
  }

  /**
   * The button and, while open, the menu below it, in a wrapper of class `wrapper` (with
   * `position`, an element binding, on it). In a `menu-anchor` wrapper the menu lines up with the
   * button's inline end; in `menu-anchor start`, with its start.
   */
  render(face: MenuButtonFace, wrapper = 'menu-anchor', position?: DirectiveResult): TemplateResult {
    const name = this.options.name;
    return html`<div class=${wrapper} ${position ?? nothing} @focusout=${this.onFocusOut}>
      <button
        type="button"
        id=${`${name}-button`}
        part=${face.part ? `${name}-button ${face.part}` : `${name}-button`}
        class="menu-button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.open ? name : nothing}
        aria-label=${face.content === undefined ? nothing : face.label}
        title=${face.content === undefined ? nothing : face.label}
        ?disabled=${face.disabled === true}
        @click=${this.onButtonClick}
        @keydown=${this.onButtonKey}
      >${face.content ?? face.label}</button>${this.open ? this.renderMenu() : nothing}
    </div>`;
  }

  /** The open menu (apart, so a closed one compiles none of it). */
  private renderMenu(): TemplateResult {
    const name = this.options.name;
    return html`<div role="menu" id=${name} part=${name} class="menu" aria-labelledby=${`${name}-button`}
      @keydown=${this.onMenuKey}>${groups(this.options.items()).map((group) =>
        group.section === undefined
          ? this.renderItems(group.items)
          : group.section === ''
            ? html`<div role="group" class="menu-group">${this.renderItems(group.items)}</div>`
            : html`<div role="group" class="menu-group" aria-label=${group.section}>
                <div class="menu-heading" aria-hidden="true">${group.section}</div>${this.renderItems(group.items)}
              </div>`,
      )}</div>`;
  }

  private renderItems(items: readonly { item: MenuItem; index: number }[]): TemplateResult[] {
    const part = `${this.options.name}-item`;
    return items.map(
      ({ item, index }) => html`<div
        role=${item.kind === 'checkbox' ? 'menuitemcheckbox' : item.kind === 'radio' ? 'menuitemradio' : 'menuitem'}
        part=${part}
        class="menu-item"
        tabindex=${index === this.active ? 0 : -1}
        aria-checked=${item.kind === 'checkbox' || item.kind === 'radio' ? (item.checked ? 'true' : 'false') : nothing}
        aria-disabled=${item.disabled ? 'true' : nothing}
        data-item=${item.id}
        @click=${() => this.choose(index)}
      >${item.label}</div>`,
    );
  }

  private choose(index: number): void {
    const item = this.options.items()[index];
    this.active = index;
    if (!item || item.disabled) return;
    const keep = item.kind === 'checkbox' || item.kind === 'radio';
    if (!keep) this.hide(true);
    this.options.chosen(item);
    this.host.requestUpdate();
  }

  private moveTo(index: number): void {
    const count = this.options.items().length;
    if (count === 0) return;
    this.active = (index + count) % count;
    this.focusPending = 'item';
    this.host.requestUpdate();
  }

  private readonly onButtonClick = (): void => {
    if (this.open) this.hide(true);
    else this.show(0);
  };

  private readonly onButtonKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.show(event.key === 'ArrowUp' ? -1 : 0);
  };

  private readonly onMenuKey = (event: KeyboardEvent): void => {
    const handled = menuKeyDown(event, {
      active: this.active,
      count: this.options.items().length,
      moveTo: (index) => this.moveTo(index),
      choose: (index) => this.choose(index),
      close: (refocus) => this.hide(refocus),
    });
    if (handled) event.stopPropagation();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    const box = event.currentTarget as HTMLElement;
    if (this.open && !(to instanceof Node && box.contains(to))) this.hide(false);
  };
}

/** Items in runs: a new run at each `section`, each item with its place in the whole list. */
function groups(
  items: readonly MenuItem[],
): { section?: string; items: { item: MenuItem; index: number }[] }[] {
  const out: { section?: string; items: { item: MenuItem; index: number }[] }[] = [];
  items.forEach((item, index) => {
    const last = out[out.length - 1];
    if (last === undefined || item.section !== undefined) {
      out.push(item.section === undefined ? { items: [] } : { section: item.section, items: [] });
    }
    out[out.length - 1]?.items.push({ item, index });
  });
  return out;
}

/**
 * The menu's look, for the shadow root of an element that renders a {@link MenuButton}: the menu
 * drops below its button's wrapper (which must be positioned), at its inline end. Items are tinted
 * on hover and focus; a checked item shows ✓; a group has a small heading and a line above it.
 */
export const menuStyles = css`
  .menu-anchor {
    position: relative;
    display: inline-block;
  }
  .menu-anchor.start > .menu {
    inset-inline: 0 auto;
  }
  .menu {
    position: absolute;
    top: 100%;
    inset-inline-end: 0;
    z-index: 5;
    min-width: 180px;
    width: max-content;
    max-height: min(360px, var(--_menu-room, 360px));
    overflow: auto;
    padding: var(--rl-space-1, 4px) 0;
    background: var(--rl-color-surface-raised, #f6f7f9);
    color: var(--rl-color-text, #1d2433);
    border: 1px solid var(--_menu-line, var(--rl-color-border, #d9dde5));
    border-radius: var(--rl-radius, 6px);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.16);
    font-size: var(--rl-font-size-small, 12px);
  }
  .menu-group + .menu-group,
  .menu-item + .menu-group,
  .menu-group + .menu-item {
    border-top: 1px solid var(--rl-color-border, #d9dde5);
    margin-top: var(--rl-space-1, 4px);
    padding-top: var(--rl-space-1, 4px);
  }
  .menu-heading {
    padding: var(--rl-space-1, 4px) var(--rl-space-3, 12px);
    color: var(--rl-color-text-muted, #5b6475);
    font-weight: 600;
  }
  .menu-item {
    padding: var(--rl-space-1, 4px) var(--rl-space-3, 12px);
    padding-inline-start: 28px;
    position: relative;
    white-space: nowrap;
    cursor: pointer;
  }
  .menu-item[aria-checked='true']::before {
    content: '✓';
    position: absolute;
    inset-inline-start: 10px;
  }
  .menu-item[aria-disabled='true'] {
    color: var(--rl-color-text-muted, #5b6475);
    cursor: default;
  }
  .menu-item:hover,
  .menu-item:focus {
    background: var(--_menu-hover, color-mix(in srgb, var(--rl-color-accent, #2f6fed) 14%, transparent));
    outline: none;
  }
  .menu-item:focus-visible {
    outline: 2px solid var(--rl-color-focus, #2f6fed);
    outline-offset: -2px;
  }
`;
