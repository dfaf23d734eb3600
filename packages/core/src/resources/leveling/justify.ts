/**
 * Forward-backward improvement (double justification, Valls, Ballestín and Quintanilla 2005): a
 * feasible schedule is right-justified (the mirrored problem scheduled in order of decreasing
 * finish, against the same makespan), then left-justified again (scheduled forward in order of the
 * right-justified starts). Neither step can lengthen the schedule and together they often shorten
 * it; the step repeats while it helps. The result is kept only when it is no longer than the input
 * and starts no further past the wanted latest starts (`due`), so every schedule this returns is
 * feasible, at most as long and at most as late.
 */
import type { Orderer } from './order.js';
import { type CompiledProblem, lateness } from './problem.js';
import type { SerialScheme } from './serial-sgs.js';

export class Justifier {
  private readonly key: Float64Array;
  private readonly list: Int32Array;
  private readonly back: Int32Array;
  private readonly next: Int32Array;
  private readonly zero: Int32Array;
  private readonly fixedBack: Int32Array;
  private readonly deadline: Int32Array;

  constructor(
    private readonly cp: CompiledProblem,
    private readonly scheme: SerialScheme,
    private readonly orderer: Orderer,
  ) {
    const n = cp.n;
    this.key = new Float64Array(n);
    this.list = new Int32Array(n);
    this.back = new Int32Array(n);
    this.next = new Int32Array(n);
    this.zero = new Int32Array(n);
    this.fixedBack = new Int32Array(n);
    this.deadline = new Int32Array(n);
  }

  /**
   * Improves `start` (makespan `makespan`) in place and returns the new makespan. At most
   * `rounds` forward-backward rounds (each generates two schedules).
   */
  improve(start: Int32Array, makespan: number, rounds = 3): number {
    const { cp, scheme, orderer, key, list, back, next, zero, fixedBack, deadline } = this;
    const { n, dur, fixed, release } = cp;
    let best = makespan;
    let late = lateness(cp, start);
    for (let round = 0; round < rounds; round++) {
      for (let j = 0; j < n; j++) {
        const d = dur[j] as number;
        key[j] = -((start[j] as number) + d);
        fixedBack[j] = (fixed[j] as number) >= 0 ? best - d - (fixed[j] as number) : -1;
        deadline[j] = best - d - (release[j] as number);
      }
      orderer.byKey(key, list, true);
      if (scheme.run(cp.backward, list, back, zero, fixedBack, deadline) < 0) break;
      for (let j = 0; j < n; j++) key[j] = best - (back[j] as number) - (dur[j] as number);
      orderer.byKey(key, list, false);
      const m = scheme.run(cp.forward, list, next, release, fixed, null);
      if (m < 0 || m > best) break;
      // Not at the price of starting further past the wanted latest starts.
      const nextLate = lateness(cp, next);
      if (nextLate > late) break;
      const gained = m < best || nextLate < late;
      late = nextLate;
      start.set(next);
      best = m;
      if (!gained) break;
    }
    return best;
  }
}
