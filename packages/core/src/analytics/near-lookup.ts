import type { AnalyticsFrame } from './types.js';

/** Places after (and before) the last task found that are compared before the index is asked. */
const AHEAD = 4;
const BEHIND = 2;

/**
 * Finds task indices by id during one pass over references in data order (link ends, snapshot
 * entries). Links join tasks that sit close together in WBS order, so the few tasks around the
 * last one found are compared first, and only a miss reads `frame.index` (built on first use: a
 * table as large as the project, and a cache miss per probe). Always exact.
 */
export class NearLookup {
  #last = 0;

  constructor(private readonly frame: AnalyticsFrame) {}

  /** The index of the task with this id, or -1. */
  find(id: string): number {
    const ids = this.frame.ids;
    const last = this.#last;
    const end = Math.min(ids.length, last + AHEAD + 1);
    for (let j = last; j < end; j++) {
      if (ids[j] === id) {
        this.#last = j;
        return j;
      }
    }
    for (let j = Math.max(0, last - BEHIND); j < last; j++) {
      if (ids[j] === id) {
        this.#last = j;
        return j;
      }
    }
    const j = this.frame.index.get(id);
    if (j === undefined) return -1;
    this.#last = j;
    return j;
  }
}
