/**
 * `solveRcpsp`: a feasible schedule of minimal makespan, as far as the budget allows, for a
 * resource-constrained project scheduling problem.
 *
 * 1. Priority-rule schedules: the serial scheme decodes the lists that LFT, LST, MTS and GRPW give,
 *    each improved by forward-backward justification. Every instance gets these, whatever the
 *    budget, so even the smallest budget returns a justified schedule.
 * 2. The rest of the initial population: LFT lists with random noise on the priorities (biased
 *    random sampling), of different strengths.
 * 3. The genetic search (`genetic.ts`) until the budget is spent or a schedule meets the lower
 *    bound (the larger of the critical path and the resource bound).
 *
 * The budget counts generated schedules (a forward or a backward pass each), not time, so the
 * result depends only on the problem and the options. The default budget shrinks as the instance
 * grows (`DEFAULT_WORK` activity placements, between `MIN_SCHEDULES` and `MAX_SCHEDULES`
 * schedules), which keeps the cost of a solve roughly proportional to the instance. `timeLimitMs`
 * is a safety cap only: when it cuts the search the result is still feasible but may differ
 * between machines, and `stoppedBy` says `'time'`.
 */
import { createRandom } from '../../testing/random.js';
import { Evolution, type Individual } from './genetic.js';
import { Justifier } from './justify.js';
import { Orderer } from './order.js';
import { priorities, resourceBound } from './priority-rules.js';
import { compileProblem, type RcpspProblem } from './problem.js';
import { SerialScheme } from './serial-sgs.js';

export interface SolveOptions {
  /** Schedules to generate in all (forward and backward passes). Default: scaled to the size. */
  schedules?: number;
  /** Seed of the random generator. Default 1. */
  seed?: number;
  /** Safety cap in milliseconds. Default 10 000. */
  timeLimitMs?: number;
  /** Individuals in the population. Default 40. */
  population?: number;
}

export interface SolveResult {
  /** Start per activity. */
  starts: number[];
  makespan: number;
  /** Units started past the problem's wanted latest starts (`due`), summed: 0 when all are kept. */
  lateness: number;
  /** The larger of the critical-path and the resource lower bound. */
  lowerBound: number;
  /** Schedules generated. */
  schedules: number;
  stoppedBy: 'budget' | 'lower-bound' | 'time';
  /** Activities whose demand exceeds a capacity: they ran as if they needed exactly the capacity. */
  overCapacity: number[];
}

/** Activity placements the default budget allows (schedules × activities). */
export const DEFAULT_WORK = 260_000;
export const MIN_SCHEDULES = 60;
export const MAX_SCHEDULES = 10_000;

/** The default schedule budget for an instance of `n` activities. */
export function defaultSchedules(n: number): number {
  return Math.max(MIN_SCHEDULES, Math.min(MAX_SCHEDULES, Math.round(DEFAULT_WORK / Math.max(1, n))));
}

export function solveRcpsp(problem: RcpspProblem, options: SolveOptions = {}): SolveResult {
  const cp = compileProblem(problem);
  const n = cp.n;
  if (n === 0)
    return {
      starts: [],
      makespan: 0,
      lateness: 0,
      lowerBound: 0,
      schedules: 0,
      stoppedBy: 'lower-bound',
      overCapacity: [],
    };
  const scheme = new SerialScheme(cp);
  const orderer = new Orderer(cp);
  const justifier = new Justifier(cp, scheme, orderer);
  const random = createRandom(options.seed ?? 1);
  const values = priorities(cp);
  const lowerBound = Math.max(values.criticalPath, resourceBound(cp));
  const evolution = new Evolution({
    cp,
    scheme,
    orderer,
    justifier,
    random,
    lowerBound,
    budget: options.schedules ?? defaultSchedules(n),
    deadline: Date.now() + (options.timeLimitMs ?? 10_000),
    mutation: 0.05,
  });
  const population: Individual[] = [];
  const rules = [values.lft, values.lst, values.mts, values.grpw];
  for (const rule of rules) {
    if (rule === null) continue;
    population.push(evolution.evaluate(orderer.byKey(rule, new Int32Array(n))));
  }
  const size = Math.max(population.length, options.population ?? 40);
  const key = new Float64Array(n);
  const spread = Math.max(1, values.criticalPath);
  while (population.length < size && !evolution.done()) {
    const strength = 0.05 + 0.5 * random.next();
    for (let j = 0; j < n; j++) key[j] = (values.lft[j] as number) + strength * spread * random.next();
    population.push(evolution.evaluate(orderer.byKey(key, new Int32Array(n))));
  }
  const best = evolution.run(population);
  return {
    starts: Array.from(best.start),
    makespan: best.makespan,
    lateness: best.lateness,
    lowerBound,
    schedules: scheme.count,
    stoppedBy: evolution.stoppedBy,
    overCapacity: cp.overCapacity,
  };
}
