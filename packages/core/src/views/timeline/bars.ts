/**
 * Where a task's bar goes: pure geometry from a time scale and the task's scheduled wall minutes.
 */
import { type TimeScale, xOf } from './time-scale.js';

/** The three shapes a timeline draws. */
export type BarShape = 'task' | 'summary' | 'milestone';

/** A bar's box in its row, in left-to-right pixels. */
export interface BarGeometry {
  readonly shape: BarShape;
  /** Left edge (for a milestone, the left corner of its diamond). */
  readonly x: number;
  readonly width: number;
  /** Width of the progress fill, from `x`. */
  readonly progressWidth: number;
  /** Where the time span starts and ends; for a milestone both are its instant. */
  readonly startX: number;
  readonly endX: number;
}

/** Sizes that do not depend on time. */
export interface BarOptions {
  /** The narrowest bar drawn, so a short task stays visible and grabbable. Default 2. */
  readonly minWidth?: number;
  /** A milestone's diamond width. Default 12. */
  readonly milestoneSize?: number;
}

/**
 * The bar of a task spanning `[start, end)` wall minutes with `progress` percent done (clamped
 * to 0–100). A milestone is a diamond centred on `start`; an inverted span draws as empty at `start`.
 */
export function barGeometry(
  scale: TimeScale,
  shape: BarShape,
  start: number,
  end: number,
  progress = 0,
  options: BarOptions = {},
): BarGeometry {
  const startX = xOf(scale, start);
  if (shape === 'milestone') {
    const size = options.milestoneSize ?? 12;
    return { shape, x: startX - size / 2, width: size, progressWidth: 0, startX, endX: startX };
  }
  const endX = Math.max(startX, xOf(scale, end));
  const width = Math.max(options.minWidth ?? 2, endX - startX);
  const done = Number.isFinite(progress) ? Math.min(100, Math.max(0, progress)) : 0;
  return { shape, x: startX, width, progressWidth: (width * done) / 100, startX, endX };
}

/** The vertical band of a bar in row `row`: `[y, y + height)`, inset from the row's edges. */
export function barBand(
  row: number,
  rowHeight: number,
  shape: BarShape,
): { readonly y: number; readonly height: number } {
  const inset = shape === 'summary' ? Math.round(rowHeight * 0.34) : Math.round(rowHeight * 0.22);
  return { y: row * rowHeight + inset, height: Math.max(2, rowHeight - 2 * inset) };
}

/** Which part of a bar a pointer at `x` (same pixels as the geometry) would grab. */
export type BarZone = 'link-start' | 'resize-start' | 'move' | 'progress' | 'resize-end' | 'link-end';

/**
 * The part of a bar under `x`: the link connectors just outside each end, the resize handles on
 * the edges, the progress handle at the end of the fill (when `nearBottom`), else the body.
 * `undefined` when `x` is off the bar. Milestones only move or link. `handle` is the grab size.
 */
export function barZone(bar: BarGeometry, x: number, nearBottom: boolean, handle = 6): BarZone | undefined {
  const left = bar.x;
  const right = bar.x + bar.width;
  const link = handle * 2.5;
  if (x < left - link || x > right + link) return undefined;
  if (x < left) return 'link-start';
  if (x > right) return 'link-end';
  if (bar.shape === 'milestone' || bar.shape === 'summary') return 'move';
  // Narrow bars keep a body to grab: the handles shrink to a third of the width.
  const edge = Math.min(handle, bar.width / 3);
  const progressX = left + bar.progressWidth;
  if (nearBottom && Math.abs(x - progressX) <= handle) return 'progress';
  if (x <= left + edge) return 'resize-start';
  if (x >= right - edge) return 'resize-end';
  return 'move';
}
