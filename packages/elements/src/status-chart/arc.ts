/**
 * The SVG path of a donut slice from angle `a0` to `a1` (radians, clockwise from 12 o'clock)
 * between radii `inner` and `outer` around (`cx`, `cy`). A full turn is drawn as two halves, since
 * one arc cannot start and end on the same point. A few lines of trigonometry instead of d3-shape.
 */
export function donutArc(
  cx: number,
  cy: number,
  outer: number,
  inner: number,
  a0: number,
  a1: number,
): string {
  const span = a1 - a0;
  if (span >= Math.PI * 2 - 1e-9) {
    const mid = a0 + Math.PI;
    return `${donutArc(cx, cy, outer, inner, a0, mid)} ${donutArc(cx, cy, outer, inner, mid, a0 + Math.PI * 2)}`;
  }
  const large = span > Math.PI ? 1 : 0;
  const point = (r: number, a: number): string =>
    `${round(cx + r * Math.sin(a))} ${round(cy - r * Math.cos(a))}`;
  return [
    `M${point(outer, a0)}`,
    `A${outer} ${outer} 0 ${large} 1 ${point(outer, a1)}`,
    `L${point(inner, a1)}`,
    `A${inner} ${inner} 0 ${large} 0 ${point(inner, a0)}`,
    'Z',
  ].join(' ');
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
