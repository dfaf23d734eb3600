/** A box a route starts or ends at, with the columns it spans. */
export interface RouteEnd {
  x: number;
  y: number;
  width: number;
  height: number;
  /** First and last column (layer) the box spans; a card spans one. */
  first: number;
  last: number;
  /** A milestone's diamond: links meet it at its middle rather than spread along its side. */
  point: boolean;
}

/** Geometry of the columns routes run between. */
export interface RouteGrid {
  /** Left x of column `l` is `l · pitch`; a column is `columnWidth` wide. */
  pitch: number;
  columnWidth: number;
  /** Room a frame takes on each side of its columns per nesting level, times the deepest level. */
  frameMargin: number;
  /** Per column, the cards in it by increasing y: their tops and bottoms. */
  tops: Float64Array[];
  bottoms: Float64Array[];
}

/** Distance between parallel vertical tracks in a column gap. */
const TRACK = 6;
/** Clearance kept between a route and a card it passes. */
const CLEAR = 4;

/**
 * The vertical track of a gap (the space right of column `gap`) an edge turns in: exit tracks fill
 * the left half of the usable gap, entry tracks the right half, chosen by the card's rank in its
 * column so the links of one card share a track and neighbouring cards' tracks differ.
 */
export function trackX(grid: RouteGrid, gap: number, rank: number, entry: boolean): number {
  const left = gap * grid.pitch + grid.columnWidth + grid.frameMargin + CLEAR;
  const right = (gap + 1) * grid.pitch - grid.frameMargin - CLEAR;
  if (right <= left) return (gap * grid.pitch + grid.columnWidth + (gap + 1) * grid.pitch) / 2;
  const mid = (left + right) / 2;
  const from = entry ? mid : left;
  const span = (right - left) / 2;
  const tracks = Math.max(1, Math.floor(span / TRACK));
  return from + ((rank % tracks) + 0.5) * (span / tracks);
}

/** Whether a horizontal line at `y` passes every column in `[first, last]` without touching a card. */
export function laneFree(grid: RouteGrid, first: number, last: number, y: number): boolean {
  for (let l = first; l <= last; l++) {
    const tops = grid.tops[l];
    const bottoms = grid.bottoms[l];
    if (!tops || !bottoms) continue;
    // The last card whose top is at or above y + CLEAR.
    let lo = 0;
    let hi = tops.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tops[mid]! <= y + CLEAR) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (at >= 0 && bottoms[at]! + CLEAR >= y) return false;
  }
  return true;
}

/** Free gaps next to `y` in column `l`: the middles of the gaps just above and below the card at y. */
function gapsNear(grid: RouteGrid, l: number, y: number, out: number[]): void {
  const tops = grid.tops[l];
  const bottoms = grid.bottoms[l];
  if (!tops || !bottoms || tops.length === 0) return;
  let lo = 0;
  let hi = tops.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid]! <= y) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (const i of [at - 1, at, at + 1]) {
    if (i < 0 || i >= tops.length) continue;
    const below = i + 1 < tops.length ? (bottoms[i]! + tops[i + 1]!) / 2 : bottoms[i]! + 2 * CLEAR;
    out.push(below);
    if (i === 0) out.push(tops[0]! - 2 * CLEAR);
  }
}

/**
 * An orthogonal route from the right side of `from` to the left side of `to` as flat `[x, y, …]`
 * points. Between neighbouring columns it turns once in the gap; across several columns it runs
 * horizontally along a lane that no card of the columns in between touches (the exit height, the
 * entry height, or the nearest gap to either), falling back to `above`, a height clear of every
 * card of the component. `exitY`/`entryY` are the port heights; `exitRank`/`entryRank` pick tracks.
 */
export function routeEdge(
  grid: RouteGrid,
  from: RouteEnd,
  to: RouteEnd,
  exitY: number,
  entryY: number,
  exitRank: number,
  entryRank: number,
  above: number,
): number[] {
  const sx = from.x + from.width;
  const tx = to.x;
  if (to.first <= from.last) return [sx, exitY, tx, entryY]; // only a cycle's closing edge
  const c1 = trackX(grid, from.last, exitRank, false);
  if (to.first === from.last + 1) {
    return exitY === entryY ? [sx, exitY, tx, entryY] : [sx, exitY, c1, exitY, c1, entryY, tx, entryY];
  }
  const c2 = trackX(grid, to.first - 1, entryRank, true);
  const first = from.last + 1;
  const last = to.first - 1;
  let lane = Number.NaN;
  if (laneFree(grid, first, last, exitY)) lane = exitY;
  else if (laneFree(grid, first, last, entryY)) lane = entryY;
  else {
    const candidates: number[] = [];
    gapsNear(grid, first, exitY, candidates);
    gapsNear(grid, last, entryY, candidates);
    candidates.sort((a, b) => Math.abs(a - exitY) - Math.abs(b - exitY) || a - b);
    for (const y of candidates) {
      if (laneFree(grid, first, last, y)) {
        lane = y;
        break;
      }
    }
    if (Number.isNaN(lane)) lane = above;
  }
  const points = [sx, exitY];
  if (lane !== exitY) points.push(c1, exitY, c1, lane);
  if (lane !== entryY) points.push(c2, lane, c2, entryY);
  points.push(tx, entryY);
  return points;
}
