import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a zoom gesture asks for: one level in (`-1`) or out (`1`), anchored at a viewport x. */
export type ZoomRequest = (direction: -1 | 1, clientX: number) => void;

/**
 * Ctrl+wheel (and the trackpad pinch Chromium reports as one) and two-finger pinch on touch
 * screens, as zoom steps around the pointer. Listens on `target()` once it exists. Wheel deltas
 * and pinch distances accumulate until they amount to a step, so a smooth trackpad does not
 * skip levels.
 */
export class ZoomController implements ReactiveController {
  private readonly target: () => HTMLElement | undefined;
  private readonly request: ZoomRequest;
  private bound: HTMLElement | undefined;
  private wheel = 0;
  private readonly touches = new Map<number, { x: number; y: number }>();
  private pinchStart = 0;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    target: () => HTMLElement | undefined,
    request: ZoomRequest,
  ) {
    this.target = target;
    this.request = request;
    host.addController(this);
  }

  hostUpdated(): void {
    const el = this.target();
    if (el === this.bound) return;
    this.unbind();
    this.bound = el;
    if (!el) return;
    el.addEventListener('wheel', this.onWheel, { passive: false });
    el.addEventListener('pointerdown', this.onDown);
    el.addEventListener('pointermove', this.onMove);
    el.addEventListener('pointerup', this.onUp);
    el.addEventListener('pointercancel', this.onUp);
  }

  hostDisconnected(): void {
    this.unbind();
  }

  private unbind(): void {
    const el = this.bound;
    if (!el) return;
    el.removeEventListener('wheel', this.onWheel);
    el.removeEventListener('pointerdown', this.onDown);
    el.removeEventListener('pointermove', this.onMove);
    el.removeEventListener('pointerup', this.onUp);
    el.removeEventListener('pointercancel', this.onUp);
    this.bound = undefined;
    this.touches.clear();
  }

  private readonly onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.wheel += event.deltaY;
    if (Math.abs(this.wheel) < 40) return;
    const direction = this.wheel < 0 ? -1 : 1;
    this.wheel = 0;
    this.request(direction, event.clientX);
  };

  private readonly onDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') return;
    this.touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.touches.size === 2) this.pinchStart = this.spread();
  };

  private readonly onMove = (event: PointerEvent): void => {
    const touch = this.touches.get(event.pointerId);
    if (!touch) return;
    touch.x = event.clientX;
    touch.y = event.clientY;
    if (this.touches.size !== 2 || this.pinchStart <= 0) return;
    const ratio = this.spread() / this.pinchStart;
    if (ratio > 1.5 || ratio < 0.67) {
      const [a, b] = Array.from(this.touches.values());
      this.request(ratio > 1 ? -1 : 1, ((a?.x ?? 0) + (b?.x ?? 0)) / 2);
      this.pinchStart = this.spread();
    }
  };

  private readonly onUp = (event: PointerEvent): void => {
    this.touches.delete(event.pointerId);
    if (this.touches.size < 2) this.pinchStart = 0;
  };

  private spread(): number {
    const [a, b] = Array.from(this.touches.values());
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }
}
