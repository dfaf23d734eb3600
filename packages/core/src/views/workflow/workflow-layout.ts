/** What {@link layoutWorkflow} lays out: the statuses in flow order and the transitions between them. */
export interface WorkflowLayoutInput {
  /** Node ids in flow order (left to right, or right to left with `rtl`). */
  nodes: readonly string[];
  edges: readonly { from: string; to: string }[];
  /** Size of a status box. Defaults 160 × 72. */
  nodeWidth?: number;
  nodeHeight?: number;
  /** Space between neighbouring boxes. Default 64. */
  gap?: number;
  /** Mirror the layout: the flow runs right to left. */
  rtl?: boolean;
}

/** A placed status box. */
export interface WorkflowBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A routed transition. */
export interface WorkflowRoute {
  from: string;
  to: string;
  /**
   * `forward` between neighbours (a straight line), `skip` forward past other statuses (over the
   * boxes), `back` to an earlier status (under the boxes, so rework never shares a path with flow).
   */
  kind: 'forward' | 'skip' | 'back';
  /** Orthogonal polyline, `[x0, y0, x1, y1, …]`, from the source box to the target box. */
  points: number[];
  /** Where its count goes: the middle of its longest horizontal run. */
  labelX: number;
  labelY: number;
}

/** The laid out flow. */
export interface WorkflowLayout {
  width: number;
  height: number;
  boxes: WorkflowBox[];
  routes: WorkflowRoute[];
}

/** Vertical distance between the lanes arcs run in. */
const LANE = 22;
/** Room from a box's edge to the first lane. */
const LEAD = 20;
/** Room around the whole drawing. */
const PAD = 12;
/** Spacing of the ports of several arcs that leave or enter one side of a box. */
const PORT = 10;

/**
 * Lays the statuses out in one row in flow order and routes each transition: a step to the next
 * status is a straight line between the boxes; one that skips statuses arcs over the row and one
 * that goes back arcs under it. Arcs of one side take lanes so that two whose spans overlap never
 * share one (interval colouring, shortest spans nearest the boxes), so no two arcs run along the
 * same line. Pure and deterministic: numbers in, numbers out. Edges naming an unknown node, or a
 * node itself, are left out.
 */
export function layoutWorkflow(input: WorkflowLayoutInput): WorkflowLayout {
  const w = input.nodeWidth ?? 160;
  const h = input.nodeHeight ?? 72;
  const gap = input.gap ?? 64;
  const place = new Map<string, number>();
  input.nodes.forEach((id, k) => {
    if (!place.has(id)) place.set(id, k);
  });
  const n = input.nodes.length;
  type Arc = { e: number; a: number; b: number; lo: number; hi: number; lane: number };
  const over: Arc[] = [];
  const under: Arc[] = [];
  const kinds: (WorkflowRoute['kind'] | undefined)[] = [];
  input.edges.forEach((edge, e) => {
    const a = place.get(edge.from);
    const b = place.get(edge.to);
    if (a === undefined || b === undefined || a === b) return;
    const kind = b === a + 1 ? 'forward' : b > a ? 'skip' : 'back';
    kinds[e] = kind;
    if (kind !== 'forward')
      (kind === 'skip' ? over : under).push({ e, a, b, lo: Math.min(a, b), hi: Math.max(a, b), lane: 0 });
  });
  const overLanes = assignLanes(over);
  const underLanes = assignLanes(under);
  const top = PAD + (overLanes > 0 ? LEAD + (overLanes - 1) * LANE + PAD : 0);
  const width = PAD * 2 + Math.max(0, n * w + (n - 1) * gap);
  const height = top + h + (underLanes > 0 ? LEAD + (underLanes - 1) * LANE + PAD : 0) + PAD;
  const left = (k: number): number => PAD + k * (w + gap);
  const mx = (x: number): number => (input.rtl ? width - x : x);

  const boxes = input.nodes.map((id, k) => ({
    id,
    x: mx(left(k) + (input.rtl ? w : 0)),
    y: top,
    width: w,
    height: h,
  }));
  // Ports: the arcs at one side of a box spread out from its middle, by lane.
  const routes: WorkflowRoute[] = [];
  input.edges.forEach((edge, e) => {
    const kind = kinds[e];
    if (kind === undefined) return;
    const a = place.get(edge.from) as number;
    const b = place.get(edge.to) as number;
    let points: number[];
    let labelX: number;
    let labelY: number;
    if (kind === 'forward') {
      const y = top + h / 2;
      const x0 = left(a) + w;
      const x1 = left(b);
      points = [x0, y, x1, y];
      labelX = (x0 + x1) / 2;
      labelY = y - 8;
    } else {
      const arc = (kind === 'skip' ? over : under).find((c) => c.e === e) as Arc;
      const up = kind === 'skip';
      const offset = Math.min(arc.lane * PORT, w / 2 - PORT);
      // Leaves from the end half of its box, arrives in the start half of the target (flow order).
      const x0 = up ? left(a) + w * 0.75 - offset : left(a) + w * 0.25 + offset;
      const x1 = up ? left(b) + w * 0.25 + offset : left(b) + w * 0.75 - offset;
      const edgeY = up ? top : top + h;
      const laneY = up ? top - LEAD - arc.lane * LANE : top + h + LEAD + arc.lane * LANE;
      points = [x0, edgeY, x0, laneY, x1, laneY, x1, edgeY];
      labelX = (x0 + x1) / 2;
      labelY = laneY + (up ? -5 : 13);
    }
    for (let i = 0; i < points.length; i += 2) points[i] = mx(points[i] as number);
    routes.push({ from: edge.from, to: edge.to, kind, points, labelX: mx(labelX), labelY });
  });
  return { width, height, boxes, routes };
}

/** Gives each arc the lowest lane free over its span, shortest spans first; returns the lanes used. */
function assignLanes(arcs: { lo: number; hi: number; lane: number; e: number }[]): number {
  const byLength = [...arcs].sort((p, q) => p.hi - p.lo - (q.hi - q.lo) || p.lo - q.lo || p.e - q.e);
  const lanes: { lo: number; hi: number }[][] = [];
  for (const arc of byLength) {
    let lane = 0;
    // Spans touching at a box still overlap there (both would run along the lane above it).
    while (lanes[lane]?.some((s) => s.lo <= arc.hi && arc.lo <= s.hi)) lane++;
    const taken = lanes[lane];
    if (taken) taken.push(arc);
    else lanes[lane] = [arc];
    arc.lane = lane;
  }
  return lanes.length;
}
