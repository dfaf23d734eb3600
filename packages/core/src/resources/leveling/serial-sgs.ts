/**
 * The serial schedule generation scheme over a time-indexed resource profile. It takes the
 * activities in the order of an activity list and starts each at the earliest time that its
 * predecessors (start-to-start minimum distances) and its release allow and at which every
 * resource it uses has room for its whole duration. Fixed activities are placed first, where they
 * are. Every schedule it returns is feasible; with deadlines (the backward pass) it may fail, and
 * says so by returning -1.
 *
 * The same code schedules the mirrored problem (`CompiledProblem.backward`), which is how the
 * backward half of forward-backward improvement right-justifies a schedule.
 *
 * Cost: one profile of `resources × horizon` integers, allocated once; a schedule adds and then
 * removes its own usage, so nothing is cleared or allocated per call.
 */
import type { CompiledProblem, Direction } from './problem.js';

export class SerialScheme {
  private readonly usage: Int32Array;
  readonly horizon: number;
  /** How many schedules this scheme has generated (the search's budget counts these). */
  count = 0;

  constructor(private readonly cp: CompiledProblem) {
    this.horizon = cp.horizon;
    this.usage = new Int32Array(Math.max(1, cp.resources * this.horizon));
  }

  /**
   * Schedules `list` (topological in `dir`) into `start`. `fixed[j] ≥ 0` pins activity `j`;
   * `release[j]` is its earliest start; `deadline`, when given, its latest start. Returns the
   * makespan, or -1 when a deadline could not be met.
   */
  run(
    dir: Direction,
    list: Int32Array,
    start: Int32Array,
    release: Int32Array,
    fixed: Int32Array,
    deadline: Int32Array | null,
  ): number {
    this.count++;
    const { cp, usage, horizon } = this;
    const { n, dur, cap, demOff, demRes, demAmt } = cp;
    const { predOff, pred, dist } = dir;
    let makespan = 0;
    let placed = 0;
    let ok = true;
    for (let j = 0; j < n; j++) {
      const f = fixed[j] as number;
      if (f < 0) continue;
      start[j] = f;
      this.add(j, f, 1);
      if (f + (dur[j] as number) > makespan) makespan = f + (dur[j] as number);
    }
    for (; placed < n; placed++) {
      const j = list[placed] as number;
      if ((fixed[j] as number) >= 0) continue;
      let t = release[j] as number;
      for (let k = predOff[j] as number; k < (predOff[j + 1] as number); k++) {
        const s = (start[pred[k] as number] as number) + (dist[k] as number);
        if (s > t) t = s;
      }
      const d = dur[j] as number;
      const limit = deadline === null ? horizon - d : Math.min(horizon - d, deadline[j] as number);
      const d0 = demOff[j] as number;
      const d1 = demOff[j + 1] as number;
      if (d > 0 && d1 > d0) {
        search: for (;;) {
          if (t > limit) break;
          for (let k = d0; k < d1; k++) {
            const r = demRes[k] as number;
            const room = (cap[r] as number) - (demAmt[k] as number);
            const base = r * horizon;
            for (let tau = t + d - 1; tau >= t; tau--) {
              if ((usage[base + tau] as number) > room) {
                t = tau + 1;
                continue search;
              }
            }
          }
          break;
        }
      }
      if (t > limit) {
        ok = false;
        break;
      }
      start[j] = t;
      this.add(j, t, 1);
      if (t + d > makespan) makespan = t + d;
    }
    // Take this schedule's usage back out of the profile.
    for (let j = 0; j < n; j++) if ((fixed[j] as number) >= 0) this.add(j, start[j] as number, -1);
    for (let q = 0; q < placed; q++) {
      const j = list[q] as number;
      if ((fixed[j] as number) < 0) this.add(j, start[j] as number, -1);
    }
    return ok ? makespan : -1;
  }

  private add(j: number, t: number, sign: number): void {
    const { cp, usage, horizon } = this;
    const d = cp.dur[j] as number;
    if (d === 0) return;
    const end = Math.min(t + d, horizon);
    for (let k = cp.demOff[j] as number; k < (cp.demOff[j + 1] as number); k++) {
      const q = sign * (cp.demAmt[k] as number);
      const base = (cp.demRes[k] as number) * horizon;
      for (let tau = Math.max(t, 0); tau < end; tau++) usage[base + tau] = (usage[base + tau] as number) + q;
    }
  }
}
