import type { StatusCategory, StatusHistory, StatusTransition } from '../model/types.js';
import { MINUTES_PER_DAY, parseWallTime } from '../time/wall-time.js';
import { countsTask, keptSteps, statusTally } from './status-steps.js';
import { ACTIVE, BLOCKED, type AnalyticsFrame } from './types.js';

/** A status of the flow. */
export interface WorkflowNode {
  /** The status id; `''` for items with no status or one the project does not define. */
  id: string;
  label: string;
  color: string | undefined;
  category: StatusCategory;
  /** Counted leaf items in it now. */
  count: number;
  /** Its WIP limit, when one was given. */
  limit: number | undefined;
  overLimit: boolean;
  /**
   * Days the items in it now have waited there, summed: each since it last entered the status,
   * or since the history began when it has been there all along (so a lower bound).
   */
  waiting: number;
  /** `waiting / count`: how long an item there has waited on average (0 when empty). */
  meanAge: number;
}

/** A transition items took, from one status to another. */
export interface WorkflowEdge {
  from: string;
  to: string;
  /** How many times an item took it (undone steps left out). */
  count: number;
  /** It goes back: to a status earlier in the flow's order (rework, reopening). */
  back: boolean;
}

/** The statuses as a flow: nodes in the project's order, the transitions taken, the bottleneck. */
export interface Workflow {
  nodes: WorkflowNode[];
  /** By `from`, then `to`, in node order. */
  edges: WorkflowEdge[];
  /**
   * The status where work piles up now, or `undefined` when no work is in progress. Only
   * statuses of work in progress count (category `active` or `blocked`: waiting in a backlog or
   * being done is no bottleneck). A status over its WIP limit comes first (the most over it, as
   * a ratio); otherwise the one whose items have waited longest in all (`waiting`, item-days:
   * many items or long waits), ties going to more items, then to the earlier status.
   */
  bottleneck: string | undefined;
  /** When the history began (`StatusHistory.since`); ages and edges reach no further back. */
  since: string | undefined;
}

/** Options of {@link workflow}. */
export interface WorkflowOptions {
  /** The store's history (`project.statusHistory()`); without it, no edges and ages from `frame.today`. */
  history?: StatusHistory | undefined;
  /** Status id → the most items it should hold, as `rl-board` takes them. */
  wipLimits?: Readonly<Record<string, number>> | undefined;
}

const EMPTY: StatusHistory = { since: '', transitions: [] };

/**
 * The statuses of a project as a flow, from the frame (what is where now) and the store's status
 * history (which transitions items took, and since when they wait). One pass over the history
 * and two over the tasks (the counts, then the waits).
 */
export function workflow(frame: AnalyticsFrame, options: WorkflowOptions = {}): Workflow {
  const history = options.history ?? EMPTY;
  const statuses = frame.source.statuses ?? [];
  const { none, indexOf, counts } = statusTally(frame);
  const waiting = new Float64Array(none + 1);

  const transitions = history.transitions;
  const kept = keptSteps(transitions);
  const counts_ = countsTask(frame, history);
  // Edges and, per task, when it last entered the status it is in (the latest kept step).
  const edgeCounts = new Map<number, number>();
  const entered = new Map<string, StatusTransition>();
  for (let k = 0; k < transitions.length; k++) {
    if (kept[k] !== 1) continue;
    const t = transitions[k] as StatusTransition;
    entered.set(t.task, t);
    if (t.from === null || t.to === null || !counts_(t.task)) continue;
    const key = indexOf(t.from) * (none + 1) + indexOf(t.to);
    // Two undefined statuses both map to "none": a step between them is no edge.
    if (indexOf(t.from) === indexOf(t.to)) continue;
    edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
  }

  const since = parseWallTime(history.since);
  const today = frame.today;
  for (let i = 0; i < frame.tasks.length; i++) {
    if (frame.leaf[i] !== 1) continue;
    const s = frame.status[i] as number;
    const k = s < 0 ? none : s;
    const last = entered.get(frame.ids[i] as string);
    const from = last !== undefined && last.to !== null ? parseWallTime(last.at) : since;
    const age = from === undefined ? 0 : Math.max(0, today - from) / MINUTES_PER_DAY;
    waiting[k] = (waiting[k] as number) + age;
  }

  const nodes: WorkflowNode[] = statuses.map((s, k) => node(s.id, s.label, s.color, s.category, k));
  if ((counts[none] as number) > 0 || [...edgeCounts.keys()].some((key) => touches(key, none))) {
    nodes.push(node('', 'No status', undefined, 'todo', none));
  }
  function node(
    id: string,
    label: string,
    color: string | undefined,
    category: StatusCategory,
    k: number,
  ): WorkflowNode {
    const count = counts[k] as number;
    const limit = options.wipLimits?.[id];
    const w = waiting[k] as number;
    return {
      id,
      label,
      color,
      category,
      count,
      limit,
      overLimit: limit !== undefined && count > limit,
      waiting: w,
      meanAge: count > 0 ? w / count : 0,
    };
  }
  function touches(key: number, k: number): boolean {
    return Math.floor(key / (none + 1)) === k || key % (none + 1) === k;
  }

  const edges: WorkflowEdge[] = [...edgeCounts]
    .sort(([a], [b]) => a - b)
    .map(([key, count]) => {
      const a = Math.floor(key / (none + 1));
      const b = key % (none + 1);
      return { from: idAt(a), to: idAt(b), count, back: b < a };
    });
  function idAt(k: number): string {
    return k === none ? '' : (statuses[k]?.id ?? '');
  }

  return {
    nodes,
    edges,
    bottleneck: bottleneckOf(nodes),
    since: history === EMPTY ? undefined : history.since,
  };
}

function bottleneckOf(nodes: readonly WorkflowNode[]): string | undefined {
  let best: WorkflowNode | undefined;
  let bestOver = 0;
  for (const n of nodes) {
    if (n.count === 0 || !(n.category === CATEGORY[ACTIVE] || n.category === CATEGORY[BLOCKED])) continue;
    const over = n.overLimit && n.limit !== undefined ? n.count / Math.max(n.limit, 0.5) : 0;
    if (
      best === undefined ||
      over > bestOver ||
      (over === bestOver &&
        (n.waiting > best.waiting || (n.waiting === best.waiting && n.count > best.count)))
    ) {
      best = n;
      bestOver = over;
    }
  }
  return best?.id;
}

const CATEGORY: Record<number, StatusCategory> = { [ACTIVE]: 'active', [BLOCKED]: 'blocked' };
