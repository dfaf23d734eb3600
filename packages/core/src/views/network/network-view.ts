import type { NetworkLayout } from './network-layout.js';

/**
 * Indices of the cards that intersect the rectangle `[x0, x1] × [y0, y1]` (layout units), column by
 * column with a binary search on each column's y order: O(columns in view · log n + result). What
 * a virtualised view puts in its DOM. Writes into `out` (cleared first) to spare allocations.
 */
export function nodesInRect(
  layout: NetworkLayout,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  out: number[] = [],
): number[] {
  out.length = 0;
  const { pitch, columns, nodes } = layout;
  if (nodes.length === 0 || pitch <= 0) return out;
  const first = Math.max(0, Math.floor(x0 / pitch));
  const last = Math.min(columns.length - 1, Math.floor(x1 / pitch));
  let tallest = 0;
  for (const node of nodes) if (node.height > tallest) tallest = node.height;
  for (let l = first; l <= last; l++) {
    const col = columns[l]!;
    let lo = 0;
    let hi = col.length;
    const from = y0 - tallest;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nodes[col[mid]!]!.y < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < col.length; k++) {
      const node = nodes[col[k]!]!;
      if (node.y > y1) break;
      if (node.y + node.height >= y0 && node.x <= x1 && node.x + node.width >= x0) out.push(col[k]!);
    }
  }
  return out;
}

/** Indices of the routes whose bounding box meets the rectangle. A linear scan of numbers. */
export function edgesInRect(
  layout: NetworkLayout,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  out: number[] = [],
): number[] {
  out.length = 0;
  const edges = layout.edges;
  for (let k = 0; k < edges.length; k++) {
    const e = edges[k]!;
    if (e.maxX >= x0 && e.minX <= x1 && e.maxY >= y0 && e.minY <= y1) out.push(k);
  }
  return out;
}

/** Indices of the frames that meet the rectangle, outermost first. */
export function framesInRect(
  layout: NetworkLayout,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number[] {
  const out: number[] = [];
  layout.frames.forEach((f, k) => {
    if (f.x + f.width >= x0 && f.x <= x1 && f.y + f.height >= y0 && f.y <= y1) out.push(k);
  });
  return out.sort((a, b) => layout.frames[a]!.depth - layout.frames[b]!.depth || a - b);
}

/**
 * The ids a keyboard step along links reaches from `id`: its predecessors (`'back'`) or
 * successors (`'forward'`) in the network, top to bottom, and the edge index of each step.
 */
export function linkNeighbours(
  layout: NetworkLayout,
  id: string,
  direction: 'back' | 'forward',
): { id: string; edge: number }[] {
  const out: { id: string; edge: number }[] = [];
  layout.edges.forEach((e, k) => {
    if (direction === 'forward' && e.from === id) out.push({ id: e.to, edge: k });
    else if (direction === 'back' && e.to === id) out.push({ id: e.from, edge: k });
  });
  const yOf = (x: string): number => {
    const i = layout.index.get(x);
    if (i !== undefined) return layout.nodes[i]!.y;
    const f = layout.frameIndex.get(x);
    return f === undefined ? 0 : layout.frames[f]!.y;
  };
  return out.sort((a, b) => yOf(a.id) - yOf(b.id) || a.edge - b.edge);
}

/** The bounding box of the whole layout with a margin, for fit-to-view and the minimap. */
export function layoutBounds(
  layout: NetworkLayout,
  margin = 0,
): { x: number; y: number; width: number; height: number } {
  let x0 = 0;
  let y0 = 0;
  let x1 = layout.width;
  let y1 = layout.height;
  for (const f of layout.frames) {
    x0 = Math.min(x0, f.x);
    y0 = Math.min(y0, f.y);
    x1 = Math.max(x1, f.x + f.width);
    y1 = Math.max(y1, f.y + f.height);
  }
  return { x: x0 - margin, y: y0 - margin, width: x1 - x0 + 2 * margin, height: y1 - y0 + 2 * margin };
}
