/**
 * Column sizing: the widths a resize gives, clamped to each column's minimum, and what a view lays
 * out with them. The slice is the widths the user set, by column id; a column without one has its
 * definition's width.
 */

/** Widths set by resizing, by column id. */
export type ColumnSizingState = Readonly<Record<string, number>>;

/** The keyboard's resize step, in CSS pixels. */
export const RESIZE_STEP = 16;

/** A column's width now: a resize in progress, else the sizing state's, else its own. */
export function columnWidth(
  def: { id: string; width: number; minWidth: number },
  sizing?: ColumnSizingState,
  preview?: { id: string; width: number },
): number {
  if (preview?.id === def.id) return Math.max(def.minWidth, preview.width);
  const set = sizing && Object.hasOwn(sizing, def.id) ? sizing[def.id] : undefined;
  return typeof set === 'number' && Number.isFinite(set) && set > 0 ? Math.max(def.minWidth, set) : def.width;
}

/** The width a resize to `width` gives: whole pixels, at least the minimum. */
export function clampWidth(width: number, minWidth: number): number {
  return Number.isFinite(width) ? Math.round(Math.max(minWidth, width)) : minWidth;
}

/** The sizing state with one column resized. */
export function resizeColumn(
  sizing: ColumnSizingState,
  def: { id: string; minWidth: number },
  width: number,
): ColumnSizingState {
  return { ...sizing, [def.id]: clampWidth(width, def.minWidth) };
}

/** Where each column starts, from the rows' start edge, and the total: `starts[i]`, `starts[n]`. */
export function columnStarts(widths: readonly number[]): number[] {
  const starts = [0];
  let x = 0;
  for (const w of widths) {
    x += w;
    starts.push(x);
  }
  return starts;
}
