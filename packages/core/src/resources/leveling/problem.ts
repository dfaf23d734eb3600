/**
 * The resource-constrained project scheduling problem (RCPSP) as the leveling solver reads it:
 * activities with integer durations, start-to-start minimum distances between them (generalized
 * precedence: any of the four link types with a lag maps to one), renewable resources with an
 * integer capacity, a demand per activity and resource, release times, and fixed activities.
 * Time is an integer grid starting at 0; the caller chooses what one unit means.
 *
 * `compileProblem` turns that into flat typed arrays, a topological rank, and the same problem
 * mirrored in time (what a backward pass schedules), so the hot loops never allocate.
 */

/** `CompiledProblem.due` of an activity without a wanted latest start. */
export const NO_DUE = 0x7fffffff;

/** One activity's use of one resource. */
export interface Demand {
  resource: number;
  amount: number;
}

/** `start(to) ≥ start(from) + distance`; the distance may be negative (a lead). */
export interface Precedence {
  from: number;
  to: number;
  distance: number;
}

export interface RcpspProblem {
  /** Per activity, integer ≥ 0. */
  durations: readonly number[];
  /** Per resource, integer ≥ 0. */
  capacities: readonly number[];
  /** Per activity, what it uses while it runs. */
  demands: readonly (readonly Demand[])[];
  precedences: readonly Precedence[];
  /** Per activity, the earliest start (default 0). */
  release?: readonly number[];
  /** Per activity, a start that never moves (`undefined` or a negative number: free). */
  fixed?: readonly (number | undefined)[];
  /**
   * Per activity, the latest start wanted (`undefined`: none). Soft: the search prefers the
   * schedule that starts fewest units past these, then the shortest; the result says how far past.
   */
  due?: readonly (number | undefined)[];
}

/** One direction of the compiled problem: the forward one, or the one mirrored in time. */
export interface Direction {
  /** Incoming edges per activity: `predOff[j] … predOff[j+1]-1` index `pred` and `dist`. */
  predOff: Int32Array;
  pred: Int32Array;
  dist: Int32Array;
}

export interface CompiledProblem {
  n: number;
  resources: number;
  dur: Int32Array;
  cap: Int32Array;
  /** Demands per activity: `demOff[j] … demOff[j+1]-1` index `demRes` and `demAmt` (clamped to capacity). */
  demOff: Int32Array;
  demRes: Int32Array;
  demAmt: Int32Array;
  release: Int32Array;
  /** Fixed start, or -1. */
  fixed: Int32Array;
  /** Latest start wanted (`NO_DUE` where none), or null when no activity has one. */
  due: Int32Array | null;
  forward: Direction;
  /** Mirrored in time: `start' = M − finish`; edges reversed with distance `d + dur(to) − dur(from)`. */
  backward: Direction;
  /** Outgoing edges per activity (forward), for the critical path and priority rules. */
  succOff: Int32Array;
  succ: Int32Array;
  succDist: Int32Array;
  /** A topological rank: every edge goes from a lower rank to a higher one. */
  rank: Int32Array;
  /** Activities by rank. */
  topo: Int32Array;
  /** Whether some distance is negative (then ordering by start alone is not topological). */
  negative: boolean;
  /** Keys `from * n + to` of the direct edges. */
  edgeSet: Set<number>;
  /** An upper bound on any makespan the forward scheme produces. */
  horizon: number;
  /** Activities whose demand exceeded a capacity (clamped, so they can run alone). */
  overCapacity: number[];
}

function csr(
  n: number,
  keys: Int32Array,
  a: Int32Array,
  b: Int32Array,
): [Int32Array, Int32Array, Int32Array] {
  const off = new Int32Array(n + 1);
  for (let k = 0; k < keys.length; k++) {
    const at = (keys[k] as number) + 1;
    off[at] = (off[at] as number) + 1;
  }
  for (let j = 0; j < n; j++) off[j + 1] = (off[j + 1] as number) + (off[j] as number);
  const fill = off.slice(0, n);
  const outA = new Int32Array(keys.length);
  const outB = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as number;
    const at = fill[key] as number;
    fill[key] = at + 1;
    outA[at] = a[k] as number;
    outB[at] = b[k] as number;
  }
  return [off, outA, outB];
}

/**
 * Compiles a problem. Throws a `RangeError` when a duration, capacity or demand is not a
 * non-negative integer, an index is out of range, or the precedences contain a cycle.
 */
export function compileProblem(p: RcpspProblem): CompiledProblem {
  const n = p.durations.length;
  const resources = p.capacities.length;
  const int = (v: number, what: string): number => {
    if (!Number.isInteger(v) || v < 0)
      throw new RangeError(`${what} must be a non-negative integer, got ${v}`);
    return v;
  };
  const dur = new Int32Array(n);
  for (let j = 0; j < n; j++) dur[j] = int(p.durations[j] as number, 'a duration');
  const cap = new Int32Array(resources);
  for (let r = 0; r < resources; r++) cap[r] = int(p.capacities[r] as number, 'a capacity');
  const demOff = new Int32Array(n + 1);
  const res: number[] = [];
  const amt: number[] = [];
  const overCapacity: number[] = [];
  for (let j = 0; j < n; j++) {
    let over = false;
    for (const d of p.demands[j] ?? []) {
      if (!Number.isInteger(d.resource) || d.resource < 0 || d.resource >= resources)
        throw new RangeError(`activity ${j} uses an unknown resource ${d.resource}`);
      const a = int(d.amount, 'a demand');
      if (a === 0) continue;
      const c = cap[d.resource] as number;
      if (a > c) over = true;
      res.push(d.resource);
      amt.push(Math.min(a, c));
    }
    if (over) overCapacity.push(j);
    demOff[j + 1] = res.length;
  }
  const release = new Int32Array(n);
  const fixed = new Int32Array(n).fill(-1);
  for (let j = 0; j < n; j++) {
    release[j] = p.release?.[j] ?? 0;
    const f = p.fixed?.[j];
    if (f !== undefined && f >= 0) fixed[j] = int(f, 'a fixed start');
  }
  let due: Int32Array | null = null;
  for (let j = 0; j < n; j++) {
    const v = p.due?.[j];
    if (v === undefined) continue;
    due ??= new Int32Array(n).fill(NO_DUE);
    due[j] = int(v, 'a due start');
  }
  const m = p.precedences.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const dist = new Int32Array(m);
  const backDist = new Int32Array(m);
  let negative = false;
  const edgeSet = new Set<number>();
  let positive = 0;
  for (let k = 0; k < m; k++) {
    const e = p.precedences[k] as Precedence;
    if (!(e.from >= 0 && e.from < n && e.to >= 0 && e.to < n) || e.from === e.to)
      throw new RangeError(`precedence ${k} names an unknown activity`);
    if (!Number.isInteger(e.distance)) throw new RangeError(`precedence ${k} needs an integer distance`);
    from[k] = e.from;
    to[k] = e.to;
    dist[k] = e.distance;
    backDist[k] = e.distance + (dur[e.to] as number) - (dur[e.from] as number);
    if (e.distance < 0) negative = true;
    if (e.distance > 0) positive += e.distance;
    edgeSet.add(e.from * n + e.to);
  }
  const [predOff, pred, pdist] = csr(n, to, from, dist);
  const [succOff, succ, succDist] = csr(n, from, to, dist);
  const [bOff, bPred, bDist] = csr(n, from, to, backDist);
  const rank = new Int32Array(n);
  const topo = new Int32Array(n);
  const indeg = new Int32Array(n);
  for (let k = 0; k < m; k++) {
    const j = to[k] as number;
    indeg[j] = (indeg[j] as number) + 1;
  }
  let head = 0;
  let tail = 0;
  for (let j = 0; j < n; j++) if (indeg[j] === 0) topo[tail++] = j;
  while (head < tail) {
    const i = topo[head] as number;
    rank[i] = head++;
    for (let k = succOff[i] as number; k < (succOff[i + 1] as number); k++) {
      const j = succ[k] as number;
      const left = (indeg[j] as number) - 1;
      indeg[j] = left;
      if (left === 0) topo[tail++] = j;
    }
  }
  if (tail < n) throw new RangeError('the precedences contain a cycle');
  let sumDur = 0;
  let late = 0;
  for (let j = 0; j < n; j++) {
    sumDur += dur[j] as number;
    late = Math.max(late, release[j] as number, (fixed[j] as number) + (dur[j] as number));
  }
  return {
    n,
    resources,
    dur,
    cap,
    demOff,
    demRes: Int32Array.from(res),
    demAmt: Int32Array.from(amt),
    release,
    fixed,
    due,
    forward: { predOff, pred, dist: pdist },
    backward: { predOff: bOff, pred: bPred, dist: bDist },
    succOff,
    succ,
    succDist,
    rank,
    topo,
    negative,
    edgeSet,
    horizon: late + sumDur + positive + 1,
    overCapacity,
  };
}

/** Units by which `start` runs past the wanted latest starts. */
export function lateness(cp: CompiledProblem, start: Int32Array): number {
  const due = cp.due;
  if (due === null) return 0;
  let sum = 0;
  for (let j = 0; j < cp.n; j++) {
    const over = (start[j] as number) - (due[j] as number);
    if (over > 0) sum += over;
  }
  return sum;
}
