import type { RowRange, TimeScale, XWindow, ZoomLevel } from '@roadline/core/views/timeline';

/**
 * Everything a painting layer needs for one render: the scale, the windows, sizes and the
 * direction. Layers are pure functions of a frame and the store.
 */
export interface Frame {
  readonly scale: TimeScale;
  readonly zoom: ZoomLevel;
  /** Whole canvas width in px. */
  readonly width: number;
  readonly rowHeight: number;
  readonly headerHeight: number;
  readonly rows: readonly string[];
  readonly rowWindow: RowRange;
  /** Logical (left-to-right) pixels drawn. */
  readonly x: XWindow;
  readonly rtl: boolean;
  readonly locale: string | undefined;
  readonly weekStart: number;
}

/** The on-screen x of a logical x (mirrored in right-to-left). */
export function screenX(frame: Frame, x: number): number {
  return frame.rtl ? frame.width - x : x;
}

/** The on-screen left edge of a logical box. */
export function screenLeft(frame: Frame, x: number, width: number): number {
  return frame.rtl ? frame.width - x - width : x;
}

/** The screen-space x range drawn (the SVG viewBox's horizontal part). */
export function screenWindow(frame: Frame): { x0: number; x1: number } {
  return frame.rtl
    ? { x0: frame.width - frame.x.x1, x1: frame.width - frame.x.x0 }
    : { x0: frame.x.x0, x1: frame.x.x1 };
}
