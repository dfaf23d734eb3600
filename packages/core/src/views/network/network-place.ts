import type { Adjacency } from '../../model/graph.js';

/** Vertical spacing of {@link placeComponent}. */
export interface PlaceSpacing {
  /** Space between two cards of a column, and between sibling frames. */
  gapY: number;
  /** Space inside a frame above its first row (its title goes there). */
  frameTop: number;
  /** Space inside a frame below its last row. */
  frameBottom: number;
}

/** The graph facts and the arrays {@link placeComponent} writes, indexed by node or frame. */
export interface PlaceState {
  layer: Int32Array;
  pos: Float64Array;
  height: Float64Array;
  frameOf: Int32Array;
  frameParent: Int32Array;
  frameDepth: Int32Array;
  pred: Adjacency;
  /** Out: node's y relative to the inside top of its group (frame, or the component). */
  relY: Float64Array;
  /** Out, per frame: y relative to its group, height, layer span, nesting level (1 = no frame inside). */
  frameRelY: Float64Array;
  frameHeight: Float64Array;
  frameMin: Int32Array;
  frameMax: Int32Array;
  frameLevel: Int32Array;
}

/**
 * Coordinate assignment for one component by skyline packing over the frame tree, innermost
 * frames first. Inside a group (a frame, or the component itself) its cards and child frames are
 * taken in crossing-reduction order (a frame by the mean position of its cards) and each is put
 * at the lowest y that is free in every column it spans, or level with its first predecessor in
 * the same group when that is lower still, so chains stay straight. Nothing can overlap: each item
 * raises the skyline of the columns it spans by its height and the gap. A frame spans the columns
 * of its cards, so frames nest and never cross. Returns the component's height. O(n log n + the
 * column spans of frames).
 */
export function placeComponent(
  nodes: readonly number[],
  layerCount: number,
  state: PlaceState,
  spacing: PlaceSpacing,
): { height: number; frames: number[] } {
  const { layer, pos, frameOf, frameParent, frameDepth } = state;
  const frames: number[] = [];
  const sum = new Map<number, number>();
  const count = new Map<number, number>();
  for (const n of nodes) {
    for (let f = frameOf[n]!; f >= 0; f = frameParent[f]!) {
      if (!sum.has(f)) {
        frames.push(f);
        sum.set(f, 0);
        count.set(f, 0);
        state.frameMin[f] = layer[n]!;
        state.frameMax[f] = layer[n]!;
        state.frameLevel[f] = 1;
      }
      sum.set(f, sum.get(f)! + pos[n]!);
      count.set(f, count.get(f)! + 1);
      if (layer[n]! < state.frameMin[f]!) state.frameMin[f] = layer[n]!;
      if (layer[n]! > state.frameMax[f]!) state.frameMax[f] = layer[n]!;
    }
  }
  const leaves = new Map<number, number[]>();
  const inner = new Map<number, number[]>();
  const push = (map: Map<number, number[]>, g: number, item: number): void => {
    const list = map.get(g);
    if (list) list.push(item);
    else map.set(g, [item]);
  };
  for (const n of nodes) push(leaves, frameOf[n]!, n);
  frames.sort((a, b) => frameDepth[b]! - frameDepth[a]! || a - b);
  for (const f of frames) push(inner, frameParent[f]!, f);
  const placed = new Set<number>();
  const group = (g: number, min: number, max: number): number => {
    // Items: cards as n ≥ 0, frames as −(f + 1), sorted by position.
    const items: number[] = [];
    for (const n of leaves.get(g) ?? []) items.push(n);
    for (const f of inner.get(g) ?? []) items.push(-(f + 1));
    const key = (item: number): number =>
      item >= 0 ? pos[item]! : sum.get(-item - 1)! / count.get(-item - 1)!;
    items.sort((a, b) => key(a) - key(b) || a - b);
    const sky = new Float64Array(max - min + 1);
    let bottom = 0;
    for (const item of items) {
      let from: number;
      let to: number;
      let h: number;
      let y = 0;
      if (item >= 0) {
        from = to = layer[item]! - min;
        h = state.height[item]!;
        y = sky[from]!;
        let desired = Number.POSITIVE_INFINITY;
        for (let k = state.pred.offsets[item]!; k < state.pred.offsets[item + 1]!; k++) {
          const p = state.pred.targets[k]!;
          if (placed.has(p) && frameOf[p] === g && state.relY[p]! < desired) desired = state.relY[p]!;
        }
        if (desired !== Number.POSITIVE_INFINITY && desired > y) y = desired;
        state.relY[item] = y;
        placed.add(item);
      } else {
        const f = -item - 1;
        from = state.frameMin[f]! - min;
        to = state.frameMax[f]! - min;
        h = state.frameHeight[f]!;
        for (let l = from; l <= to; l++) if (sky[l]! > y) y = sky[l]!;
        state.frameRelY[f] = y;
      }
      for (let l = from; l <= to; l++) sky[l] = y + h + spacing.gapY;
      if (y + h > bottom) bottom = y + h;
    }
    return bottom;
  };
  for (const f of frames) {
    const innerHeight = group(f, state.frameMin[f]!, state.frameMax[f]!);
    state.frameHeight[f] = spacing.frameTop + innerHeight + spacing.frameBottom;
    const p = frameParent[f]!;
    if (p >= 0 && state.frameLevel[p]! < state.frameLevel[f]! + 1)
      state.frameLevel[p] = state.frameLevel[f]! + 1;
  }
  const height = group(-1, 0, Math.max(0, layerCount - 1));
  return { height, frames };
}
