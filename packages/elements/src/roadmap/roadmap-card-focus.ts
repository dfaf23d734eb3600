import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps focus on a now / next / later card across a render that moves it to another cell: the
 * render makes a new element there, and the focused one is gone. The card focused before the
 * update gets focus back after it.
 */
export class CardFocus implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  /** The card that had focus before the update. */
  private focused: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    const root = this.host.shadowRoot;
    const active = root ? root.activeElement : null;
    this.focused =
      active instanceof HTMLElement && active.part.contains('card') ? active.dataset.id : undefined;
  }

  hostUpdated(): void {
    const id = this.focused;
    const root = this.host.shadowRoot;
    if (id !== undefined && root && root.activeElement === null) {
      root.querySelector<HTMLElement>(`[part~="card"][data-id="${CSS.escape(id)}"]`)?.focus();
    }
  }
}
