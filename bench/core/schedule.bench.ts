import type { Operation } from '../../packages/core/src/model/operations.js';
import type { Dependency, ProjectData, Task } from '../../packages/core/src/model/types.js';
import { IdLookup } from '../../packages/core/src/schedule/id-lookup.js';
import { createSchedulerPort } from '../../packages/core/src/schedule/port.js';
import { schedule } from '../../packages/core/src/schedule/schedule.js';
import { generateProject } from '../../packages/core/src/testing/generate.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../../packages/core/src/time/wall-time.js';
import { benchCase } from './harness.js';

function project(tasks: number): ProjectData {
  return generateProject({ tasks, seed: 11, linkTypes: true });
}

/**
 * The floor any scheduler pays, measured on the same data as `schedule()`: a bare topological
 * sort of the same graph, built from the ids as `schedule()` must build it.
 *
 * "The same graph" is the precedence graph the engine orders: one node per task; one edge per link
 * and one per child → parent (a summary is computed after its children). Building it means what
 * `schedule()` does before its passes and nothing more: index the ids (with the duplicate check,
 * which needs every id hashed), resolve `parentId`, `from` and `to` with the same resolver the
 * engine uses (`IdLookup`), lay the edges out as successor lists (CSR) and run Kahn's algorithm.
 * No validation of types, lags or dates, no calendars, no result: those are the scheduling work
 * the ratio is meant to measure. (Before this graph included the hierarchy, the baseline sorted
 * the links alone with plain map lookups; that sorted a smaller graph than the engine does.)
 */
function topoSortBaseline(data: ProjectData): number {
  const tasks = data.tasks;
  const n = tasks.length;
  const ids: string[] = new Array(n);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = (tasks[i] as Task).id;
    if (index.has(id)) throw new Error(`duplicate id ${id}`);
    index.set(id, i);
    ids[i] = id;
  }
  const deps = data.dependencies ?? [];
  const links = deps.length;
  const from = new Int32Array(links + n);
  const to = new Int32Array(links + n);
  const froms = new IdLookup(ids, index);
  const tos = new IdLookup(ids, index);
  let m = 0;
  for (let k = 0; k < links; k++) {
    const d = deps[k] as Dependency;
    from[m] = froms.find(d.from);
    to[m] = tos.find(d.to);
    m++;
  }
  const parents = new IdLookup(ids, index);
  for (let i = 0; i < n; i++) {
    const pid = (tasks[i] as Task).parentId;
    if (pid === undefined) continue;
    from[m] = i;
    to[m] = parents.find(pid);
    m++;
  }
  const offsets = new Int32Array(n + 1);
  const indegree = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    const a = from[e] as number;
    offsets[a + 1] = (offsets[a + 1] as number) + 1;
    const b = to[e] as number;
    indegree[b] = (indegree[b] as number) + 1;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const a = from[e] as number;
    targets[fill[a] as number] = to[e] as number;
    fill[a] = (fill[a] as number) + 1;
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head] as number;
    for (let k = offsets[v] as number, end = offsets[v + 1] as number; k < end; k++) {
      const w = targets[k] as number;
      const left = (indegree[w] as number) - 1;
      indegree[w] = left;
      if (left === 0) order[tail++] = w;
    }
  }
  if (tail < n) throw new Error('cycle');
  return tail;
}

/** A task whose downstream closure (through links) is closest to `size` tasks. */
function taskWithDownstream(data: ProjectData, size: number): Task {
  const succ = new Map<string, string[]>();
  for (const d of data.dependencies ?? []) {
    const list = succ.get(d.from) ?? [];
    list.push(d.to);
    succ.set(d.from, list);
  }
  let best: Task = data.tasks[0] as Task;
  let bestGap = Number.POSITIVE_INFINITY;
  for (let i = 0; i < data.tasks.length; i += 37) {
    const task = data.tasks[i] as Task;
    if (!succ.has(task.id)) continue;
    const seen = new Set<string>([task.id]);
    const queue = [task.id];
    while (queue.length > 0 && seen.size <= size * 2) {
      for (const next of succ.get(queue.pop() as string) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    const gap = Math.abs(seen.size - 1 - size);
    if (gap < bestGap) {
      bestGap = gap;
      best = task;
    }
  }
  return best;
}

/** Short cases get more runs: at 10k one run is a few milliseconds and a busy machine spikes it. */
function runsFor(tasks: number): number {
  return tasks >= 1_000_000 ? 3 : tasks >= 100_000 ? 9 : 21;
}

const sizes = [
  [10_000, '≤ 15 ms'],
  [100_000, '≤ 150 ms'],
  [1_000_000, '≤ 2 s'],
] as const;

export default [
  ...sizes.flatMap(([n, target]) => [
    benchCase({
      name: `schedule ${n / 1000}k tasks (full)`,
      setup: () => project(n),
      run: (data) => schedule(data),
      runs: runsFor(n),
      target,
    }),
    benchCase({
      name: `topological sort ${n / 1000}k tasks (baseline)`,
      setup: () => project(n),
      run: (data) => topoSortBaseline(data),
      runs: runsFor(n),
    }),
    benchCase({
      // Both timed back to back in each run, so that load on the machine hits them alike.
      name: `full schedule ÷ topological sort, ${n / 1000}k tasks`,
      setup: () => project(n),
      run: (data) => {
        const t0 = performance.now();
        schedule(data);
        const t1 = performance.now();
        topoSortBaseline(data);
        return (t1 - t0) / (performance.now() - t1);
      },
      runs: runsFor(n),
      unit: '×',
      target: '≤ 5×',
    }),
  ]),
  benchCase({
    name: 'incremental: move a task with 100 successors in 100k',
    setup: () => {
      const data = project(100_000);
      const port = createSchedulerPort();
      port.load(data);
      const task = taskWithDownstream(data, 100);
      // Drag it one or two days later (an SNET, as the store does) in turn: never past the project end.
      const start = parseWallTime(port.get(task.id)?.start ?? '') ?? 0;
      const dates = [
        formatWallTime(start + 2 * MINUTES_PER_DAY),
        formatWallTime(start + 3 * MINUTES_PER_DAY),
      ];
      return { port, task, dates, flip: false };
    },
    run: (ctx) => {
      ctx.flip = !ctx.flip;
      const before = ctx.task;
      const after: Task = {
        ...before,
        constraint: { type: 'SNET', date: ctx.dates[ctx.flip ? 0 : 1] as string },
      };
      const op: Operation = { kind: 'update', entity: 'task', id: before.id, before, after };
      ctx.port.apply([op]);
      ctx.task = after;
      return ctx.port.get(before.id);
    },
    runs: 21,
    target: '≤ 5 ms',
  }),
];
