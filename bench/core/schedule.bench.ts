import type { Operation } from '../../packages/core/src/model/operations.js';
import type { ProjectData, Task } from '../../packages/core/src/model/types.js';
import { createSchedulerPort } from '../../packages/core/src/schedule/port.js';
import { schedule } from '../../packages/core/src/schedule/schedule.js';
import { generateProject } from '../../packages/core/src/testing/generate.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../../packages/core/src/time/wall-time.js';
import { benchCase } from './harness.js';

function project(tasks: number): ProjectData {
  return generateProject({ tasks, seed: 11, linkTypes: true });
}

/**
 * The floor any scheduler pays: index the ids, build the successor lists and order the graph
 * (Kahn). `schedule()` is measured against this on the same data.
 */
function topoSortBaseline(data: ProjectData): number {
  const n = data.tasks.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set((data.tasks[i] as Task).id, i);
  const deps = data.dependencies ?? [];
  const from = new Int32Array(deps.length);
  const to = new Int32Array(deps.length);
  const offsets = new Int32Array(n + 1);
  const indegree = new Int32Array(n);
  for (let k = 0; k < deps.length; k++) {
    const d = deps[k] as NonNullable<ProjectData['dependencies']>[number];
    const a = index.get(d.from) as number;
    const b = index.get(d.to) as number;
    from[k] = a;
    to[k] = b;
    offsets[a + 1] = (offsets[a + 1] as number) + 1;
    indegree[b] = (indegree[b] as number) + 1;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(deps.length);
  for (let k = 0; k < deps.length; k++) {
    const a = from[k] as number;
    targets[fill[a] as number] = to[k] as number;
    fill[a] = (fill[a] as number) + 1;
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head] as number;
    for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
      const w = targets[k] as number;
      const left = (indegree[w] as number) - 1;
      indegree[w] = left;
      if (left === 0) order[tail++] = w;
    }
  }
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
      runs: n >= 1_000_000 ? 3 : 7,
      target,
    }),
    benchCase({
      name: `topological sort ${n / 1000}k tasks (baseline; full schedule ≤ 5×)`,
      setup: () => project(n),
      run: (data) => topoSortBaseline(data),
      runs: n >= 1_000_000 ? 3 : 7,
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
