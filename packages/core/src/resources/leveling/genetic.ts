/**
 * The population-based search: Hartmann's activity-list genetic algorithm (1998) with every
 * individual decoded by the serial scheme and improved by forward-backward justification, whose
 * result is written back into the individual's list (so good schedules breed good lists).
 *
 * Generation: the population is shuffled into pairs; each pair gives two children by two-point
 * crossover (the first child takes the mother's list up to the first cut, then the father's
 * activities not yet taken in his order up to the second cut, then the mother's again; the second
 * child the other way round), which keeps every list precedence-feasible; a child's adjacent
 * activities swap with a small probability when no link joins them. Parents and children are
 * ranked by how far they start past the wanted latest starts, if any, then by makespan (ties: the
 * older first) and the best half survives.
 *
 * The search stops when its schedule budget is spent, when a schedule meets the lower bound, or at
 * the safety time cap. Everything random comes from one seeded generator, so the same problem and
 * options give the same result whenever the cap is not reached.
 */
import type { Random } from '../../testing/random.js';
import type { Justifier } from './justify.js';
import type { Orderer } from './order.js';
import { type CompiledProblem, lateness } from './problem.js';
import type { SerialScheme } from './serial-sgs.js';

export interface Individual {
  list: Int32Array;
  start: Int32Array;
  makespan: number;
  /** Units started past the wanted latest starts (`CompiledProblem.due`), summed; 0 without. */
  lateness: number;
  /** Creation number, the tie-breaker that keeps selection deterministic. */
  born: number;
}

export interface SearchContext {
  cp: CompiledProblem;
  scheme: SerialScheme;
  orderer: Orderer;
  justifier: Justifier;
  random: Random;
  lowerBound: number;
  /** Schedules the search may generate in all. */
  budget: number;
  /** `Date.now()` after which the search stops (safety cap). */
  deadline: number;
  mutation: number;
}

export class Evolution {
  private born = 0;
  private readonly key: Float64Array;
  private readonly taken: Uint8Array;
  best: Individual | null = null;
  stoppedBy: 'budget' | 'lower-bound' | 'time' = 'budget';

  constructor(private readonly ctx: SearchContext) {
    this.key = new Float64Array(ctx.cp.n);
    this.taken = new Uint8Array(ctx.cp.n);
  }

  /** Decodes and justifies a list into an individual (the list is rewritten in start order). */
  evaluate(list: Int32Array): Individual {
    const { cp, scheme, orderer, justifier } = this.ctx;
    const start = new Int32Array(cp.n);
    let makespan = scheme.run(cp.forward, list, start, cp.release, cp.fixed, null);
    makespan = justifier.improve(start, makespan);
    const key = this.key;
    for (let j = 0; j < cp.n; j++) key[j] = start[j] as number;
    orderer.byKey(key, list);
    const ind: Individual = { list, start, makespan, lateness: lateness(cp, start), born: this.born++ };
    if (this.best === null || better(ind, this.best) < 0) this.best = ind;
    return ind;
  }

  /** Whether the search must stop now. */
  done(): boolean {
    const { scheme, budget, lowerBound, deadline } = this.ctx;
    if (this.best !== null && this.best.lateness === 0 && this.best.makespan <= lowerBound) {
      this.stoppedBy = 'lower-bound';
      return true;
    }
    if (scheme.count >= budget) {
      this.stoppedBy = 'budget';
      return true;
    }
    if (Date.now() > deadline) {
      this.stoppedBy = 'time';
      return true;
    }
    return false;
  }

  /** Runs generations from `population` until `done()`. */
  run(population: Individual[]): Individual {
    const size = population.length;
    const { random } = this.ctx;
    let pop = population;
    while (!this.done() && size >= 2) {
      const order = pop.slice();
      for (let i = order.length - 1; i > 0; i--) {
        const k = Math.floor(random.next() * (i + 1));
        const t = order[i] as Individual;
        order[i] = order[k] as Individual;
        order[k] = t;
      }
      const children: Individual[] = [];
      for (let i = 0; i + 1 < order.length && !this.done(); i += 2) {
        const mother = (order[i] as Individual).list;
        const father = (order[i + 1] as Individual).list;
        const n = mother.length;
        let a = Math.floor(random.next() * (n + 1));
        let b = Math.floor(random.next() * (n + 1));
        if (a > b) [a, b] = [b, a];
        children.push(this.evaluate(this.mutate(this.cross(mother, father, a, b))));
        if (this.done()) break;
        children.push(this.evaluate(this.mutate(this.cross(father, mother, a, b))));
      }
      const all = pop.concat(children);
      all.sort((x, y) => better(x, y) || x.born - y.born);
      // Keep one individual per schedule, so the population does not collapse onto one.
      const seen = new Set<number>();
      const next: Individual[] = [];
      const twins: Individual[] = [];
      for (const ind of all) {
        const h = this.hash(ind.start);
        if (seen.has(h)) twins.push(ind);
        else {
          seen.add(h);
          next.push(ind);
        }
      }
      pop = next.concat(twins).slice(0, size);
    }
    return this.best as Individual;
  }

  private hash(start: Int32Array): number {
    let h = 0x811c9dc5;
    for (let j = 0; j < start.length; j++) h = Math.imul(h ^ (start[j] as number), 0x01000193);
    return h >>> 0;
  }

  private cross(mother: Int32Array, father: Int32Array, a: number, b: number): Int32Array {
    const n = mother.length;
    const taken = this.taken;
    taken.fill(0);
    const child = new Int32Array(n);
    let at = 0;
    for (let i = 0; i < a; i++) {
      const j = mother[i] as number;
      child[at++] = j;
      taken[j] = 1;
    }
    for (let i = 0; i < n && at < b; i++) {
      const j = father[i] as number;
      if (taken[j]) continue;
      child[at++] = j;
      taken[j] = 1;
    }
    for (let i = 0; i < n && at < n; i++) {
      const j = mother[i] as number;
      if (taken[j]) continue;
      child[at++] = j;
      taken[j] = 1;
    }
    return child;
  }

  private mutate(list: Int32Array): Int32Array {
    const { random, mutation, cp } = this.ctx;
    const n = list.length;
    for (let i = 0; i + 1 < n; i++) {
      if (random.next() >= mutation) continue;
      const x = list[i] as number;
      const y = list[i + 1] as number;
      if (cp.edgeSet.has(x * n + y)) continue;
      list[i] = y;
      list[i + 1] = x;
    }
    return list;
  }
}

/** Negative when `x` is the better schedule: fewer units past the wanted starts, then shorter. */
function better(x: Individual, y: Individual): number {
  return x.lateness - y.lateness || x.makespan - y.makespan;
}
