/**
 * How late leveling may start each activity without breaking a link or a constraint: a task that
 * leveling must not move past a date (SNLT, FNLT: their constraint date; manual, MSO, MFO: where
 * they are) bounds every task before it, through the links' minimum distances. A delay beyond such
 * a latest start would make the engine choose between the link and the constraint (it keeps the
 * constraint and reports a `constraint-vs-link` conflict); leveling leaves that over-allocation in
 * place and reports it instead.
 */
import type { Engine } from '../../schedule/engine.js';
import { FNLT, SNLT } from '../../schedule/plan.js';
import type { WorkCalendar } from '../../time/calendar.js';
import { HELD, PINNED, type ProjectProblem } from './project-problem.js';

/**
 * Per activity, the latest start (working minutes of the project calendar) that keeps every link
 * into a deadline-bound task, or +∞ where nothing bounds it.
 */
export function latestStarts(engine: Engine, p: ProjectProblem): Float64Array {
  const plan = engine.plan;
  const projectCal = plan.calendars[0] as WorkCalendar;
  const m = p.leaves.length;
  const latest = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  for (let a = 0; a < m; a++) {
    const i = p.leaves[a] as number;
    if (p.mode[a] === PINNED) latest[a] = p.start[a] as number;
    else if (p.mode[a] === HELD) {
      const ct = plan.cType[i] as number;
      if (ct === SNLT) latest[a] = projectCal.position(plan.cDate[i] as number);
      else if (ct === FNLT) latest[a] = projectCal.position(plan.cDate[i] as number) - (p.dur[a] as number);
    }
  }
  // Backwards through the links in reverse topological order (the store keeps the graph acyclic).
  const outgoing: number[][] = Array.from({ length: m }, () => []);
  const indegree = new Int32Array(m);
  p.links.forEach((link, k) => {
    (outgoing[link.from] as number[]).push(k);
    indegree[link.to] = (indegree[link.to] as number) + 1;
  });
  const order: number[] = [];
  for (let a = 0; a < m; a++) if (indegree[a] === 0) order.push(a);
  for (let head = 0; head < order.length; head++) {
    for (const k of outgoing[order[head] as number] as number[]) {
      const to = (p.links[k] as { to: number }).to;
      indegree[to] = (indegree[to] as number) - 1;
      if (indegree[to] === 0) order.push(to);
    }
  }
  for (let r = order.length - 1; r >= 0; r--) {
    const a = order[r] as number;
    for (const k of outgoing[a] as number[]) {
      const link = p.links[k] as { to: number; distance: number };
      const bound = (latest[link.to] as number) - link.distance;
      if (bound < (latest[a] as number)) latest[a] = bound;
    }
  }
  return latest;
}
