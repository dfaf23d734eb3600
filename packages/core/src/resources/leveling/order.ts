/**
 * Activity lists: a precedence-feasible order of the activities (every activity after all of its
 * predecessors), the representation the schedule generation scheme decodes and the genetic search
 * recombines. `orderByKey` builds one by Kahn's algorithm, always taking the eligible activity with
 * the smallest key (ties: the lower topological rank), so any priority value, a schedule's start
 * times included, becomes a list in O(n log n).
 */
import type { CompiledProblem } from './problem.js';

/** Reused buffers, so building a list allocates nothing. */
export class Orderer {
  private readonly heap: Int32Array;
  private readonly indeg: Int32Array;

  constructor(private readonly cp: CompiledProblem) {
    this.heap = new Int32Array(cp.n);
    this.indeg = new Int32Array(cp.n);
  }

  /**
   * Writes into `out` the topological order that prefers small keys. `reverse` orders the
   * mirrored problem (successors before predecessors).
   */
  byKey(key: Float64Array, out: Int32Array, reverse = false): Int32Array {
    const { cp, heap, indeg } = this;
    const { n, rank } = cp;
    const inOff = reverse ? cp.succOff : cp.forward.predOff;
    const outOff = reverse ? cp.forward.predOff : cp.succOff;
    const outTo = reverse ? cp.forward.pred : cp.succ;
    const less = (a: number, b: number): boolean => {
      const ka = key[a] as number;
      const kb = key[b] as number;
      if (ka !== kb) return ka < kb;
      return reverse ? (rank[a] as number) > (rank[b] as number) : (rank[a] as number) < (rank[b] as number);
    };
    let size = 0;
    const push = (v: number): void => {
      let i = size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        const u = heap[p] as number;
        if (!less(v, u)) break;
        heap[i] = u;
        i = p;
      }
      heap[i] = v;
    };
    const pop = (): number => {
      const top = heap[0] as number;
      const v = heap[--size] as number;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && less(heap[c + 1] as number, heap[c] as number)) c++;
        if (!less(heap[c] as number, v)) break;
        heap[i] = heap[c] as number;
        i = c;
      }
      heap[i] = v;
      return top;
    };
    for (let j = 0; j < n; j++) {
      indeg[j] = (inOff[j + 1] as number) - (inOff[j] as number);
      if (indeg[j] === 0) push(j);
    }
    let at = 0;
    while (size > 0) {
      const i = pop();
      out[at++] = i;
      for (let k = outOff[i] as number; k < (outOff[i + 1] as number); k++) {
        const j = outTo[k] as number;
        const left = (indeg[j] as number) - 1;
        indeg[j] = left;
        if (left === 0) push(j);
      }
    }
    return out;
  }
}
