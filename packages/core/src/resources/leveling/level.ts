/**
 * `level()`: resource leveling of a project. It schedules the project without any leveling delay,
 * maps its leaf tasks to a resource-constrained scheduling problem (`problem.ts`), solves that
 * (`solve.ts`), and turns the solver's starts back into each task's `levelingDelay`, so that the
 * engine itself, with every link, constraint and calendar, places the tasks where the solver did.
 *
 * The mapping (see `docs/resources.md`, "Leveling"):
 * - Time: working minutes on the project calendar, from the earliest scheduled start, divided by
 *   the greatest common divisor of every duration, distance and release (so day-long tasks become
 *   one unit per day). When that grid would make the resource profile too large, a coarser grid is
 *   used and every quantity rounds up, which keeps every solver schedule feasible for the project.
 * - Activities: leaf tasks, with their scheduled duration. Manually scheduled tasks, tasks with an
 *   ALAP, SNLT, FNLT, MSO or MFO constraint stay where they are (fixed activities that still use
 *   their people); every other task may only move later than its unleveled start (its release).
 * - Links: each of the four types with its lag becomes a start-to-start minimum distance
 *   (FS: d(pred) + lag, SS: lag, FF: d(pred) + lag − d(succ), SF: lag − d(succ)); a link from or to
 *   a summary task applies to every leaf below it.
 * - Resources: see `demands.ts`. A demand above its person's max units is treated as the whole
 *   capacity (the task runs alone) and shows up in the result's `overallocations`.
 *
 * Delays are then found in one forward sweep of the engine in topological order: each leaf's early
 * start is computed with its predecessors' delays already in place, and its delay is what is left
 * to reach the solver's start (working minutes of its own calendar). The reported dates and the
 * remaining over-allocations are the engine's, never the solver's own estimate. Pure and
 * deterministic for the same data and options.
 */
import type { Overallocation, ProjectData, Task, WallTimeString } from '../../model/types.js';
import { Engine } from '../../schedule/engine.js';
import { forwardAt } from '../../schedule/forward-pass.js';
import {
  ALAP,
  compilePlan,
  FF,
  FNLT,
  FS,
  MANUAL,
  MFO,
  MSO,
  type Plan,
  SF,
  SNLT,
  SS,
  SUMMARY,
  type ScheduleOptions,
} from '../../schedule/plan.js';
import type { WorkCalendar } from '../../time/calendar.js';
import { resourceDemands } from './demands.js';
import { overallocationSpans } from './peaks.js';
import type { Precedence } from './problem.js';
import { type SolveOptions, solveRcpsp } from './solve.js';

export interface LevelOptions extends SolveOptions, ScheduleOptions {}

export interface LeveledTask {
  start: WallTimeString;
  end: WallTimeString;
  /** Working minutes on the task's calendar; 0 when leveling does not move it. */
  levelingDelay: number;
}

export interface LevelResult {
  /** Every task, summaries included. */
  tasks: Map<string, LeveledTask>;
  /** The leveled project's finish. */
  end: WallTimeString;
  /** What leveling could not resolve (a demand above max units, fixed tasks that overlap). */
  overallocations: Overallocation[];
}

/** The largest resource profile (resources × time units) before a coarser grid is used. */
const PROFILE_LIMIT = 1 << 23;

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function withoutDelays(data: ProjectData): ProjectData {
  if (!data.tasks.some((t) => t.levelingDelay !== undefined)) return data;
  const tasks = data.tasks.map((t): Task => {
    if (t.levelingDelay === undefined) return t;
    const { levelingDelay: _, ...rest } = t;
    return rest;
  });
  return { ...data, tasks };
}

/** The leaf tasks below each summary (a leaf's own list is itself). */
function leavesBelow(plan: Plan): (i: number) => number[] {
  const children: number[][] = Array.from({ length: plan.taskCount }, () => []);
  for (let i = 0; i < plan.taskCount; i++) {
    const p = plan.parent[i] as number;
    if (p >= 0) (children[p] as number[]).push(i);
  }
  const memo = new Map<number, number[]>();
  const below = (i: number): number[] => {
    if (!((plan.flags[i] as number) & SUMMARY)) return [i];
    let list = memo.get(i);
    if (list === undefined) {
      list = (children[i] as number[]).flatMap(below);
      memo.set(i, list);
    }
    return list;
  };
  return below;
}

/** Levels `data` (see the module comment). Throws what `schedule()` throws for invalid data. */
export function level(data: ProjectData, options: LevelOptions = {}): LevelResult {
  const plan = compilePlan(withoutDelays(data), options);
  const engine = new Engine(plan);
  engine.runAll();
  const n = plan.taskCount;
  const projectCal = plan.calendars[0] as WorkCalendar;
  const demands = resourceDemands(data);
  const act = new Int32Array(n).fill(-1);
  const leaves: number[] = [];
  for (let i = 0; i < n; i++) {
    if ((plan.flags[i] as number) & SUMMARY) continue;
    act[i] = leaves.length;
    leaves.push(i);
  }
  const m = leaves.length;
  const s0 = new Float64Array(m);
  const dur = new Float64Array(m);
  const fixed = new Uint8Array(m);
  let origin = Number.POSITIVE_INFINITY;
  for (let a = 0; a < m; a++) {
    const i = leaves[a] as number;
    const s = projectCal.position(engine.out[i * 6] as number);
    const e = projectCal.position(engine.out[i * 6 + 1] as number);
    s0[a] = s;
    dur[a] = Math.max(0, e - s);
    if (s < origin) origin = s;
    const ct = plan.cType[i] as number;
    if (
      (plan.flags[i] as number) & MANUAL ||
      ct === ALAP ||
      ct === SNLT ||
      ct === FNLT ||
      ct === MSO ||
      ct === MFO
    )
      fixed[a] = 1;
  }
  const below = leavesBelow(plan);
  const links: Precedence[] = [];
  for (let e = 0; e < plan.linkCount; e++) {
    const u = plan.edgeSrc[e] as number;
    let v = plan.edgeDst[e] as number;
    if (v >= n) v = plan.owner[v] as number;
    const kind = plan.edgeKind[e] as number;
    const lag = plan.edgeLag[e] as number;
    for (const li of below(u)) {
      const from = act[li] as number;
      for (const lj of below(v)) {
        const to = act[lj] as number;
        const du = dur[from] as number;
        const dv = dur[to] as number;
        const distance =
          kind === FS
            ? du + lag
            : kind === SS
              ? lag
              : kind === FF
                ? du + lag - dv
                : kind === SF
                  ? lag - dv
                  : 0;
        links.push({ from, to, distance });
      }
    }
  }
  // The grid: exact when every quantity is a multiple of it, else coarser with everything rounded up.
  let g = 0;
  let total = 0;
  for (let a = 0; a < m; a++) {
    g = gcd(g, dur[a] as number);
    g = gcd(g, (s0[a] as number) - origin);
    total += dur[a] as number;
  }
  for (const l of links) {
    g = gcd(g, l.distance);
    if (l.distance > 0) total += l.distance;
  }
  if (g === 0) g = 1;
  const resources = Math.max(1, demands.people.length);
  if ((total / g) * resources > PROFILE_LIMIT) g = Math.ceil((total * resources) / PROFILE_LIMIT);
  const up = (x: number): number => Math.ceil(x / g);
  const durations: number[] = [];
  const release: number[] = [];
  const fixedStart: (number | undefined)[] = [];
  for (let a = 0; a < m; a++) {
    const rel = (s0[a] as number) - origin;
    if (fixed[a]) {
      const first = Math.floor(rel / g);
      durations.push(Math.ceil((rel + (dur[a] as number)) / g) - first);
      fixedStart.push(first);
      release.push(first);
    } else {
      durations.push(up(dur[a] as number));
      fixedStart.push(undefined);
      release.push(up(rel));
    }
  }
  const precedences = links.map((l) => {
    const rel = (s0[l.from] as number) - origin;
    const misaligned = fixed[l.from] && rel % g !== 0 ? 1 : 0;
    return { from: l.from, to: l.to, distance: up(l.distance) + misaligned };
  });
  const capacities = demands.maxUnits.map((u) => Math.floor(u + 1e-9));
  const demandList = leaves.map((i) =>
    [...(demands.byTask.get(plan.ids[i] as string) ?? [])].map(([resource, units]) => ({
      resource,
      amount: Math.ceil(units - 1e-9),
    })),
  );
  const solved = solveRcpsp(
    { durations, capacities, demands: demandList, precedences, release, fixed: fixedStart },
    options,
  );
  // One forward sweep places every leaf at (or, when the engine disagrees, after) its target.
  plan.delay.fill(0);
  for (let r = 0; r < plan.nodeCount; r++) {
    const v = plan.order[r] as number;
    forwardAt(engine, v);
    if (v >= n) continue;
    const a = act[v] as number;
    if (a < 0 || fixed[a]) continue;
    const targetProject = origin + (solved.starts[a] as number) * g;
    const cal = plan.calendars[plan.cal[v] as number] as WorkCalendar;
    const target = cal === projectCal ? targetProject : cal.position(projectCal.startAt(targetProject));
    const delay = target - (engine.esW[v] as number);
    if (delay > 0) {
      plan.delay[v] = delay;
      forwardAt(engine, v);
    }
  }
  engine.runAll();
  const tasks = new Map<string, LeveledTask>();
  const spans: { id: string; start: number; end: number }[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const start = engine.out[i * 6] as number;
    const finish = engine.out[i * 6 + 1] as number;
    const id = plan.ids[i] as string;
    tasks.set(id, {
      start: plan.cache.format(start),
      end: plan.cache.format(finish),
      levelingDelay: plan.delay[i] as number,
    });
    if (finish > end) end = finish;
    if ((act[i] as number) >= 0) spans.push({ id, start, end: finish });
  }
  if (n === 0) end = plan.projectStart;
  return {
    tasks,
    end: plan.cache.format(end),
    overallocations: overallocationSpans(spans, demands, (t) => plan.cache.format(t)),
  };
}
