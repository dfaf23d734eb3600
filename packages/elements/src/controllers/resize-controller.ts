import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ResizeOptions {
  /**
   * The element to observe; read after every update, so a node in the shadow root can be named
   * before it exists and is followed when a render replaces it. Default: the host.
   */
  target?(): Element | null | undefined;
  /** The border box changed size (after layout, outside Lit's update). */
  resized(entry: ResizeObserverEntry): void;
}

/**
 * One ResizeObserver for one element of a host's, with the bookkeeping every element repeated:
 * observe once the target exists (after the first update), follow it when a render replaces the
 * node, stop on disconnect and start again on reconnect. The size it last reported is kept, so a
 * render can read it without a layout.
 */
export class ResizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ResizeOptions;
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;
  private connected = false;
  /** The content box's size at the last report; 0 × 0 before one. */
  width = 0;
  height = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ResizeOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // A target outside the shadow root (the host itself) can be observed at once; others wait
    // for the first update to create them.
    this.follow();
  }

  hostUpdated(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observed = undefined;
  }

  /** The element observed now. */
  get element(): Element | undefined {
    return this.observed;
  }

  private follow(): void {
    if (!this.connected) return;
    const target = this.options.target ? this.options.target() : this.host;
    if (target === this.observed) return;
    this.observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry || entry.target !== this.observed) return;
      this.width = entry.contentRect.width;
      this.height = entry.contentRect.height;
      this.options.resized(entry);
    });
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = target ?? undefined;
    if (target) this.observer.observe(target);
  }
}
