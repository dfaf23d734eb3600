import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Speaks short messages to screen readers through a polite live region that it keeps in the
 * host's shadow root ("Lifted Design review. Column 2 of 4."). The region is created on first use.
 */
export class Announcer implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private region: HTMLElement | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.region?.remove();
    this.region = undefined;
  }

  announce(message: string): void {
    const root = this.host.shadowRoot ?? this.host;
    if (!this.region?.isConnected) {
      this.region = document.createElement('div');
      this.region.setAttribute('role', 'status');
      this.region.setAttribute('aria-live', 'polite');
      this.region.className = 'visually-hidden';
      this.region.part.add('announcer');
      root.append(this.region);
    }
    // Clearing first makes a repeated message be read again.
    this.region.textContent = '';
    const region = this.region;
    requestAnimationFrame(() => {
      region.textContent = message;
    });
  }
}
