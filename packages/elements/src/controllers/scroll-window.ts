import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Remembers the scroll offset and height of the scroll containers a virtualized view draws
 * windows of (one per kanban cell, one for the table), and re-renders the host once per
 * animation frame while they scroll. The geometry itself is core's `rowWindow`.
 */
export class ScrollWindowController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly offsets = new Map<string, { top: number; height: number }>();
  private frame = 0;
  private resizes: ResizeObserver | undefined;
  private observed = new WeakSet<HTMLElement>();

  constructor(
    host: ReactiveControllerHost,
    private readonly defaultHeight = 800,
  ) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.resizes?.disconnect();
    this.resizes = undefined;
    this.observed = new WeakSet();
  }

  /** The scroll offset and viewport height last seen for container `key`. */
  get(key: string): { top: number; height: number } {
    return this.offsets.get(key) ?? { top: 0, height: this.defaultHeight };
  }

  /** A `scroll` listener for container `key`. */
  readonly onScroll = (event: Event): void => {
    const target = event.currentTarget as HTMLElement | null;
    const key = target?.dataset.window;
    if (!target || key === undefined) return;
    this.offsets.set(key, { top: target.scrollTop, height: target.clientHeight || this.defaultHeight });
    if (this.frame === 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.host.requestUpdate();
      });
    }
  };

  /**
   * Follows a container's size (a ResizeObserver reports after layout, outside Lit's update, so
   * the host re-renders with the real height without an update-in-update). Cheap to call on
   * every update: a container is observed once.
   */
  observe(target: HTMLElement): void {
    if (this.observed.has(target)) return;
    this.observed.add(target);
    this.resizes ??= new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const el = entry.target as HTMLElement;
        const key = el.dataset.window;
        if (key === undefined || !el.isConnected) continue;
        const before = this.offsets.get(key);
        const now = { top: el.scrollTop, height: el.clientHeight || this.defaultHeight };
        if (before?.height !== now.height || before.top !== now.top) changed = true;
        this.offsets.set(key, now);
      }
      if (changed) this.host.requestUpdate();
    });
    this.resizes.observe(target);
  }
}
