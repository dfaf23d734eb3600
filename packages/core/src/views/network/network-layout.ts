import { buildAdjacency } from '../../model/graph.js';
import type { DependencyType, DurationUnit } from '../../model/types.js';
import { componentLists, UnionFind } from './network-components.js';
import type { NetworkGraph, NetworkNodeKind } from './network-graph.js';
import { longestPathLayers } from './network-layers.js';
import { orderComponent } from './network-order.js';
import { type PlaceState, placeComponent } from './network-place.js';
import { routeEdge, type RouteEnd, type RouteGrid } from './network-routes.js';

/** Spacing of {@link layoutNetwork}, in the units of the node sizes (CSS pixels in the element). */
export interface NetworkLayoutOptions {
  /** Space between two columns, where links turn. Default 96. */
  gapX?: number;
  /** Space between two cards of a column. Default 24. */
  gapY?: number;
  /** Room a frame takes around its cards on the left and right, per nesting level. Default 8. */
  framePad?: number;
  /** Room inside a frame above its cards, for its title. Default 28. */
  frameTop?: number;
  /** Room inside a frame below its cards. Default 8. */
  frameBottom?: number;
  /** Space between two unconnected parts of the network. Default 48. */
  componentGap?: number;
  /** Crossing-reduction sweeps. Default 6. */
  passes?: number;
}

/** A laid-out card. */
export interface NetworkNodeBox {
  id: string;
  kind: NetworkNodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Column, counted from 0 at the left. */
  layer: number;
  /** The expanded summary it is drawn inside, if any. */
  frame: string | undefined;
  /** The connected part of the network it belongs to. */
  component: number;
}

/** A laid-out summary frame. `depth` 0 is a top-level frame. */
export interface NetworkFrameBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
}

/** A routed link: flat `[x0, y0, x1, y1, …]` orthogonal points, its label spot and bounding box. */
export interface NetworkRoute {
  ids: string[];
  from: string;
  to: string;
  type: DependencyType;
  lag: number;
  lagUnit: DurationUnit | undefined;
  points: number[];
  labelX: number;
  labelY: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Per component, what a later layout reuses when the component did not change. */
interface ComponentMemo {
  top: number;
  height: number;
  /** Node id → y within the component; frame id → [y, height, first, last, level]. */
  nodeY: Map<string, number>;
  frames: Map<string, [number, number, number, number, number]>;
}

/** Opaque: what {@link layoutNetwork} keeps for the next layout of an edited graph. */
export interface NetworkMemo {
  readonly options: string;
  readonly bySignature: Map<string, ComponentMemo>;
  /** Node id → top of the component it was in. */
  readonly topOf: Map<string, number>;
}

/** What {@link layoutNetwork} computes. */
export interface NetworkLayout {
  nodes: NetworkNodeBox[];
  frames: NetworkFrameBox[];
  edges: NetworkRoute[];
  /** Node id → index in `nodes`; frame id → index in `frames`. */
  index: Map<string, number>;
  frameIndex: Map<string, number>;
  /** Per column, node indices by increasing y: for viewport queries. */
  columns: Int32Array[];
  /** Left x of column `l` is `l · pitch`. */
  pitch: number;
  columnWidth: number;
  width: number;
  height: number;
  memo: NetworkMemo;
}

const DEFAULTS: Required<NetworkLayoutOptions> = {
  gapX: 96,
  gapY: 24,
  framePad: 8,
  frameTop: 28,
  frameBottom: 8,
  componentGap: 48,
  passes: 6,
};

/**
 * Lays a network out left to right (activity on node). Longest-path layering puts every
 * predecessor in a column left of its successors; barycenter sweeps order each column; skyline
 * packing over the frame tree places cards and summary frames without overlap; links are routed
 * orthogonally through the column gaps along lanes free of cards. A link to or from an expanded
 * summary constrains every card in its frame, so the frame sits wholly after (before) the other end.
 *
 * Each connected part (a top-level frame counts as connected) is laid out on its own from its own
 * nodes and links, so output is deterministic and, given the `previous` layout, a part whose nodes,
 * sizes, frames and links are unchanged keeps its shape exactly, and every part keeps its previous
 * top unless the part above grew into it: an edit moves the cards of the edited part, and below it
 * at most shifts the other parts down by one common offset. Near-linear: O((n + e) · passes + n log n).
 */
export function layoutNetwork(
  graph: Readonly<NetworkGraph>,
  options: NetworkLayoutOptions = {},
  previous?: NetworkLayout,
): NetworkLayout {
  const opt = { ...DEFAULTS, ...options };
  const optionsKey = JSON.stringify(opt);
  const prev = previous && previous.memo.options === optionsKey ? previous.memo : undefined;
  const n = graph.nodes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(graph.nodes[i]!.id, i);
  const frameIndex = new Map<string, number>();
  for (let f = 0; f < graph.frames.length; f++) frameIndex.set(graph.frames[f]!.id, f);
  const fc = graph.frames.length;
  const frameParent = new Int32Array(fc);
  for (let f = 0; f < fc; f++) frameParent[f] = frameIndex.get(graph.frames[f]!.parent ?? '') ?? -1;
  const frameDepth = new Int32Array(fc);
  for (let f = 0; f < fc; f++) {
    let d = 0;
    for (let p = frameParent[f]!; p >= 0 && d <= fc; p = frameParent[p]!) d++;
    frameDepth[f] = d;
  }
  const frameOf = new Int32Array(n);
  const height = new Float64Array(n);
  let columnWidth = 0;
  for (let i = 0; i < n; i++) {
    const node = graph.nodes[i]!;
    frameOf[i] = node.frame === undefined ? -1 : (frameIndex.get(node.frame) ?? -1);
    height[i] = node.height;
    if (node.width > columnWidth) columnWidth = node.width;
  }
  const members: number[][] = Array.from({ length: fc }, () => []);
  for (let i = 0; i < n; i++) {
    for (let f = frameOf[i]!, d = 0; f >= 0 && d <= fc; f = frameParent[f]!, d++) members[f]!.push(i);
  }
  const ends = (id: string): number[] | undefined => {
    const node = index.get(id);
    if (node !== undefined) return [node];
    const frame = frameIndex.get(id);
    return frame === undefined ? undefined : members[frame];
  };
  // Layering pairs: a frame end stands for every card in it.
  const from: number[] = [];
  const to: number[] = [];
  const drawn: boolean[] = [];
  for (const edge of graph.edges) {
    const a = ends(edge.from);
    const b = ends(edge.to);
    let ok = a !== undefined && b !== undefined && a.length > 0 && b.length > 0;
    if (ok) ok = !overlaps(a!, b!); // a self link, or a frame and something inside it
    drawn.push(ok);
    if (!ok) continue;
    for (const x of a!)
      for (const y of b!) {
        from.push(x);
        to.push(y);
      }
  }
  const succ = buildAdjacency(n, from, to);
  const pred = buildAdjacency(n, to, from);
  const layer = longestPathLayers(n, succ);
  const sets = new UnionFind(n);
  for (let k = 0; k < from.length; k++) sets.union(from[k]!, to[k]!);
  for (let f = 0; f < fc; f++)
    if (frameParent[f] === -1) for (const m of members[f]!) sets.union(members[f]![0]!, m);
  const { of: componentOf, lists } = componentLists(n, sets);
  const pairsOf: number[][] = lists.map(() => []);
  for (let k = 0; k < from.length; k++) pairsOf[componentOf[from[k]!]!]!.push(k);

  const state: PlaceState = {
    layer,
    pos: new Float64Array(n),
    height,
    frameOf,
    frameParent,
    frameDepth,
    pred,
    relY: new Float64Array(n),
    frameRelY: new Float64Array(fc),
    frameHeight: new Float64Array(fc),
    frameMin: new Int32Array(fc),
    frameMax: new Int32Array(fc),
    frameLevel: new Int32Array(fc),
  };
  const cy = new Float64Array(n); // y within the component
  const fcy = new Float64Array(fc);
  const scratch = new Float64Array(n);
  const memo: NetworkMemo = { options: optionsKey, bySignature: new Map(), topOf: new Map() };
  const heights: number[] = [];
  const signatures: string[] = [];
  for (let c = 0; c < lists.length; c++) {
    const list = lists[c]!;
    const signature = signatureOf(graph, list, pairsOf[c]!, from, to, frameOf, frameParent);
    signatures.push(signature);
    const known = prev?.bySignature.get(signature);
    const record: ComponentMemo = known
      ? { top: 0, height: known.height, nodeY: known.nodeY, frames: known.frames }
      : layOutComponent(graph, list, state, opt, succ, pred, cy, fcy, scratch);
    if (known) {
      for (const i of list) cy[i] = known.nodeY.get(graph.nodes[i]!.id)!;
      for (const [id, [y, h, first, last, level]] of known.frames) {
        const f = frameIndex.get(id)!;
        fcy[f] = y;
        state.frameHeight[f] = h;
        state.frameMin[f] = first;
        state.frameMax[f] = last;
        state.frameLevel[f] = level;
      }
    }
    heights.push(record.height);
    memo.bySignature.set(signature, record);
  }
  // Stack the parts: previous order and tops where known, new parts after, in data order.
  const wanted = lists.map((list) => {
    let top = Number.POSITIVE_INFINITY;
    if (prev) for (const i of list) top = Math.min(top, prev.topOf.get(graph.nodes[i]!.id) ?? top);
    return top;
  });
  const stackOrder = lists.map((_, c) => c).sort((a, b) => wanted[a]! - wanted[b]! || a - b);
  const tops = new Float64Array(lists.length);
  let cursor = 0;
  for (const c of stackOrder) {
    const top = Number.isFinite(wanted[c]!) ? Math.max(wanted[c]!, cursor) : cursor;
    tops[c] = top;
    cursor = top + heights[c]! + opt.componentGap;
    const record = memo.bySignature.get(signatures[c]!)!;
    record.top = top;
    for (const i of lists[c]!) memo.topOf.set(graph.nodes[i]!.id, top);
  }
  const pitch = columnWidth + opt.gapX;
  let maxLayer = 0;
  const nodes: NetworkNodeBox[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const node = graph.nodes[i]!;
    const c = componentOf[i]!;
    if (layer[i]! > maxLayer) maxLayer = layer[i]!;
    nodes[i] = {
      id: node.id,
      kind: node.kind,
      x: layer[i]! * pitch + (columnWidth - node.width) / 2,
      y: tops[c]! + cy[i]!,
      width: node.width,
      height: node.height,
      layer: layer[i]!,
      frame: node.frame,
      component: c,
    };
  }
  const frameTopOf = new Float64Array(fc);
  for (let i = 0; i < n; i++)
    for (let f = frameOf[i]!, d = 0; f >= 0 && d <= fc; f = frameParent[f]!, d++)
      frameTopOf[f] = tops[componentOf[i]!]!;
  let maxLevel = 0;
  const frames: NetworkFrameBox[] = graph.frames.map((frame, f) => {
    const level = state.frameLevel[f]!;
    if (level > maxLevel) maxLevel = level;
    const left = state.frameMin[f]! * pitch - opt.framePad * level;
    return {
      id: frame.id,
      x: left,
      y: frameTopOf[f]! + fcy[f]!,
      width: state.frameMax[f]! * pitch + columnWidth + opt.framePad * level - left,
      height: state.frameHeight[f]!,
      depth: frameDepth[f]!,
    };
  });
  const columns = columnsOf(nodes, maxLayer + (n > 0 ? 1 : 0));
  const grid: RouteGrid = {
    pitch,
    columnWidth,
    frameMargin: opt.framePad * maxLevel,
    tops: columns.map((col) => Float64Array.from(col, (i) => nodes[i]!.y)),
    bottoms: columns.map((col) => Float64Array.from(col, (i) => nodes[i]!.y + nodes[i]!.height)),
  };
  const rank = new Int32Array(n);
  for (const col of columns) for (let k = 0; k < col.length; k++) rank[col[k]!] = k;
  const edges = routeAll(
    graph,
    drawn,
    nodes,
    frames,
    index,
    frameIndex,
    state,
    rank,
    tops,
    componentOf,
    members,
    grid,
    opt,
  );
  return {
    nodes,
    frames,
    edges,
    index,
    frameIndex,
    columns,
    pitch,
    columnWidth,
    width: n > 0 ? maxLayer * pitch + columnWidth : 0,
    height: n > 0 ? cursor - opt.componentGap : 0,
    memo,
  };
}

function layOutComponent(
  graph: Readonly<NetworkGraph>,
  list: number[],
  state: PlaceState,
  opt: Required<NetworkLayoutOptions>,
  succ: ReturnType<typeof buildAdjacency>,
  pred: ReturnType<typeof buildAdjacency>,
  cy: Float64Array,
  fcy: Float64Array,
  scratch: Float64Array,
): ComponentMemo {
  const layers = orderComponent(list, state.layer, succ, pred, state.pos, opt.passes, scratch);
  const { height, frames } = placeComponent(list, layers.length, state, {
    gapY: opt.gapY,
    frameTop: opt.frameTop,
    frameBottom: opt.frameBottom,
  });
  const byDepth = frames.slice().sort((a, b) => state.frameDepth[a]! - state.frameDepth[b]! || a - b);
  const memoFrames = new Map<string, [number, number, number, number, number]>();
  for (const f of byDepth) {
    const p = state.frameParent[f]!;
    fcy[f] = (p >= 0 ? fcy[p]! + opt.frameTop : 0) + state.frameRelY[f]!;
    memoFrames.set(graph.frames[f]!.id, [
      fcy[f]!,
      state.frameHeight[f]!,
      state.frameMin[f]!,
      state.frameMax[f]!,
      state.frameLevel[f]!,
    ]);
  }
  const nodeY = new Map<string, number>();
  for (const i of list) {
    const f = state.frameOf[i]!;
    cy[i] = (f >= 0 ? fcy[f]! + opt.frameTop : 0) + state.relY[i]!;
    nodeY.set(graph.nodes[i]!.id, cy[i]!);
  }
  return { top: 0, height, nodeY, frames: memoFrames };
}

/** What a component's shape depends on: its nodes (ids, sizes, frames), frame nesting and links. */
function signatureOf(
  graph: Readonly<NetworkGraph>,
  list: readonly number[],
  pairs: readonly number[],
  from: readonly number[],
  to: readonly number[],
  frameOf: Int32Array,
  frameParent: Int32Array,
): string {
  const parts: string[] = [];
  const frames = new Set<number>();
  for (const i of list) {
    const node = graph.nodes[i]!;
    parts.push(
      `${node.id}\u0001${node.width}\u0001${node.height}\u0001${frameOf[i]! >= 0 ? node.frame : ''}`,
    );
    for (let f = frameOf[i]!; f >= 0 && !frames.has(f); f = frameParent[f]!) frames.add(f);
  }
  for (const f of [...frames].sort((a, b) => a - b)) {
    const p = frameParent[f]!;
    parts.push(`${graph.frames[f]!.id}\u0002${p >= 0 ? graph.frames[p]!.id : ''}`);
  }
  for (const k of pairs) parts.push(`${graph.nodes[from[k]!]!.id}\u0003${graph.nodes[to[k]!]!.id}`);
  return parts.join('\u0000');
}

/** Whether two lists of card indices share one; the shorter list is scanned against a set of the longer. */
function overlaps(a: readonly number[], b: readonly number[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1) return long.includes(short[0]!);
  const set = new Set(long);
  return short.some((x) => set.has(x));
}

function columnsOf(nodes: readonly NetworkNodeBox[], count: number): Int32Array[] {
  const lists: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < nodes.length; i++) lists[nodes[i]!.layer]!.push(i);
  return lists.map((list) => Int32Array.from(list.sort((a, b) => nodes[a]!.y - nodes[b]!.y || a - b)));
}

function routeAll(
  graph: Readonly<NetworkGraph>,
  drawn: readonly boolean[],
  nodes: readonly NetworkNodeBox[],
  frames: readonly NetworkFrameBox[],
  index: Map<string, number>,
  frameIndex: Map<string, number>,
  state: PlaceState,
  rank: Int32Array,
  tops: Float64Array,
  componentOf: Int32Array,
  members: number[][],
  grid: RouteGrid,
  opt: Required<NetworkLayoutOptions>,
): NetworkRoute[] {
  // Ends are numbered: card i is i, frame f is n + f.
  const n = nodes.length;
  const endIndex = (id: string): number => index.get(id) ?? n + frameIndex.get(id)!;
  const boxes: (RouteEnd | undefined)[] = new Array(n + frames.length);
  const end = (e: number): RouteEnd => {
    let box = boxes[e];
    if (box) return box;
    if (e < n) {
      const b = nodes[e]!;
      box = {
        x: b.x,
        y: b.y,
        width: b.width,
        height: b.height,
        first: b.layer,
        last: b.layer,
        point: b.kind === 'milestone',
      };
    } else {
      const f = e - n;
      const b = frames[f]!;
      box = {
        x: b.x,
        y: b.y,
        width: b.width,
        height: b.height,
        first: state.frameMin[f]!,
        last: state.frameMax[f]!,
        point: true,
      };
    }
    boxes[e] = box;
    return box;
  };
  const rankOf = (e: number): number => (e < n ? rank[e]! : e - n);
  const componentTop = (e: number): number => tops[componentOf[e < n ? e : members[e - n]![0]!]!]!;
  const kept = graph.edges.filter((_, k) => drawn[k]);
  const m = kept.length;
  const fromEnd = new Int32Array(m);
  const toEnd = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    fromEnd[k] = endIndex(kept[k]!.from);
    toEnd[k] = endIndex(kept[k]!.to);
  }
  const mid = new Float64Array(n + frames.length);
  for (let k = 0; k < m; k++) {
    for (const e of [fromEnd[k]!, toEnd[k]!]) {
      const box = end(e);
      mid[e] = box.y + box.height / 2;
    }
  }
  // Ports: a card's outgoing links spread down its right side by their targets' heights, its
  // incoming ones down its left side by their sources' heights, so they leave without crossing.
  const exitY = new Float64Array(m);
  const entryY = new Float64Array(m);
  const spread = (at: Int32Array, other: Int32Array, out: Float64Array): void => {
    const offsets = new Int32Array(n + frames.length + 1);
    for (let k = 0; k < m; k++) offsets[at[k]! + 1]!++;
    for (let e = 0; e < n + frames.length; e++) offsets[e + 1]! += offsets[e]!;
    const fill = offsets.slice(0, -1);
    const order = new Int32Array(m);
    for (let k = 0; k < m; k++) order[fill[at[k]!]!++] = k;
    for (let e = 0; e < n + frames.length; e++) {
      const lo = offsets[e]!;
      const count = offsets[e + 1]! - lo;
      if (count === 0) continue;
      const list = order.subarray(lo, lo + count);
      if (count > 1) list.sort((a, b) => mid[other[a]!]! - mid[other[b]!]! || a - b);
      const box = end(e);
      for (let j = 0; j < count; j++) {
        out[list[j]!] = box.point ? mid[e]! : box.y + (box.height * (j + 1)) / (count + 1);
      }
    }
  };
  spread(fromEnd, toEnd, exitY);
  spread(toEnd, fromEnd, entryY);
  return kept.map((edge, k) => {
    const a = fromEnd[k]!;
    const b = toEnd[k]!;
    const points = routeEdge(
      grid,
      end(a),
      end(b),
      exitY[k]!,
      entryY[k]!,
      rankOf(a),
      rankOf(b),
      componentTop(a) - opt.componentGap / 2,
    );
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (let p = 0; p < points.length; p += 2) {
      minX = Math.min(minX, points[p]!);
      maxX = Math.max(maxX, points[p]!);
      minY = Math.min(minY, points[p + 1]!);
      maxY = Math.max(maxY, points[p + 1]!);
    }
    const last = points.length;
    return {
      ids: edge.ids,
      from: edge.from,
      to: edge.to,
      type: edge.type,
      lag: edge.lag,
      lagUnit: edge.lagUnit,
      points,
      labelX: (points[last - 4]! + points[last - 2]!) / 2,
      labelY: points[last - 1]!,
      minX,
      minY,
      maxX,
      maxY,
    };
  });
}
