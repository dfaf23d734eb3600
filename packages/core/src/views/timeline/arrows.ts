/**
 * Orthogonal routes for dependency arrows. A link leaves its predecessor at the end its type
 * names and enters the successor at the other named end: FS leaves the finish and enters the
 * start, SS start→start, FF finish→finish, SF start→finish. Routes run in the gaps beside bars
 * and between rows, never through the two bars they join.
 */
import type { DependencyType } from '../../model/types.js';

/** The horizontal extent of a linked task's bar and the row it sits in. */
export interface ArrowEnd {
  /** Row index (display order). */
  readonly row: number;
  /** Left-to-right pixels of the bar's start and finish (equal for a milestone's instant). */
  readonly startX: number;
  readonly endX: number;
  /** The bar's visible left and right edges (a milestone's diamond is wider than its instant). */
  readonly left: number;
  readonly right: number;
}

/** Spacing of a route. */
export interface ArrowOptions {
  readonly rowHeight: number;
  /** The straight stub beside a bar before the first and after the last turn. Default 8. */
  readonly gap?: number;
}

/** A route: a polyline as flat `[x0, y0, x1, y1, …]` and the direction the head points. */
export interface ArrowRoute {
  readonly points: number[];
  /** `1`: the head points right (enters a start); `−1`: left (enters a finish). */
  readonly direction: 1 | -1;
}

/** Which ends a link type joins: `[leaves the predecessor's finish, enters the successor's start]`. */
export function linkEnds(type: DependencyType): readonly [fromFinish: boolean, toStart: boolean] {
  switch (type) {
    case 'FS':
      return [true, true];
    case 'SS':
      return [false, true];
    case 'FF':
      return [true, false];
    case 'SF':
      return [false, false];
  }
}

/** The link type a user means by dragging from one end of a bar to an end of another. */
export function linkTypeFor(fromFinish: boolean, toStart: boolean): DependencyType {
  if (fromFinish) return toStart ? 'FS' : 'FF';
  return toStart ? 'SS' : 'SF';
}

/**
 * The route of a `type` link from `from` to `to`. Three segments when the arrow can run forward
 * (out, across rows, in); five when the successor's entry lies behind the predecessor's exit, the
 * middle leg then running along the row boundary next to the predecessor's row, clear of bars.
 */
export function routeArrow(
  type: DependencyType,
  from: ArrowEnd,
  to: ArrowEnd,
  options: ArrowOptions,
): ArrowRoute {
  const gap = options.gap ?? 8;
  const h = options.rowHeight;
  const [fromFinish, toStart] = linkEnds(type);
  const out = fromFinish ? 1 : -1;
  const direction: 1 | -1 = toStart ? 1 : -1;
  const sx = fromFinish ? from.right : from.left;
  const tx = toStart ? to.left : to.right;
  const sy = from.row * h + h / 2;
  const ty = to.row * h + h / 2;
  const s1 = sx + out * gap;
  const t1 = tx - direction * gap;
  if (out !== direction) {
    // Same side (SS, FF): turn beyond whichever of the two ends sticks out further.
    const x = out > 0 ? Math.max(s1, t1) : Math.min(s1, t1);
    return { points: [sx, sy, x, sy, x, ty, tx, ty], direction };
  }
  if ((t1 - s1) * direction >= 0) {
    return { points: [sx, sy, s1, sy, s1, ty, tx, ty], direction };
  }
  const down = to.row >= from.row;
  const my = down ? (from.row + 1) * h : from.row * h;
  return { points: [sx, sy, s1, sy, s1, my, t1, my, t1, ty, tx, ty], direction };
}

/** An SVG path `d` for a route (`M x y L x y …`). */
export function routePath(route: ArrowRoute): string {
  const p = route.points;
  let d = `M${p[0]} ${p[1]}`;
  for (let i = 2; i < p.length; i += 2) d += `L${p[i]} ${p[i + 1]}`;
  return d;
}

/** The arrowhead triangle at the route's end, `size` px long, as an SVG `points` list. */
export function arrowHead(route: ArrowRoute, size = 6): string {
  const p = route.points;
  const x = p[p.length - 2] as number;
  const y = p[p.length - 1] as number;
  const back = x - route.direction * size;
  return `${x},${y} ${back},${y - size / 2} ${back},${y + size / 2}`;
}

/** The same route in a right-to-left view `total` px wide. */
export function mirrorRoute(route: ArrowRoute, total: number): ArrowRoute {
  const points = route.points.slice();
  for (let i = 0; i < points.length; i += 2) points[i] = total - (points[i] as number);
  return { points, direction: route.direction === 1 ? -1 : 1 };
}

/**
 * The arrowhead of {@link arrowHead} as a closed subpath (`M…L…L…Z`), so many heads can share one
 * SVG path: a view then draws every arrow of a kind with one node, whatever the number of links.
 */
export function arrowHeadPath(route: ArrowRoute, size = 6): string {
  const p = route.points;
  const x = p[p.length - 2] as number;
  const y = p[p.length - 1] as number;
  const back = x - route.direction * size;
  return `M${x} ${y}L${back} ${y - size / 2}L${back} ${y + size / 2}Z`;
}

/** The distance in px from `(x, y)` to the nearest point of a route's polyline (`Infinity` for an empty one). */
export function routeDistance(route: ArrowRoute, x: number, y: number): number {
  const p = route.points;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 3 < p.length; i += 2) {
    const ax = p[i] as number;
    const ay = p[i + 1] as number;
    const dx = (p[i + 2] as number) - ax;
    const dy = (p[i + 3] as number) - ay;
    const length2 = dx * dx + dy * dy;
    // Project onto the segment, clamped to its ends; a zero-length segment is its own end.
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
    const d = Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
    if (d < best) best = d;
  }
  return best;
}
