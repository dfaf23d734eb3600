import type { NetworkLayout } from '@roadline/core/views/network';

/** Theme colours a canvas needs, read from the element's tokens when the theme or layout changes. */
export interface CanvasColors {
  node: string;
  critical: string;
  edge: string;
  frame: string;
  selected: string;
  view: string;
}

/** Reads the colours from the element's private tokens (outside any render). */
export function readColors(style: CSSStyleDeclaration): CanvasColors {
  const get = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    node: get('--_node-border', '#5b6475'),
    critical: get('--_critical', '#d93f3f'),
    edge: get('--_edge', '#5b6475'),
    frame: get('--_frame', '#d9dde5'),
    selected: get('--_selected', '#2f6fed'),
    view: get('--_selected', '#2f6fed'),
  };
}

/**
 * Draws the whole network as boxes and lines at a transform: the overview shown instead of cards
 * when too many would be in view (zoomed far out), and the minimap. Cost O(n + e) per call.
 */
export function drawNetwork(
  context: CanvasRenderingContext2D,
  layout: NetworkLayout,
  transform: { scale: number; tx: number; ty: number },
  colors: CanvasColors,
  critical: ReadonlySet<string>,
  selected: ReadonlySet<string>,
  edges: boolean,
): void {
  const { scale, tx, ty } = transform;
  context.save();
  context.setTransform(scale, 0, 0, scale, tx, ty);
  context.lineWidth = 1 / scale;
  context.strokeStyle = colors.frame;
  for (const f of layout.frames) context.strokeRect(f.x, f.y, f.width, f.height);
  if (edges) {
    context.strokeStyle = colors.edge;
    context.beginPath();
    for (const e of layout.edges) {
      if (critical.has(e.from) && critical.has(e.to)) continue;
      const p = e.points;
      context.moveTo(p[0]!, p[1]!);
      for (let i = 2; i < p.length; i += 2) context.lineTo(p[i]!, p[i + 1]!);
    }
    context.stroke();
    context.strokeStyle = colors.critical;
    context.beginPath();
    for (const e of layout.edges) {
      if (!(critical.has(e.from) && critical.has(e.to))) continue;
      const p = e.points;
      context.moveTo(p[0]!, p[1]!);
      for (let i = 2; i < p.length; i += 2) context.lineTo(p[i]!, p[i + 1]!);
    }
    context.stroke();
  }
  for (const [color, pick] of [
    [colors.node, (id: string) => !critical.has(id) && !selected.has(id)],
    [colors.critical, (id: string) => critical.has(id) && !selected.has(id)],
    [colors.selected, (id: string) => selected.has(id)],
  ] as const) {
    context.fillStyle = color;
    for (const n of layout.nodes) if (pick(n.id)) context.fillRect(n.x, n.y, n.width, n.height);
  }
  context.restore();
}
