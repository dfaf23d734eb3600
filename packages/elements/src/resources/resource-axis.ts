import type { ResourceIndex } from '@roadline/core/views/resources';
import { timeScale, xWindow, type XWindow, type ZoomLevel } from '@roadline/core/views/timeline';
import type { TimeAxis } from '../events/time-scroll-event.js';

const DAY = 1440;

/**
 * The time axis a standalone resource view draws on: from a week before the first assignment to
 * a month after the last (today ± a month when there is none), at the zoom level's density.
 */
export function ownAxis(
  index: ResourceIndex,
  zoom: ZoomLevel,
  today: number,
  left: number,
  viewport: number,
): TimeAxis {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const p of index.people) {
    const first = p.spans[0];
    if (first !== undefined && first.start < lo) lo = first.start;
    const last = p.maxEnd[p.maxEnd.length - 1];
    if (last !== undefined && last > hi) hi = last;
  }
  if (!Number.isFinite(lo)) {
    lo = today;
    hi = today;
  }
  const start = Math.floor(lo / DAY) * DAY - 7 * DAY;
  const end = Math.ceil(hi / DAY) * DAY + 30 * DAY;
  const { pxPerMinute } = timeScale(zoom, start, end);
  const width = Math.round((end - start) * pxPerMinute);
  return { start, pxPerMinute, left: Math.max(0, Math.min(left, width - viewport)), width, viewport };
}

/** The pixels drawn for an axis: the viewport widened by 512 px each side, in steps of 512. */
export function drawnWindow(axis: TimeAxis): XWindow {
  return xWindow(axis.left, axis.viewport || 1200, axis.width, 512);
}

/** The physical scroll offset of a canvas drawn right to left (mirrored) or left to right. */
export function physicalLeft(axis: TimeAxis, rtl: boolean): number {
  return rtl ? Math.max(0, axis.width - axis.viewport - axis.left) : axis.left;
}
