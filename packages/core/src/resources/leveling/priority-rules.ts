/**
 * Priority rules for the schedule generation scheme, computed on the precedence network alone
 * (resources ignored): LFT (latest finish time), LST (latest start time), MTS (most total
 * successors), GRPW (greatest rank positional weight) and a critical-path lower bound. A smaller
 * value means "schedule earlier", so every rule feeds `Orderer.byKey` directly.
 */
import type { CompiledProblem } from './problem.js';

export interface PriorityValues {
  earlyStart: Int32Array;
  lateStart: Int32Array;
  /** The critical-path length with releases and fixed starts: a lower bound on any makespan. */
  criticalPath: number;
  lft: Float64Array;
  lst: Float64Array;
  grpw: Float64Array;
  /** Absent on large instances (the transitive closure costs n² bits). */
  mts: Float64Array | null;
}

/** The largest instance whose most-total-successors rule is computed exactly. */
const MTS_LIMIT = 2000;

export function priorities(cp: CompiledProblem): PriorityValues {
  const { n, dur, topo, release, fixed, forward, succOff, succ, succDist } = cp;
  const es = new Int32Array(n);
  let cpLength = 0;
  for (let q = 0; q < n; q++) {
    const j = topo[q] as number;
    let t = release[j] as number;
    for (let k = forward.predOff[j] as number; k < (forward.predOff[j + 1] as number); k++) {
      const s = (es[forward.pred[k] as number] as number) + (forward.dist[k] as number);
      if (s > t) t = s;
    }
    if ((fixed[j] as number) >= 0) t = fixed[j] as number;
    es[j] = t;
    if (t + (dur[j] as number) > cpLength) cpLength = t + (dur[j] as number);
  }
  const ls = new Int32Array(n);
  for (let q = n - 1; q >= 0; q--) {
    const i = topo[q] as number;
    let t = cpLength - (dur[i] as number);
    // A wanted latest start tightens the activity and, through the links, everything before it.
    if (cp.due !== null && (cp.due[i] as number) < t) t = cp.due[i] as number;
    for (let k = succOff[i] as number; k < (succOff[i + 1] as number); k++) {
      const s = (ls[succ[k] as number] as number) - (succDist[k] as number);
      if (s < t) t = s;
    }
    ls[i] = t;
  }
  const lft = new Float64Array(n);
  const lst = new Float64Array(n);
  const grpw = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lst[i] = ls[i] as number;
    lft[i] = (ls[i] as number) + (dur[i] as number);
    let w = dur[i] as number;
    for (let k = succOff[i] as number; k < (succOff[i + 1] as number); k++)
      w += dur[succ[k] as number] as number;
    grpw[i] = -w;
  }
  let mts: Float64Array | null = null;
  if (n <= MTS_LIMIT) {
    const words = (n + 31) >>> 5;
    const closure = new Int32Array(n * words);
    mts = new Float64Array(n);
    for (let q = n - 1; q >= 0; q--) {
      const i = topo[q] as number;
      const row = i * words;
      for (let k = succOff[i] as number; k < (succOff[i + 1] as number); k++) {
        const j = succ[k] as number;
        const word = row + (j >>> 5);
        closure[word] = (closure[word] as number) | (1 << (j & 31));
        const other = j * words;
        for (let w = 0; w < words; w++)
          closure[row + w] = (closure[row + w] as number) | (closure[other + w] as number);
      }
      let count = 0;
      for (let w = 0; w < words; w++) {
        let v = closure[row + w] as number;
        while (v !== 0) {
          v &= v - 1;
          count++;
        }
      }
      mts[i] = -count;
    }
  }
  return { earlyStart: es, lateStart: ls, criticalPath: cpLength, lft, lst, grpw, mts };
}

/** The resource lower bound: for each resource, its total work over its capacity, rounded up. */
export function resourceBound(cp: CompiledProblem): number {
  const work = new Float64Array(cp.resources);
  for (let j = 0; j < cp.n; j++)
    for (let k = cp.demOff[j] as number; k < (cp.demOff[j + 1] as number); k++) {
      const r = cp.demRes[k] as number;
      work[r] = (work[r] as number) + (cp.demAmt[k] as number) * (cp.dur[j] as number);
    }
  let bound = 0;
  for (let r = 0; r < cp.resources; r++) {
    const c = cp.cap[r] as number;
    if (c > 0) bound = Math.max(bound, Math.ceil((work[r] as number) / c));
  }
  return bound;
}
