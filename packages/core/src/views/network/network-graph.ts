import type { DependencyType, DurationUnit, ProjectData } from '../../model/types.js';

/** What a node of the network stands for: a task, a milestone, or a collapsed summary. */
export type NetworkNodeKind = 'task' | 'milestone' | 'summary';

/** A node to lay out: a visible task (or collapsed summary) and the size its card takes. */
export interface NetworkNodeInput {
  id: string;
  kind: NetworkNodeKind;
  /** The expanded summary whose frame it is drawn inside, if any. */
  frame?: string | undefined;
  width: number;
  height: number;
}

/** An expanded summary: drawn as a frame around its visible descendants. */
export interface NetworkFrameInput {
  id: string;
  /** The expanded summary whose frame holds this one, if any. */
  parent?: string | undefined;
}

/**
 * A link to draw. `from` and `to` are node or frame ids; a link between hidden tasks of collapsed
 * summaries is carried by the summaries' nodes, and such links between the same two ends merge
 * into one edge that lists every dependency id.
 */
export interface NetworkEdgeInput {
  ids: string[];
  from: string;
  to: string;
  type: DependencyType;
  lag: number;
  lagUnit: DurationUnit | undefined;
}

/** The graph {@link layoutNetwork} lays out. Node order is the tie-breaker everywhere (data order). */
export interface NetworkGraph {
  nodes: NetworkNodeInput[];
  frames: NetworkFrameInput[];
  edges: NetworkEdgeInput[];
}

/** Options of {@link networkGraph}. */
export interface NetworkGraphOptions {
  /** Summary ids shown as one node instead of a frame around their children. */
  collapsed?: ReadonlySet<string> | undefined;
  /** The card size of a node of this kind. */
  size: (kind: NetworkNodeKind) => { width: number; height: number };
}

/**
 * The network graph of a project: a node per visible leaf task and per collapsed summary, a frame
 * per expanded summary, an edge per link between visible ends. A task inside a collapsed summary
 * is represented by the topmost collapsed ancestor; links inside one representative are dropped,
 * and a link between a summary and its own descendant (it has no direction in a flow) too.
 */
export function networkGraph(data: Readonly<ProjectData>, options: NetworkGraphOptions): NetworkGraph {
  const tasks = data.tasks;
  const index = new Map<string, number>();
  for (let i = 0; i < tasks.length; i++) index.set(tasks[i]!.id, i);
  const parent = new Int32Array(tasks.length).fill(-1);
  const hasChildren = new Uint8Array(tasks.length);
  for (let i = 0; i < tasks.length; i++) {
    const p = tasks[i]!.parentId;
    const pi = p === undefined ? undefined : index.get(p);
    if (pi !== undefined && pi !== i) {
      parent[i] = pi;
      hasChildren[pi] = 1;
    }
  }
  const collapsed = options.collapsed;
  // rep[i]: the visible element standing for task i (itself, or its topmost collapsed ancestor).
  const rep = new Int32Array(tasks.length).fill(-2);
  const chain: number[] = [];
  for (let i = 0; i < tasks.length; i++) {
    if (rep[i] !== -2) continue;
    chain.length = 0;
    let at = i;
    while (at >= 0 && rep[at] === -2 && chain.length <= tasks.length) {
      chain.push(at);
      at = parent[at]!;
    }
    let above = at >= 0 ? rep[at]! : -1; // representative of the first resolved ancestor, -1 none
    let aboveHidden = at >= 0 && (rep[at] !== at || isCollapsed(at));
    for (let k = chain.length - 1; k >= 0; k--) {
      const t = chain[k]!;
      if (aboveHidden) rep[t] = above;
      else {
        rep[t] = t;
        above = t;
        aboveHidden = isCollapsed(t);
      }
    }
  }
  function isCollapsed(t: number): boolean {
    return hasChildren[t] === 1 && collapsed !== undefined && collapsed.has(tasks[t]!.id);
  }
  const nodes: NetworkNodeInput[] = [];
  const frames: NetworkFrameInput[] = [];
  const frameParent = (t: number): string | undefined =>
    parent[t]! >= 0 ? tasks[parent[t]!]!.id : undefined;
  for (let i = 0; i < tasks.length; i++) {
    if (rep[i] !== i) continue;
    const task = tasks[i]!;
    if (hasChildren[i] === 1 && !isCollapsed(i)) {
      frames.push({ id: task.id, parent: frameParent(i) });
      continue;
    }
    const kind: NetworkNodeKind =
      hasChildren[i] === 1 ? 'summary' : task.type === 'milestone' ? 'milestone' : 'task';
    const { width, height } = options.size(kind);
    nodes.push({ id: task.id, kind, frame: frameParent(i), width, height });
  }
  const edges: NetworkEdgeInput[] = [];
  const byEnds = new Map<string, NetworkEdgeInput>();
  for (const dep of data.dependencies ?? []) {
    const f = index.get(dep.from);
    const t = index.get(dep.to);
    if (f === undefined || t === undefined) continue;
    const rf = rep[f]!;
    const rt = rep[t]!;
    if (rf === rt || isAncestor(parent, rf, rt) || isAncestor(parent, rt, rf)) continue;
    const from = tasks[rf]!.id;
    const to = tasks[rt]!.id;
    const key = `${from}\u0000${to}`;
    const known = byEnds.get(key);
    if (known) {
      known.ids.push(dep.id);
      continue;
    }
    const edge: NetworkEdgeInput = {
      ids: [dep.id],
      from,
      to,
      type: dep.type ?? 'FS',
      lag: dep.lag ?? 0,
      lagUnit: dep.lagUnit,
    };
    byEnds.set(key, edge);
    edges.push(edge);
  }
  return { nodes, frames, edges };
}

function isAncestor(parent: Int32Array, ancestor: number, of: number): boolean {
  let at = parent[of]!;
  for (let guard = 0; at >= 0 && guard < parent.length; guard++) {
    if (at === ancestor) return true;
    at = parent[at]!;
  }
  return false;
}
