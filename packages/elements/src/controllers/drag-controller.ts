import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A drag in progress: where it started, where the pointer is, and what the drag carries. */
export interface DragSession<Payload> {
  readonly payload: Payload;
  readonly pointerId: number;
  readonly pointerType: string;
  readonly startX: number;
  readonly startY: number;
  /** Pointer position relative to the start, in CSS pixels. */
  dx: number;
  dy: number;
  /** The latest pointer event (for modifier keys and the element under the pointer). */
  event: PointerEvent;
}

export interface DragOptions<Payload> {
  /**
   * Decides whether a `pointerdown` starts a drag and what it carries (a task id, an edge, …);
   * `undefined` ignores it. Only the primary button and touch/pen contacts reach it.
   */
  start(event: PointerEvent): Payload | undefined;
  /** Movement in pixels before a press becomes a drag (a click stays a click). Default 3. */
  threshold?: number;
  /** Once per animation frame while dragging, with the latest position. */
  move?(session: DragSession<Payload>): void;
  /** The pointer was released after moving past the threshold. */
  end?(session: DragSession<Payload>): void;
  /** Escape, `pointercancel` or a lost capture ended the drag: undo any preview. */
  cancel?(session: DragSession<Payload>): void;
  /**
   * The pointer was released without moving past the threshold: a click. The host holds the
   * pointer capture, so the browser's `click` goes to the host rather than to what was pressed.
   */
  tap?(payload: Payload, event: PointerEvent): void;
}

/**
 * Pointer-event dragging for mouse, pen and touch alike, with pointer capture on the host, a
 * movement threshold, moves coalesced to one per animation frame, and Escape to cancel. One
 * controller per kind of drag; elements keep the geometry, this keeps the gesture.
 */
export class DragController<Payload> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: DragOptions<Payload>;
  private pending: DragSession<Payload> | undefined;
  private active: DragSession<Payload> | undefined;
  private frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DragOptions<Payload>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The drag in progress, past its threshold. */
  get session(): DragSession<Payload> | undefined {
    return this.active;
  }

  hostConnected(): void {
    this.host.addEventListener('pointerdown', this.onDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerdown', this.onDown);
    this.stop();
  }

  /** Cancels the drag in progress, if any, as Escape would. */
  cancel(): void {
    const session = this.active;
    this.stop();
    if (session) this.options.cancel?.(session);
  }

  private readonly onDown = (event: PointerEvent): void => {
    if (this.pending || (event.pointerType === 'mouse' && event.button !== 0)) return;
    const payload = this.options.start(event);
    if (payload === undefined) return;
    this.pending = {
      payload,
      pointerId: event.pointerId,
      pointerType: event.pointerType,
      startX: event.clientX,
      startY: event.clientY,
      dx: 0,
      dy: 0,
      event,
    };
    try {
      this.host.setPointerCapture(event.pointerId);
    } catch {
      // The pointer is already gone (a synthetic or very short press): the gesture ends at pointerup.
    }
    this.host.addEventListener('pointermove', this.onMove);
    this.host.addEventListener('pointerup', this.onUp);
    this.host.addEventListener('pointercancel', this.onCancel);
    this.host.addEventListener('lostpointercapture', this.onLost);
    window.addEventListener('keydown', this.onKey, true);
  };

  private readonly onMove = (event: PointerEvent): void => {
    const session = this.pending;
    if (!session || event.pointerId !== session.pointerId) return;
    session.dx = event.clientX - session.startX;
    session.dy = event.clientY - session.startY;
    session.event = event;
    if (!this.active) {
      if (Math.hypot(session.dx, session.dy) < (this.options.threshold ?? 3)) return;
      this.active = session;
    }
    event.preventDefault();
    if (this.frame === 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        if (this.active) this.options.move?.(this.active);
      });
    }
  };

  private readonly onUp = (event: PointerEvent): void => {
    const pending = this.pending;
    if (!pending || event.pointerId !== pending.pointerId) return;
    const session = this.active;
    if (session) {
      session.dx = event.clientX - session.startX;
      session.dy = event.clientY - session.startY;
      session.event = event;
    }
    this.stop();
    if (session) this.options.end?.(session);
    else this.options.tap?.(pending.payload, event);
  };

  private readonly onCancel = (event: PointerEvent): void => {
    if (this.pending && event.pointerId === this.pending.pointerId) this.cancel();
  };

  private readonly onLost = (event: PointerEvent): void => {
    // Capture is released after pointerup too; only a loss mid-drag cancels.
    if (this.active && event.pointerId === this.active.pointerId) this.cancel();
    else if (this.pending && event.pointerId === this.pending.pointerId && !this.active) this.stop();
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.active) {
      event.preventDefault();
      event.stopPropagation();
      this.cancel();
    }
  };

  private stop(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    const pointerId = this.pending?.pointerId;
    this.pending = undefined;
    this.active = undefined;
    this.host.removeEventListener('pointermove', this.onMove);
    this.host.removeEventListener('pointerup', this.onUp);
    this.host.removeEventListener('pointercancel', this.onCancel);
    this.host.removeEventListener('lostpointercapture', this.onLost);
    window.removeEventListener('keydown', this.onKey, true);
    if (pointerId !== undefined && this.host.hasPointerCapture?.(pointerId)) {
      this.host.releasePointerCapture(pointerId);
    }
  }
}
