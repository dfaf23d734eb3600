import type { Conflict, ScheduleResult } from '../model/types.js';
import { LINK_CONFLICT, NO_CONFLICT } from './conflict-codes.js';
import type { Engine } from './engine.js';
import { MSO, MFO, FNLT, SNLT, SUMMARY } from './plan.js';
import { type ReportedValues, ScheduledTaskMap } from './task-map.js';

const CONSTRAINT_NAME: Record<number, string> = {
  [SNLT]: 'SNLT',
  [FNLT]: 'FNLT',
  [MSO]: 'MSO',
  [MFO]: 'MFO',
};

/**
 * The engine's reported values. `copy` snapshots the arrays, for an engine that will change them
 * again (the store's scheduler); `schedule()` hands its engine's arrays over as they are.
 */
export function reportedValues(engine: Engine, copy: boolean): ReportedValues {
  const { plan, out, outTotal, outFree } = engine;
  return {
    ids: plan.ids,
    index: plan.index,
    out: copy ? out.slice() : out,
    total: copy ? outTotal.slice() : outTotal,
    free: copy ? outFree.slice() : outFree,
    cache: plan.cache,
  };
}

/** Ranks stay below 2^22 and starts within 2^31 minutes of the base, so packed keys are exact doubles. */
const RANK_SPAN = 4_194_304;

/** Critical leaves, by scheduled start then topological rank. */
export function criticalPath(engine: Engine): string[] {
  const { plan, outTotal, out } = engine;
  const critical = (i: number): boolean =>
    !((plan.flags[i] as number) & SUMMARY) && (outTotal[i] as number) <= 0;
  let count = 0;
  for (let i = 0; i < plan.taskCount; i++) if (critical(i)) count++;
  // Sort packed keys (start, then rank) natively rather than call a comparator a million times.
  const keys = new Float64Array(count);
  const base = plan.projectStart - 1_000_000_000;
  let k = 0;
  for (let i = 0; i < plan.taskCount; i++) {
    if (critical(i)) keys[k++] = ((out[i * 6] as number) - base) * RANK_SPAN + (plan.rank[i] as number);
  }
  keys.sort();
  const path: string[] = new Array(count);
  for (let j = 0; j < count; j++)
    path[j] = plan.ids[plan.order[(keys[j] as number) % RANK_SPAN] as number] as string;
  return path;
}

/** Every hard constraint that beat a link or the project start, in task order. */
export function conflicts(engine: Engine): Conflict[] {
  const { plan, conflict, conflictEdge } = engine;
  const list: Conflict[] = [];
  for (let i = 0; i < plan.taskCount; i++) {
    const kind = conflict[i] as number;
    if (kind === NO_CONFLICT) continue;
    const id = plan.ids[i] as string;
    const constraint = CONSTRAINT_NAME[plan.cType[i] as number] ?? 'constraint';
    const date = plan.cache.format(plan.cDate[i] as number);
    if (kind === LINK_CONFLICT) {
      const edge = conflictEdge.get(i) ?? -1;
      const dep = edge >= 0 && edge < plan.linkCount ? edge : -1;
      const item: Conflict = {
        taskId: id,
        kind: 'constraint-vs-link',
        message: `Task ${JSON.stringify(id)} keeps its ${constraint} ${date} constraint against its predecessors, which would move it later`,
      };
      if (dep >= 0) item.dependencyId = plan.depIds[dep] as string;
      list.push(item);
    } else {
      list.push({
        taskId: id,
        kind: 'constraint-vs-project-start',
        message: `Task ${JSON.stringify(id)} keeps its ${constraint} ${date} constraint, before the project start`,
      });
    }
  }
  return list;
}

/**
 * The whole {@link ScheduleResult} of an engine whose passes have run. Its task map reads the
 * engine's arrays (copied when `copy` is set, else taken over: the engine must not run again).
 */
export function buildResult(engine: Engine, copy = false): ScheduleResult {
  const { plan, out } = engine;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (let i = 0, at = 0; i < plan.taskCount; i++, at += 6) {
    const s = out[at] as number;
    const e = out[at + 1] as number;
    if (s < start) start = s;
    if (e > end) end = e;
  }
  if (plan.taskCount === 0) {
    start = plan.projectStart;
    end = plan.projectStart;
  }
  return {
    start: plan.cache.format(start),
    end: plan.cache.format(end),
    tasks: new ScheduledTaskMap(reportedValues(engine, copy)),
    criticalPath: criticalPath(engine),
    conflicts: conflicts(engine),
  };
}
