import type { ReactiveControllerHost } from 'lit';
import { DragController, type DragSession } from '../controllers/drag-controller.js';
import type { NetworkCamera } from './network-camera.js';

/** What a press landed on. */
export type NetworkHit =
  | { kind: 'link'; from: string }
  | { kind: 'node'; id: string }
  | { kind: 'edge'; index: number }
  | { kind: 'toggle'; id: string }
  | { kind: 'minimap' }
  | { kind: 'none' };

/** The element's side of {@link NetworkGestures}. */
export interface NetworkGestureDelegate {
  readonly camera: NetworkCamera;
  /** The viewport's client rectangle (read in event handlers only). */
  viewportRect(): DOMRect;
  /** Whether link drags are allowed. */
  canLink(): boolean;
  tapped(hit: NetworkHit, event: PointerEvent): void;
  /** A link drag moved to layout point (x, y); `end` on release. */
  linkDrag(from: string, x: number, y: number, end: boolean): void;
  linkCancelled(): void;
  /** A press or drag on the minimap at a fraction (0–1) of its width and height. */
  minimapAt(fx: number, fy: number): void;
  cameraMoved(): void;
}

/** The nearest element of an event's path that carries one of the data attributes. */
export function hitOf(path: readonly EventTarget[]): NetworkHit {
  for (const target of path) {
    if (!(target instanceof Element)) continue;
    const d = (target as HTMLElement | SVGElement).dataset;
    if (d.handle !== undefined) return { kind: 'link', from: d.handle };
    if (d.toggle !== undefined) return { kind: 'toggle', id: d.toggle };
    if (d.node !== undefined) return { kind: 'node', id: d.node };
    if (d.edge !== undefined) return { kind: 'edge', index: Number(d.edge) };
    if (d.minimap !== undefined) return { kind: 'minimap' };
    if (target.localName === 'button') return { kind: 'none' };
  }
  return { kind: 'none' };
}

/**
 * The pointer gestures of `rl-network`, one code path for mouse, pen and touch: drag the
 * background or a card to pan, drag from a card's handle to another card to link, two fingers to
 * pinch-zoom, Ctrl+wheel (a trackpad pinch) to zoom around the pointer, the wheel to pan, a press
 * on the minimap to jump there. Taps select (the host decides what).
 */
export class NetworkGestures {
  private readonly el: ReactiveControllerHost & HTMLElement;
  private readonly host: NetworkGestureDelegate;
  private readonly drag: DragController<NetworkHit>;
  private last = { dx: 0, dy: 0 };
  private readonly touches = new Map<number, { x: number; y: number }>();
  private pinch: { distance: number; scale: number } | undefined;
  private wheelTarget: HTMLElement | undefined;

  constructor(el: ReactiveControllerHost & HTMLElement, host: NetworkGestureDelegate) {
    this.el = el;
    this.host = host;
    this.drag = new DragController<NetworkHit>(el, {
      start: (event) => {
        const path = event.composedPath();
        if (path.some((t) => t instanceof HTMLElement && t.localName === 'button')) return undefined;
        this.last = { dx: 0, dy: 0 };
        const hit = hitOf(path);
        if (hit.kind === 'link' && !host.canLink()) return { kind: 'node', id: hit.from };
        if (hit.kind === 'minimap') this.minimap(event);
        return hit;
      },
      move: (session) => this.move(session),
      end: (session) => this.end(session),
      cancel: (session) => {
        if (session.payload.kind === 'link') host.linkCancelled();
      },
      tap: (hit, event) => host.tapped(hit, event),
    });
    el.addEventListener('pointerdown', this.onTouchDown);
    el.addEventListener('pointermove', this.onTouchMove);
    el.addEventListener('pointerup', this.onTouchUp);
    el.addEventListener('pointercancel', this.onTouchUp);
  }

  /** Whether a drag is in progress (undo keys wait). */
  get active(): boolean {
    return this.drag.session !== undefined || this.pinch !== undefined;
  }

  /** Listens to the wheel on the viewport (non-passive, to keep the page from scrolling). */
  bindWheel(target: HTMLElement | undefined): void {
    if (target === this.wheelTarget) return;
    this.wheelTarget?.removeEventListener('wheel', this.onWheel);
    this.wheelTarget = target;
    target?.addEventListener('wheel', this.onWheel, { passive: false });
  }

  private layoutPoint(event: PointerEvent): [number, number] {
    const rect = this.host.viewportRect();
    const c = this.host.camera;
    return [(event.clientX - rect.left - c.tx) / c.scale, (event.clientY - rect.top - c.ty) / c.scale];
  }

  private move(session: DragSession<NetworkHit>): void {
    if (this.pinch) return;
    const hit = session.payload;
    if (hit.kind === 'link') {
      const [x, y] = this.layoutPoint(session.event);
      this.host.linkDrag(hit.from, x, y, false);
      return;
    }
    if (hit.kind === 'minimap') {
      this.minimap(session.event);
      return;
    }
    this.host.camera.panBy(session.dx - this.last.dx, session.dy - this.last.dy);
    this.last = { dx: session.dx, dy: session.dy };
    this.host.cameraMoved();
  }

  private end(session: DragSession<NetworkHit>): void {
    const hit = session.payload;
    if (hit.kind === 'link') {
      const [x, y] = this.layoutPoint(session.event);
      this.host.linkDrag(hit.from, x, y, true);
    } else if (!this.pinch) this.move(session);
  }

  private minimap(event: PointerEvent): void {
    const box = this.el.shadowRoot?.querySelector('[data-minimap]')?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    this.host.minimapAt((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
  }

  private readonly onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    const c = this.host.camera;
    if (event.ctrlKey || event.metaKey) {
      const rect = this.host.viewportRect();
      c.zoomAt(Math.exp(-event.deltaY * 0.002), event.clientX - rect.left, event.clientY - rect.top);
    } else if (event.shiftKey) c.panBy(-event.deltaY, 0);
    else c.panBy(-event.deltaX, -event.deltaY);
    this.host.cameraMoved();
  };

  private readonly onTouchDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') return;
    this.touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.touches.size === 2) {
      this.drag.cancel();
      this.pinch = { distance: this.spread(), scale: this.host.camera.scale };
    }
  };

  private readonly onTouchMove = (event: PointerEvent): void => {
    const touch = this.touches.get(event.pointerId);
    if (!touch) return;
    touch.x = event.clientX;
    touch.y = event.clientY;
    const pinch = this.pinch;
    if (!pinch || this.touches.size !== 2 || pinch.distance <= 0) return;
    const [a, b] = [...this.touches.values()] as [{ x: number; y: number }, { x: number; y: number }];
    const rect = this.host.viewportRect();
    const c = this.host.camera;
    const target = (pinch.scale * this.spread()) / pinch.distance;
    c.zoomAt(target / c.scale, (a.x + b.x) / 2 - rect.left, (a.y + b.y) / 2 - rect.top);
    this.host.cameraMoved();
  };

  private readonly onTouchUp = (event: PointerEvent): void => {
    if (!this.touches.delete(event.pointerId)) return;
    if (this.touches.size < 2) this.pinch = undefined;
  };

  private spread(): number {
    const [a, b] = [...this.touches.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }
}
