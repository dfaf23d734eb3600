import {
  extendRange,
  minutesAt,
  rowRange,
  scaleWidth,
  stepZoom,
  timeScale,
  xWindow,
  type ZoomLevel,
} from '@roadline/core/views/timeline';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hostBoxBeforeRender } from '../base/host-box.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { createTimeScrollEvent } from '../events/time-scroll-event.js';
import type { Frame } from './frame.js';

/** Browsers cap element sizes (Chromium near 33.5M px); the time range stays well under it. */
const MAX_WIDTH = 4_000_000;
const DAY = 1440;

/** The element's side of the viewport. */
export interface ViewportHost extends ReactiveControllerHost, HTMLElement {
  zoom: ZoomLevel;
  readonly rowHeight: number;
  readonly headerHeight: number;
}

export interface ViewportOptions {
  /** The scrolling box (absent before the first render). */
  scroller(): HTMLElement | null;
  /** The vertical offset moved (by the user or a script): a pane beside this one follows. */
  scrolledTo(top: number): void;
}

/** What a frame is drawn for, besides the viewport's own state. */
export interface FrameInput {
  readonly rows: readonly string[];
  readonly rtl: boolean;
  readonly locale: string | undefined;
  readonly weekStart: number;
  /** The instant the time range starts around when there is none yet (read only then). */
  anchor(): number;
}

/**
 * The timeline's scrolling, zoom and drawn window: the time range (grown in chunks as the user
 * scrolls towards its edges), the scroller's size (estimated from the host box before the first
 * render, then observed), the logical scroll offsets (mirrored in right to left) and the frame
 * drawn for them.
 *
 * The frame is computed once per update, before the render (`compute`), and kept: hit tests and
 * key handlers between renders read it, the render only paints it. A scroll or resize that keeps
 * the same row and time windows changes the offsets without asking for a render.
 */
export class TimelineViewport implements ReactiveController {
  private readonly host: ViewportHost;
  private readonly options: ViewportOptions;
  /** The frame of the last update; `undefined` before one and after a disconnect. */
  frame: Frame | undefined;
  private range: { start: number; end: number } | undefined;
  /** The scroller's client size. */
  private readonly size = { width: 0, height: 0 };
  /** The logical (left-to-right) scroll offsets. */
  private readonly pos = { left: 0, top: 0 };
  private pending: { left?: number; top?: number } | undefined;
  private lastTop = 0;
  /** The axis last announced with `rl-time-scroll` (start, px per minute, left, width). */
  private readonly axis = { start: Number.NaN, ppm: 0, left: Number.NaN, width: 0, viewport: 0 };

  constructor(host: ViewportHost, options: ViewportOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
    new ResizeController(host, { target: () => options.scroller(), resized: () => this.measure() });
  }

  hostUpdated(): void {
    const scroller = this.options.scroller();
    if (scroller && this.pending) {
      const { left, top } = this.pending;
      this.pending = undefined;
      if (left !== undefined) scroller.scrollLeft = this.physicalLeft(left);
      if (top !== undefined) scroller.scrollTop = top;
    }
    this.announceAxis();
  }

  /**
   * Fires `rl-time-scroll` when the axis moved since the last one: a pane drawn on the same axis
   * (the resource pane under a gantt's timeline) follows it in the same frame.
   */
  private announceAxis(): void {
    const frame = this.frame;
    if (!frame) return;
    const a = this.axis;
    const { start, pxPerMinute } = frame.scale;
    const left = this.pos.left;
    const viewport = this.size.width;
    if (
      a.start === start &&
      a.ppm === pxPerMinute &&
      a.left === left &&
      a.width === frame.width &&
      a.viewport === viewport
    )
      return;
    a.start = start;
    a.ppm = pxPerMinute;
    a.left = left;
    a.width = frame.width;
    a.viewport = viewport;
    this.host.dispatchEvent(
      createTimeScrollEvent({ start, pxPerMinute, left, width: frame.width, viewport }),
    );
  }

  hostDisconnected(): void {
    this.frame = undefined;
  }

  /** The scroller's width and height (estimates until the first observation). */
  get width(): number {
    return this.size.width;
  }
  get height(): number {
    return this.size.height;
  }

  /** The logical horizontal scroll offset. */
  get left(): number {
    return this.pos.left;
  }

  get pxPerMinute(): number {
    return timeScale(this.host.zoom, 0, 1).pxPerMinute;
  }

  /** The rows and time that fit, before the first render (not a default 1200 × 600). */
  estimate(): void {
    const box = hostBoxBeforeRender(this.host);
    if (!box) return;
    this.size.width = Math.round(box.width);
    this.size.height = Math.round(box.height);
  }

  get scrollTop(): number {
    return this.options.scroller()?.scrollTop ?? this.pending?.top ?? 0;
  }
  set scrollTop(top: number) {
    const scroller = this.options.scroller();
    if (scroller) scroller.scrollTop = top;
    else this.pending = { ...this.pending, top };
  }

  /** Scrolls to `top` and takes the new offset at once (see `RlTimeline.syncScrollTop`). */
  syncScrollTop(top: number): void {
    const scroller = this.options.scroller();
    if (!scroller) {
      this.pending = { ...this.pending, top };
      return;
    }
    if (Math.abs(scroller.scrollTop - top) >= 1) scroller.scrollTop = top;
    this.onScroll();
  }

  /** The frame for this update: scale, windows, direction. */
  compute(input: FrameInput): Frame {
    const { zoom, rowHeight, headerHeight } = this.host;
    const range = this.ensureRange(input);
    const scale = timeScale(zoom, range.start, range.end);
    const width = Math.round(scaleWidth(scale));
    const viewH = Math.max(0, this.size.height - headerHeight);
    const frame: Frame = {
      scale,
      zoom,
      width,
      rowHeight,
      headerHeight,
      rows: input.rows,
      rowWindow: rowRange(this.pos.top, viewH || 600, rowHeight, input.rows.length, 6),
      x: xWindow(this.pos.left, this.size.width || 1200, width, 512),
      rtl: input.rtl,
      locale: input.locale,
      weekStart: input.weekStart,
    };
    this.frame = frame;
    return frame;
  }

  readonly onScroll = (): void => {
    const s = this.options.scroller();
    if (!s) return;
    const top = s.scrollTop;
    const left = this.logicalLeft(s.scrollLeft);
    if (top !== this.lastTop) {
      this.lastTop = top;
      this.options.scrolledTo(top);
    }
    const range = this.range;
    const width = this.size.width;
    if (range && width > 0) {
      const ppm = this.pxPerMinute;
      const ext = extendRange(range, left, width, ppm, {
        edge: Math.max(200, width / 2),
        chunk: Math.max(30 * DAY, (width * 2) / ppm),
        maxWidth: MAX_WIDTH,
      });
      if (ext) {
        this.range = { start: ext.start, end: ext.end };
        this.pending = { left: left + ext.shift };
        this.moveTo(left + ext.shift, top);
        return;
      }
    }
    // Re-render only when the windows move, not on every scrolled pixel.
    const moves = this.windowsMove(left, top, width, this.size.height);
    this.pos.left = left;
    this.pos.top = top;
    if (moves) this.host.requestUpdate();
    else this.announceAxis();
  };

  /** Puts instant `t` at `offset` px from the viewport's leading edge (and optionally scrolls to `top`). */
  anchorTime(t: number, offset: number, top?: number): void {
    const ppm = this.pxPerMinute;
    const vw = Math.max(1200, this.size.width);
    const start = t - (offset + vw * 2) / ppm;
    this.range = { start, end: start + Math.min(MAX_WIDTH, vw * 6) / ppm };
    const left = (t - start) * ppm - offset;
    this.pending = top === undefined ? { left } : { left, top };
    this.moveTo(left, top ?? this.pos.top);
  }

  /** One zoom level in (`-1`) or out (`1`), keeping the instant under viewport x `clientX` in place. */
  zoomAt(direction: -1 | 1, clientX: number): void {
    const next = stepZoom(this.host.zoom, direction);
    const frame = this.frame;
    const s = this.options.scroller();
    if (next === this.host.zoom || !frame || !s) return;
    const rect = s.getBoundingClientRect();
    const screen = clientX - rect.left;
    const offset = frame.rtl ? this.size.width - screen : screen;
    const t = minutesAt(frame.scale, this.pos.left + offset);
    this.host.zoom = next;
    this.anchorTime(t, offset);
  }

  /** One zoom level around the middle of the viewport. */
  zoomCentre(direction: -1 | 1): void {
    const rect = this.options.scroller()?.getBoundingClientRect();
    if (rect) this.zoomAt(direction, rect.left + rect.width / 2);
  }

  private moveTo(left: number, top: number): void {
    this.pos.left = left;
    this.pos.top = top;
    this.host.requestUpdate();
  }

  private measure(): void {
    const s = this.options.scroller();
    if (!s) return;
    const width = s.clientWidth;
    const height = s.clientHeight;
    if (width === this.size.width && height === this.size.height) return;
    // A size that draws the same windows (the first measure after the estimate, a pixel or two
    // of border apart) is kept without a render; the next one that matters renders.
    const moves = !this.frame || this.windowsMove(this.pos.left, this.pos.top, width, height);
    this.size.width = width;
    this.size.height = height;
    if (moves) this.host.requestUpdate();
  }

  /** Whether this scroll position and size put the row or time window elsewhere than drawn. */
  private windowsMove(left: number, top: number, width: number, height: number): boolean {
    const frame = this.frame;
    if (!frame) return true;
    const { rowHeight, headerHeight } = this.host;
    const rows = rowRange(top, Math.max(0, height - headerHeight) || 600, rowHeight, frame.rows.length, 6);
    const x = xWindow(left, width || 1200, frame.width, 512);
    return (
      rows.first !== frame.rowWindow.first ||
      rows.last !== frame.rowWindow.last ||
      x.x0 !== frame.x.x0 ||
      x.x1 !== frame.x.x1
    );
  }

  private ensureRange(input: FrameInput): { start: number; end: number } {
    if (this.range) return this.range;
    const anchor = input.anchor();
    const ppm = this.pxPerMinute;
    const span = Math.max(90 * DAY, (Math.max(1200, this.size.width) * 4) / ppm);
    const start = anchor - Math.max(7 * DAY, 200 / ppm);
    this.range = { start, end: Math.min(start + span, start + MAX_WIDTH / ppm) };
    return this.range;
  }

  /** The time range, for an export of the whole project when it has no dates. */
  get rangeStart(): number | undefined {
    return this.range?.start;
  }

  private physicalLeft(logical: number): number {
    const width = this.frame?.width ?? 0;
    return this.frame?.rtl ? Math.max(0, width - this.size.width - logical) : logical;
  }

  private logicalLeft(physical: number): number {
    const width = this.frame?.width ?? 0;
    return this.frame?.rtl ? Math.max(0, width - this.size.width - physical) : physical;
  }
}
