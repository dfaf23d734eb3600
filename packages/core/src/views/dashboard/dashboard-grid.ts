/**
 * Dashboard grid geometry: widgets are rectangles of whole cells on a grid of a fixed number of
 * columns and unbounded rows. Moving or resizing one pushes the widgets it would cover down.
 */

/** A widget's place on the grid: column and row of its top-left cell (0-based), width and height in cells. */
export interface GridItem {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Most columns a dashboard grid has. */
export const MAX_GRID_COLUMNS = 48;
/** Most rows a widget spans. */
export const MAX_GRID_HEIGHT = 50;
/** The last row a widget may start on. */
export const MAX_GRID_ROW = 10_000;

/**
 * `value` as an integer in `[lo, hi]`; `fallback` (clamped too) when it is not a finite number.
 * Input from a host's JSON is never thrown at: it is made to fit.
 */
export function clampGridInt(value: unknown, lo: number, hi: number, fallback: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : fallback;
  return Math.min(hi, Math.max(lo, n));
}

/** Whether two grid rectangles share a cell. */
export function gridOverlaps(a: Omit<GridItem, 'id'>, b: Omit<GridItem, 'id'>): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Places item `id` at `place` (clamped into a grid of `columns`; a non-number keeps the item's
 * current value) and pushes every item it now overlaps down, in reading order (by row, then
 * column), each just below the lowest placed item it would overlap, until nothing overlaps.
 * Returns the items in their input order, moved ones as copies; the input is untouched, and an
 * unknown `id` returns the items as they are.
 */
export function placeOnGrid<T extends GridItem>(
  items: readonly T[],
  columns: number,
  id: string,
  place: Partial<Omit<GridItem, 'id'>>,
): T[] {
  const cols = clampGridInt(columns, 1, MAX_GRID_COLUMNS, 12);
  const target = items.find((item) => item.id === id);
  if (target === undefined) return items.slice();
  const w = clampGridInt(place.w, 1, cols, target.w);
  const moved: T = {
    ...target,
    w,
    h: clampGridInt(place.h, 1, MAX_GRID_HEIGHT, target.h),
    x: clampGridInt(place.x, 0, cols - w, target.x),
    y: clampGridInt(place.y, 0, MAX_GRID_ROW, target.y),
  };
  const placed: T[] = [moved];
  const others = items.filter((item) => item.id !== id).sort((a, b) => a.y - b.y || a.x - b.x);
  for (const other of others) {
    const next: T = { ...other };
    // Each push moves it below an item already placed and it never moves up: at most one push per item.
    let hit = placed.find((p) => gridOverlaps(p, next));
    while (hit !== undefined) {
      next.y = hit.y + hit.h;
      hit = placed.find((p) => gridOverlaps(p, next));
    }
    placed.push(next);
  }
  const byId = new Map(placed.map((p) => [p.id, p]));
  return items.map((item) => byId.get(item.id) ?? item);
}
