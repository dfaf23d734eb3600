import type { Project } from '@roadline/core';
import {
  layoutNetwork,
  type NetworkLayout,
  type NetworkNodeKind,
  type NetworkRoute,
  networkGraph,
  nodesInRect,
} from '@roadline/core/views/network';

/** Card sizes in CSS pixels at 100 %. */
export const CARD = { width: 208, height: 92 } as const;
export const DIAMOND = 56;

const size = (kind: NetworkNodeKind): { width: number; height: number } =>
  kind === 'milestone' ? { width: DIAMOND, height: DIAMOND } : CARD;

/**
 * The laid-out network of a store, recomputed only when the store's version, the collapsed
 * summaries or the writing direction change, each time from the previous layout so that an edit
 * moves only the part of the network it touched (core's `layoutNetwork`). In right-to-left the
 * flow runs from right to left: every x is mirrored once here, so the rest of the element works
 * in display coordinates.
 */
export class NetworkModel {
  private key:
    | { project: Project; version: number; collapsed: ReadonlySet<string>; rtl: boolean }
    | undefined;
  private base: NetworkLayout | undefined;
  private shown: NetworkLayout | undefined;
  private criticalIds = new Set<string>();
  /** Bumped whenever `layout` is a new object. */
  version = 0;

  layout(project: Project, collapsed: ReadonlySet<string>, rtl: boolean): NetworkLayout {
    const k = this.key;
    if (
      this.shown &&
      k &&
      k.project === project &&
      k.version === project.version &&
      k.collapsed === collapsed &&
      k.rtl === rtl
    )
      return this.shown;
    const graph = networkGraph(
      {
        id: project.settings.id,
        name: project.settings.name,
        tasks: project.tasks(),
        dependencies: project.dependencies(),
      },
      { collapsed, size },
    );
    const previous = k?.project === project ? this.base : undefined;
    this.base = layoutNetwork(graph, {}, previous);
    this.shown = rtl ? mirror(this.base) : this.base;
    this.key = { project, version: project.version, collapsed, rtl };
    this.criticalIds = critical(project, this.shown);
    this.version++;
    return this.shown;
  }

  /**
   * Indices of the cards meeting a display rectangle: columns are searched in the unmirrored
   * layout (where column `l` starts at `l · pitch`), so in right-to-left the x range flips first.
   */
  cardsIn(x0: number, y0: number, x1: number, y1: number, out: number[]): number[] {
    const base = this.base;
    if (!base || !this.shown) {
      out.length = 0;
      return out;
    }
    if (base === this.shown) return nodesInRect(base, x0, y0, x1, y1, out);
    return nodesInRect(base, base.width - x1, y0, base.width - x0, y1, out);
  }

  /** Ids of the cards on the critical path (total slack ≤ 0), as of the last layout. */
  get critical(): ReadonlySet<string> {
    return this.criticalIds;
  }

  /** Whether a route runs between two critical tasks. */
  criticalEdge(edge: NetworkRoute): boolean {
    return this.criticalIds.has(edge.from) && this.criticalIds.has(edge.to);
  }
}

function critical(project: Project, layout: NetworkLayout): Set<string> {
  const out = new Set<string>();
  const times = project.scheduledTimes();
  if (!times) return out;
  layout.nodes.forEach((node, i) => {
    if (node.kind === 'summary') return;
    const slot = times.slot(node.id, i);
    if (slot >= 0 && (times.totalSlack[slot] as number) <= 0) out.add(node.id);
  });
  return out;
}

/** The layout flipped left to right within its width (nodes, frames, routes). */
function mirror(layout: NetworkLayout): NetworkLayout {
  const w = layout.width;
  return {
    ...layout,
    nodes: layout.nodes.map((n) => ({ ...n, x: w - n.x - n.width })),
    frames: layout.frames.map((f) => ({ ...f, x: w - f.x - f.width })),
    edges: layout.edges.map((e) => ({
      ...e,
      points: e.points.map((v, i) => (i % 2 === 0 ? w - v : v)),
      labelX: w - e.labelX,
      minX: w - e.maxX,
      maxX: w - e.minX,
    })),
  };
}
