/**
 * `level()`: resource leveling of a project. It schedules the project without any leveling delay,
 * maps its leaf tasks to a resource-constrained scheduling problem (`project-problem.ts`), solves
 * that (`solve.ts`), and turns the solver's starts back into each task's `levelingDelay`, so that
 * the engine itself, with every link, constraint and calendar, places the tasks where the solver
 * did.
 *
 * The mapping (see `docs/resources.md`, "Leveling"):
 * - Time: working minutes on the project calendar, from the earliest scheduled start, divided by
 *   the greatest common divisor of every duration, distance and start (so day-long tasks become one
 *   unit per day). When that grid would make the resource profile too large, a coarser grid is used
 *   and every quantity rounds up, which keeps every solver schedule feasible for the project.
 * - Activities: leaf tasks with their scheduled duration. A free task may only move later than its
 *   unleveled start. Manual, MSO and MFO tasks never move (fixed activities that still use their
 *   people); SNLT, FNLT and ALAP tasks are not delayed by leveling but their links may move them, so
 *   they are fixed where the engine puts them, and the solve repeats (at most `ROUNDS` times) while
 *   that place changes. Those constraints, and manual, MSO and MFO tasks, bound how late the tasks
 *   before them may start (`deadlines.ts`): the solver prefers schedules that keep those latest
 *   starts, and no delay ever goes past one, so leveling breaks no link and no constraint; what
 *   cannot be leveled within them stays over-allocated and is reported.
 * - Links: each of the four types with its lag becomes a start-to-start minimum distance
 *   (FS: d(pred) + lag, SS: lag, FF: d(pred) + lag − d(succ), SF: lag − d(succ)); a link from or to
 *   a summary task applies to every leaf below it.
 * - Resources: see `demands.ts`. A demand above its person's max units is treated as the whole
 *   capacity (the task runs alone) and shows up in the result's `overallocations`.
 *
 * Delays come from one forward sweep of the engine in topological order: each leaf's early start is
 * computed with its predecessors' delays in place, and its delay is what is left to reach the
 * solver's start (working minutes of its own calendar). The reported dates and the remaining
 * over-allocations are the engine's, never the solver's estimate. Pure; deterministic for the same
 * data and options.
 */
import type { Overallocation, ProjectData, Task, WallTimeString } from '../../model/types.js';
import { Engine } from '../../schedule/engine.js';
import { forwardAt } from '../../schedule/forward-pass.js';
import { compilePlan, FNLT, type ScheduleOptions, SNLT } from '../../schedule/plan.js';
import type { WorkCalendar } from '../../time/calendar.js';
import { latestStarts } from './deadlines.js';
import { resourceDemands } from './demands.js';
import { overallocationSpans, type TaskSpan } from './peaks.js';
import { FREE, gridProblem, HELD, type ProjectProblem, readProject } from './project-problem.js';
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

/** Solves at most this many times while held tasks move. */
const ROUNDS = 3;

function withoutDelays(data: ProjectData): ProjectData {
  if (!data.tasks.some((t) => t.levelingDelay !== undefined)) return data;
  const tasks = data.tasks.map((t): Task => {
    if (t.levelingDelay === undefined) return t;
    const { levelingDelay: _, ...rest } = t;
    return rest;
  });
  return { ...data, tasks };
}

/**
 * Sets every free or held leaf's delay so that it starts at its target (held ones no further than
 * their constraint allows), in one forward sweep; the engine's other passes are left to the caller.
 */
function applyTargets(engine: Engine, p: ProjectProblem, target: Float64Array, latest: Float64Array): void {
  const plan = engine.plan;
  const projectCal = plan.calendars[0] as WorkCalendar;
  plan.delay.fill(0);
  for (let r = 0; r < plan.nodeCount; r++) {
    const v = plan.order[r] as number;
    forwardAt(engine, v);
    if (v >= plan.taskCount) continue;
    const a = p.act[v] as number;
    if (a < 0 || (p.mode[a] !== FREE && p.mode[a] !== HELD)) continue;
    const cal = plan.calendars[plan.cal[v] as number] as WorkCalendar;
    // Never past the latest start that keeps the links into deadline-bound tasks (deadlines.ts).
    const t = Math.max(Math.min(target[a] as number, latest[a] as number), p.start[a] as number);
    const at = cal === projectCal ? t : cal.position(projectCal.startAt(t));
    let delay = at - (engine.esW[v] as number);
    const ct = plan.cType[v] as number;
    if (p.mode[a] === HELD) {
      if (ct !== SNLT && ct !== FNLT) continue;
      const cap = cal.position(plan.cDate[v] as number) - (ct === FNLT ? (plan.dur[v] as number) : 0);
      delay = Math.min(delay, cap - (engine.esW[v] as number));
    }
    if (delay > 0) {
      plan.delay[v] = delay;
      forwardAt(engine, v);
    }
  }
}

/** Levels `data` (see the module comment). Throws what `schedule()` throws for invalid data. */
export function level(data: ProjectData, options: LevelOptions = {}): LevelResult {
  const plan = compilePlan(withoutDelays(data), options);
  const engine = new Engine(plan);
  engine.runAll();
  const n = plan.taskCount;
  const projectCal = plan.calendars[0] as WorkCalendar;
  const demands = resourceDemands(data);
  const p = readProject(engine);
  const m = p.leaves.length;
  const fixedAt = p.start.slice();
  const target = new Float64Array(m);
  const latest = latestStarts(engine, p);
  for (let round = 0; round < ROUNDS; round++) {
    const { problem, grid } = gridProblem(p, demands, plan.ids, fixedAt, latest);
    const solved = solveRcpsp(problem, options);
    for (let a = 0; a < m; a++)
      target[a] =
        p.mode[a] === FREE ? p.origin + (solved.starts[a] as number) * grid : (fixedAt[a] as number);
    applyTargets(engine, p, target, latest);
    let moved = false;
    for (let a = 0; a < m; a++) {
      if (p.mode[a] !== HELD) continue;
      const at = projectCal.position(engine.out[(p.leaves[a] as number) * 6] as number);
      if (at !== fixedAt[a]) {
        fixedAt[a] = at;
        moved = true;
      }
    }
    if (!moved) break;
  }
  engine.runAll();
  const tasks = new Map<string, LeveledTask>();
  const spans: TaskSpan[] = [];
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
    if ((p.act[i] as number) >= 0) spans.push({ id, start, end: finish });
  }
  if (n === 0) end = plan.projectStart;
  return {
    tasks,
    end: plan.cache.format(end),
    overallocations: overallocationSpans(spans, demands, (t) => plan.cache.format(t)),
  };
}
