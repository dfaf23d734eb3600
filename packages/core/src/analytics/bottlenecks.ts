import type { WorkCalendar } from '../time/calendar.js';
import { linksOf } from './links.js';
import { TopK } from './top.js';
import { DONE, type AnalyticsFrame } from './types.js';

/** A task whose delay would hold up other work. */
export interface Bottleneck {
  id: string;
  name: string;
  /** Total slack in working days (project calendar); `undefined` without a schedule. */
  slack: number | undefined;
  /** Slack ≤ 0: any delay moves the project finish. */
  critical: boolean;
  /** Unfinished leaf tasks that come after it through links (and summaries' links). */
  downstreamTasks: number;
  /** Their remaining effort in hours. */
  downstreamHours: number;
  assignees: readonly string[];
}

/** Options of {@link bottlenecks}. */
export interface BottleneckOptions {
  /** How many to return. Default 10. */
  limit?: number;
}

/**
 * The unfinished tasks whose delay would delay the most other work. Ranked by slack first, in
 * whole working days (a task with no slack before one with a day of it: a delay there moves the
 * finish at once), then by the remaining effort of everything downstream of it.
 *
 * Downstream means reachable through links, where a link to a summary reaches its leaves and a
 * link from a summary leaves from all of them. Exact reachability for every task is quadratic, so
 * a linear estimate (which counts shared successors twice, so never undercounts) picks `4 × limit`
 * candidates; those are counted exactly, with one visit each, in order of the estimate, until no
 * later candidate's estimate could still make the list.
 */
export function bottlenecks(frame: AnalyticsFrame, options: BottleneckOptions = {}): Bottleneck[] {
  const limit = Math.max(0, Math.floor(options.limit ?? 10));
  const n = frame.tasks.length;
  if (n === 0 || limit === 0) return [];
  const graph = buildGraph(frame);
  const remaining = new Float64Array(2 * n);
  const open = new Uint8Array(2 * n);
  for (let i = 0; i < n; i++) {
    if (frame.leaf[i] !== 1 || frame.category[i] === DONE) continue;
    open[i] = 1;
    remaining[i] = (frame.work[i] as number) * (1 - (frame.progress[i] as number) / 100);
  }

  // Estimate: downstream effort summed along every path, in reverse topological order.
  const estimate = new Float64Array(2 * n);
  const { offsets, targets, order } = graph;
  for (let k = order.length - 1; k >= 0; k--) {
    const v = order[k] as number;
    let sum = 0;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
      const w = targets[e] as number;
      sum += (remaining[w] as number) + (estimate[w] as number);
    }
    estimate[v] = sum;
  }

  const day = (frame.calendars[0] as WorkCalendar).minutesPer('day');
  const bucket = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = frame.slack[i] as number;
    bucket[i] = !Number.isNaN(s) ? Math.floor(s / day) : 0;
  }
  const byBucket = (a: number, b: number): number => (bucket[a] as number) - (bucket[b] as number);
  const candidates = new TopK<number>(
    limit * 4,
    (a, b) => byBucket(a, b) || descending(estimate[a] as number, estimate[b] as number),
  );
  for (let i = 0; i < n; i++) if (open[i] === 1) candidates.offer(i);

  const stamp = new Int32Array(2 * n);
  const stack = new Int32Array(2 * n);
  const ranked = new TopK<Exact>(
    limit,
    (a, b) => byBucket(a.i, b.i) || b.hours - a.hours || b.tasks - a.tasks,
  );
  let round = 0;
  for (const c of candidates.items()) {
    // Candidates come by slack bucket, then by estimate, and the estimate never undercounts: once
    // the list is full and its last entry is in an earlier bucket, or in this one with more hours
    // than this estimate, no later candidate can get in. (The margin absorbs rounding of sums.)
    const last = ranked.full ? ranked.last() : undefined;
    if (last !== undefined) {
      const order = byBucket(last.i, c);
      if (order < 0 || (order === 0 && (estimate[c] as number) * (1 + 1e-9) < last.hours)) break;
    }
    round++;
    let top = 0;
    let tasks = 0;
    let hours = 0;
    stamp[c] = round;
    stack[top++] = c;
    while (top > 0) {
      const v = stack[--top] as number;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        const w = targets[e] as number;
        if (stamp[w] === round) continue;
        stamp[w] = round;
        stack[top++] = w;
        if (open[w] === 1) {
          tasks++;
          hours += remaining[w] as number;
        }
      }
    }
    if (tasks > 0) ranked.offer({ i: c, tasks, hours });
  }
  return ranked.items().map(({ i, tasks, hours }) => {
    const task = frame.tasks[i];
    const s = frame.slack[i] as number;
    return {
      id: task?.id ?? '',
      name: task?.name ?? '',
      slack: !Number.isNaN(s) ? Math.round((s / day) * 100) / 100 : undefined,
      critical: !Number.isNaN(s) && s <= 0,
      downstreamTasks: tasks,
      downstreamHours: hours,
      assignees: task?.assignees ?? [],
    };
  });
}

/** A candidate counted exactly: its unfinished downstream tasks and their remaining hours. */
interface Exact {
  i: number;
  tasks: number;
  hours: number;
}

/** Sorts larger first; safe for infinite estimates, where subtraction would give NaN. */
function descending(a: number, b: number): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

/**
 * The precedence graph in compressed rows over 2n nodes: node i is a task's start side, node n+i a
 * summary's finish side (a leaf uses node i for both). A link leaves from its predecessor's finish
 * side and enters its successor's start side; a summary's start reaches its children's starts and
 * its children's finishes reach its finish. `order` is topological (Kahn); nodes on a cycle are left
 * out, so bad data cannot loop.
 */
function buildGraph(frame: AnalyticsFrame): { offsets: Int32Array; targets: Int32Array; order: Int32Array } {
  const n = frame.tasks.length;
  const size = 2 * n;
  const links = linksOf(frame);
  const offsets = new Int32Array(size + 1);
  const indegree = new Int32Array(size);
  const { succOffsets, succ } = links;
  // Two plain passes over the same edges (count, then fill): no per-edge calls, which matters
  // while the code is still cold on a page's first render.
  for (let a = 0; a < n; a++) {
    const f = frame.summary[a] === 1 ? n + a : a;
    for (let k = succOffsets[a] as number; k < (succOffsets[a + 1] as number); k++) {
      const b = succ[k] as number;
      offsets[f + 1] = (offsets[f + 1] as number) + 1;
      indegree[b] = (indegree[b] as number) + 1;
    }
    const p = frame.parent[a] as number;
    if (p < 0) continue;
    offsets[p + 1] = (offsets[p + 1] as number) + 1;
    indegree[a] = (indegree[a] as number) + 1;
    offsets[f + 1] = (offsets[f + 1] as number) + 1;
    indegree[n + p] = (indegree[n + p] as number) + 1;
  }
  for (let v = 0; v < size; v++) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  const targets = new Int32Array(offsets[size] as number);
  const fill = offsets.slice(0, size);
  for (let a = 0; a < n; a++) {
    const f = frame.summary[a] === 1 ? n + a : a;
    for (let k = succOffsets[a] as number; k < (succOffsets[a + 1] as number); k++) {
      targets[fill[f] as number] = succ[k] as number;
      fill[f] = (fill[f] as number) + 1;
    }
    const p = frame.parent[a] as number;
    if (p < 0) continue;
    targets[fill[p] as number] = a;
    fill[p] = (fill[p] as number) + 1;
    targets[fill[f] as number] = n + p;
    fill[f] = (fill[f] as number) + 1;
  }
  const order = new Int32Array(size);
  let tail = 0;
  for (let v = 0; v < size; v++) if (indegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head] as number;
    for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
      const w = targets[k] as number;
      const left = (indegree[w] as number) - 1;
      indegree[w] = left;
      if (left === 0) order[tail++] = w;
    }
  }
  return { offsets, targets, order: order.subarray(0, tail) };
}
