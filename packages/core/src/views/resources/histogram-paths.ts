/**
 * The resource histogram's drawing of one person: every bar of the drawn window as ONE SVG path
 * for the load within capacity and one for the over-allocated cells, plus where the capacity line
 * sits. An element per cell (50 people × hundreds of days) made each scroll step that moves the
 * drawn window cost thousands of elements; two paths per row cost two attribute writes.
 *
 * Bars are inset half a pixel each side (a one-pixel gap between cells), at least one pixel wide.
 * The vertical scale is the row's: up to 125 % of the person's max units, or their peak if higher.
 * Coordinates are the screen's: right to left mirrors x over the axis width.
 */
import type { HistogramRow } from './histogram-cells.js';

/** Where a row draws: the time axis (wall minutes to pixels) and the row's height. */
export interface HistogramGeometry {
  /** The axis start, wall minutes. */
  readonly start: number;
  readonly pxPerMinute: number;
  /** The axis width in pixels (the mirror line right to left). */
  readonly width: number;
  readonly height: number;
  readonly rtl: boolean;
}

/** One person's bars as path data, and the capacity line's y. */
export interface HistogramPaths {
  /** The cells with load within capacity (`''` when there are none). */
  readonly load: string;
  /** The over-allocated cells (`''` when there are none). */
  readonly over: string;
  /** The y of the capacity line (the person's max units). */
  readonly capacity: number;
}

/** Two decimals: keeps the path data short and stable. */
const r2 = (v: number): number => Math.round(v * 100) / 100;

/** The bottom of the plot and the scale of a row: y of `units` %. */
function scale(row: HistogramRow, height: number): (units: number) => number {
  const plot = height - 6;
  const top = Math.max(row.maxUnits * 1.25, row.peak, 1);
  return (units) => height - 2 - (units / top) * plot;
}

/** The screen x span `[x, x + w)` of a cell's bar (inset, at least 1 px wide). */
export function histogramBarX(
  cell: { readonly start: number; readonly end: number },
  g: HistogramGeometry,
): { readonly x: number; readonly width: number } {
  const w = (cell.end - cell.start) * g.pxPerMinute;
  const logical = ((g.rtl ? cell.end : cell.start) - g.start) * g.pxPerMinute;
  const x = g.rtl ? g.width - logical : logical;
  return { x: x + 0.5, width: Math.max(1, w - 1) };
}

/** The row's load and over-allocation as two paths (one closed rectangle per bar). */
export function histogramPaths(row: HistogramRow, g: HistogramGeometry): HistogramPaths {
  const y = scale(row, g.height);
  const bottom = g.height - 2;
  let load = '';
  let over = '';
  for (const c of row.cells) {
    if (!(c.units > 0)) continue;
    const { x, width } = histogramBarX(c, g);
    const top = r2(y(c.units));
    const bar = `M${r2(x)} ${top}h${r2(width)}V${bottom}h${r2(-width)}Z`;
    if (c.over) over += bar;
    else load += bar;
  }
  return { load, over, capacity: y(row.maxUnits) };
}

/** The bars of a path from {@link histogramPaths}: each one's x, width and top (for tests, hit tests). */
export function histogramPathBars(d: string): { x: number; width: number; top: number }[] {
  const out: { x: number; width: number; top: number }[] = [];
  const re = /M(-?[\d.]+) (-?[\d.]+)h(-?[\d.]+)V/g;
  for (let m = re.exec(d); m; m = re.exec(d))
    out.push({ x: Number(m[1]), width: Number(m[3]), top: Number(m[2]) });
  return out;
}
