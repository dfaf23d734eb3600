/**
 * A scheduled project as a resource-constrained scheduling problem (see `level.ts` for the rules):
 * its leaf tasks as activities on a common integer grid of the project calendar's working minutes,
 * its links as start-to-start minimum distances, its people as resources.
 */
import type { Engine } from '../../schedule/engine.js';
import {
  ALAP,
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
} from '../../schedule/plan.js';
import type { WorkCalendar } from '../../time/calendar.js';
import type { ResourceDemands } from './demands.js';
import type { Precedence, RcpspProblem } from './problem.js';

/** How a leaf may move. */
export const FREE = 0;
/** Manual, MSO, MFO: leveling never moves it and nothing else does either. */
export const PINNED = 1;
/** SNLT, FNLT, ALAP: leveling does not delay it, but its links may still move it. */
export const HELD = 2;

/** The largest resource profile (resources × time units) before a coarser grid is used. */
const PROFILE_LIMIT = 1 << 23;

export interface ProjectProblem {
  /** Task number per activity. */
  leaves: number[];
  /** Activity per task number, or -1 (summaries). */
  act: Int32Array;
  /** FREE, PINNED or HELD per activity. */
  mode: Uint8Array;
  /** Unleveled start per activity, in working minutes of the project calendar. */
  start: Float64Array;
  /** Working minutes of the project calendar per activity. */
  dur: Float64Array;
  /** Minute distances (before the grid). */
  links: Precedence[];
  /** The grid origin (working minutes of the project calendar) and unit (minutes). */
  origin: number;
  grid: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** The leaf tasks below each task (a leaf's own list is itself). */
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

/** Reads the activities and links of a scheduled (unleveled) engine. */
export function readProject(engine: Engine): ProjectProblem {
  const plan = engine.plan;
  const n = plan.taskCount;
  const projectCal = plan.calendars[0] as WorkCalendar;
  const act = new Int32Array(n).fill(-1);
  const leaves: number[] = [];
  for (let i = 0; i < n; i++) {
    if ((plan.flags[i] as number) & SUMMARY) continue;
    act[i] = leaves.length;
    leaves.push(i);
  }
  const m = leaves.length;
  const start = new Float64Array(m);
  const dur = new Float64Array(m);
  const mode = new Uint8Array(m);
  let origin = m === 0 ? 0 : Number.POSITIVE_INFINITY;
  for (let a = 0; a < m; a++) {
    const i = leaves[a] as number;
    const s = projectCal.position(engine.out[i * 6] as number);
    start[a] = s;
    dur[a] = Math.max(0, projectCal.position(engine.out[i * 6 + 1] as number) - s);
    if (s < origin) origin = s;
    const ct = plan.cType[i] as number;
    if ((plan.flags[i] as number) & MANUAL || ct === MSO || ct === MFO) mode[a] = PINNED;
    else if (ct === SNLT || ct === FNLT || ct === ALAP) mode[a] = HELD;
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
      const du = dur[from] as number;
      for (const lj of below(v)) {
        const to = act[lj] as number;
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
  let grid = 0;
  for (let a = 0; a < m; a++) grid = gcd(gcd(grid, dur[a] as number), (start[a] as number) - origin);
  for (const l of links) grid = gcd(grid, l.distance);
  return { leaves, act, mode, start, dur, links, origin, grid: grid === 0 ? 1 : grid };
}

/**
 * The problem on the grid, with the non-free activities fixed at `fixedAt` (working minutes of the
 * project calendar) and the free ones wanted to start by `latest` (see `deadlines.ts`). The grid coarsens (every quantity rounded up, fixed activities covering every
 * unit they touch) when the profile would exceed `PROFILE_LIMIT`; returns the grid it used.
 */
export function gridProblem(
  p: ProjectProblem,
  demands: ResourceDemands,
  ids: readonly string[],
  fixedAt: Float64Array,
  latest?: Float64Array,
): { problem: RcpspProblem; grid: number } {
  const m = p.leaves.length;
  let total = 0;
  for (let a = 0; a < m; a++) total += p.dur[a] as number;
  for (const l of p.links) if (l.distance > 0) total += l.distance;
  const resources = Math.max(1, demands.people.length);
  let g = p.grid;
  if ((total / g) * resources > PROFILE_LIMIT) g = Math.ceil((total * resources) / PROFILE_LIMIT);
  const up = (x: number): number => Math.ceil(x / g);
  const durations: number[] = [];
  const release: number[] = [];
  const fixed: (number | undefined)[] = [];
  const due: (number | undefined)[] = [];
  const misaligned = new Uint8Array(m);
  for (let a = 0; a < m; a++) {
    if (p.mode[a] !== FREE) {
      const rel = (fixedAt[a] as number) - p.origin;
      const first = Math.floor(rel / g);
      durations.push(Math.ceil((rel + (p.dur[a] as number)) / g) - first);
      fixed.push(first);
      release.push(first);
      if (rel % g !== 0) misaligned[a] = 1;
    } else {
      durations.push(up(p.dur[a] as number));
      fixed.push(undefined);
      release.push(up((p.start[a] as number) - p.origin));
      const l = latest?.[a] ?? Number.POSITIVE_INFINITY;
      due[a] = Number.isFinite(l) ? Math.max(0, Math.floor((l - p.origin) / g)) : undefined;
    }
  }
  const precedences = p.links.map((l) => ({
    from: l.from,
    to: l.to,
    distance: up(l.distance) + (misaligned[l.from] as number),
  }));
  const capacities = demands.maxUnits.map((u) => Math.floor(u + 1e-9));
  const demandList = p.leaves.map((i) =>
    [...(demands.byTask.get(ids[i] as string) ?? [])].map(([resource, units]) => ({
      resource,
      amount: Math.ceil(units - 1e-9),
    })),
  );
  return {
    problem: { durations, capacities, demands: demandList, precedences, release, fixed, due },
    grid: g,
  };
}
