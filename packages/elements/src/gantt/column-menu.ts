import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
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

const BUTTON_ID = 'column-menu-button';
const MENU_ID = 'column-menu';

/**
 * The grid's column chooser: a menu button in the header row's corner opening a menu of
 * `menuitemcheckbox`es, one per column (the WAI-ARIA menu button pattern). Enter, Space or ↓ on
 * the button open it on the first item, ↑ on the last; in the menu ↑/↓ (wrapping), Home and End
 * move, Enter or Space check or uncheck and keep it open, Escape closes it back to the button,
 * and Tab or a click elsewhere closes it. The button sits outside the treegrid so the grid's
 * single tab stop and its rows of cells stay as they are.
 */
export class ColumnMenu implements ReactiveController {
  /** Whether the menu is open. */
  open = false;
  private active = 0;
  private focusPending: 'item' | 'button' | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ColumnMenuOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ColumnMenuOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Opens the menu with focus on an item (`-1`: the last). */
  show(item = 0): void {
    const count = this.options.choices().length;
    this.open = true;
    this.active = item < 0 ? count - 1 : Math.min(item, count - 1);
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
    const target =
      pending === 'button'
        ? root?.getElementById(BUTTON_ID)
        : root?.querySelectorAll<HTMLElement>('[role="menuitemcheckbox"]')[this.active];
    target?.focus();
  }

  /** The button and, when open, the menu; `position` is an element binding for their box. */
  render(position: DirectiveResult): TemplateResult {
    // Listed only while open: the grid renders this on every scroll that moves its window.
    const choices = this.open ? this.options.choices() : [];
    return html`<div class="column-menu" ${position} @focusout=${this.onFocusOut}>
      <button
        type="button"
        id=${BUTTON_ID}
        part="column-menu-button"
        class="menu-button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.open ? MENU_ID : nothing}
        aria-label=${this.options.label()}
        title=${this.options.label()}
        @click=${this.onButtonClick}
        @keydown=${this.onButtonKey}
      >
        <span aria-hidden="true">⋮</span>
      </button>
      ${
        this.open
          ? html`<div
              role="menu"
              id=${MENU_ID}
              part="column-menu"
              class="menu"
              aria-labelledby=${BUTTON_ID}
              @keydown=${this.onMenuKey}
            >
              ${choices.map(
                (c, i) => html`<div
                  role="menuitemcheckbox"
                  part="column-menu-item"
                  class="menu-item"
                  tabindex=${i === this.active ? 0 : -1}
                  aria-checked=${c.shown ? 'true' : 'false'}
                  aria-disabled=${c.locked ? 'true' : nothing}
                  data-choice=${c.id}
                  @click=${() => this.choose(i)}
                >
                  ${c.label}
                </div>`,
              )}
            </div>`
          : nothing
      }
    </div>`;
  }

  private choose(index: number): void {
    const choice = this.options.choices()[index];
    this.active = index;
    if (!choice || choice.locked) return;
    this.options.toggle(choice.id, !choice.shown);
    this.host.requestUpdate();
  }

  private moveTo(index: number): void {
    const count = this.options.choices().length;
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
    const key = event.key;
    if (key === 'Tab') {
      this.hide(false);
      return;
    }
    const count = this.options.choices().length;
    if (key === 'ArrowDown') this.moveTo(this.active + 1);
    else if (key === 'ArrowUp') this.moveTo(this.active - 1);
    else if (key === 'Home') this.moveTo(0);
    else if (key === 'End') this.moveTo(count - 1);
    else if (key === 'Enter' || key === ' ') this.choose(this.active);
    else if (key === 'Escape') this.hide(true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    const box = event.currentTarget as HTMLElement;
    if (this.open && !(to instanceof Node && box.contains(to))) this.hide(false);
  };
}
