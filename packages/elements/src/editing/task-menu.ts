import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { styleProps } from '../base/style-props.js';
import { menuKeyDown } from './menu-keys.js';

/** One command of a task menu. */
export interface TaskMenuItem {
  readonly id: string;
  readonly label: string;
  readonly disabled?: boolean;
  /** A separator line goes above it. */
  readonly group?: boolean;
}

interface OpenMenu {
  readonly taskId: string;
  readonly items: readonly TaskMenuItem[];
  readonly x: number;
  readonly y: number;
  /** What had focus: it gets it back when the menu closes by key. */
  readonly origin: HTMLElement | undefined;
}

/**
 * A task's context menu (the WAI-ARIA menu pattern) at the pointer or beside the focused item:
 * ↑/↓ (wrapping), Home and End move, Enter or Space choose, Escape closes back to where focus
 * was, Tab or a click elsewhere closes it. The element renders it and decides what a command does.
 */
export class TaskMenu implements ReactiveController {
  private menu: OpenMenu | undefined;
  private active = 0;
  private focusPending = false;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly chosen: (command: string, taskId: string) => void;

  constructor(host: ReactiveControllerHost & HTMLElement, chosen: (command: string, taskId: string) => void) {
    this.host = host;
    this.chosen = chosen;
    host.addController(this);
  }

  /** Whether the menu is open, and for which task. */
  get taskId(): string | undefined {
    return this.menu?.taskId;
  }

  /** Opens the menu for a task at a point of the viewport (clamped into it once drawn). */
  open(taskId: string, items: readonly TaskMenuItem[], x: number, y: number): void {
    const focused = this.host.shadowRoot?.activeElement;
    this.menu = { taskId, items, x, y, origin: focused instanceof HTMLElement ? focused : undefined };
    this.active = Math.max(
      0,
      items.findIndex((i) => !i.disabled),
    );
    this.focusPending = true;
    this.host.requestUpdate();
  }

  /** Closes the menu; with `refocus`, focus goes back to what had it. */
  close(refocus: boolean): void {
    const menu = this.menu;
    if (!menu) return;
    this.menu = undefined;
    this.host.requestUpdate();
    if (refocus) menu.origin?.focus();
  }

  hostDisconnected(): void {
    this.menu = undefined;
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    const box = this.host.shadowRoot?.querySelector<HTMLElement>('.task-menu');
    if (!box) return;
    // Kept inside the viewport: measured once it is drawn, outside any render.
    const rect = box.getBoundingClientRect();
    const dx = Math.min(0, innerWidth - rect.right - 4);
    const dy = Math.min(0, innerHeight - rect.bottom - 4);
    if (dx !== 0 || dy !== 0) box.style.translate = `${dx}px ${dy}px`;
    box.querySelectorAll<HTMLElement>('[role="menuitem"]')[this.active]?.focus();
  }

  /** The menu while open. */
  render(label: string): TemplateResult | typeof nothing {
    const menu = this.menu;
    if (!menu) return nothing;
    return html`<div
      class="task-menu"
      part="task-menu"
      role="menu"
      aria-label=${label}
      ${styleProps({ left: `${menu.x}px`, top: `${menu.y}px` })}
      @keydown=${this.onKeyDown}
      @focusout=${this.onFocusOut}
      @contextmenu=${(e: Event) => e.preventDefault()}
    >
      ${menu.items.map(
        (item, i) => html`${item.group && i > 0 ? html`<div role="separator"></div>` : nothing}<button
            type="button"
            role="menuitem"
            part="task-menu-item"
            data-command=${item.id}
            tabindex=${i === this.active ? 0 : -1}
            aria-disabled=${item.disabled ? 'true' : nothing}
            @click=${() => this.choose(i)}
          >
            ${item.label}
          </button>`,
      )}
    </div>`;
  }

  private choose(index: number): void {
    const menu = this.menu;
    const item = menu?.items[index];
    if (!menu || !item || item.disabled) return;
    this.close(true);
    this.chosen(item.id, menu.taskId);
  }

  private moveTo(index: number): void {
    const count = this.menu?.items.length ?? 0;
    if (count === 0) return;
    this.active = (index + count) % count;
    this.focusPending = true;
    this.host.requestUpdate();
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    event.stopPropagation();
    menuKeyDown(event, {
      active: this.active,
      count: this.menu?.items.length ?? 0,
      moveTo: (index) => this.moveTo(index),
      choose: (index) => this.choose(index),
      close: (refocus) => this.close(refocus),
    });
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    const box = event.currentTarget as HTMLElement;
    if (!(to instanceof Node && box.contains(to))) this.close(false);
  };
}
