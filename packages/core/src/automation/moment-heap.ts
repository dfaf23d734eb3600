/**
 * A binary min-heap of (moment, task id) pairs in two parallel arrays (no object per entry): the
 * pending moments of one time rule, smallest first. Entries are never removed from the middle;
 * the due index checks a popped entry against the task's current moment instead (a stale entry
 * is dropped then).
 */
export class MomentHeap {
  private moments: number[] = [];
  private ids: string[] = [];

  get size(): number {
    return this.moments.length;
  }

  /** The smallest moment, or `Infinity` when empty. */
  peek(): number {
    return this.moments.length === 0 ? Number.POSITIVE_INFINITY : (this.moments[0] as number);
  }

  push(moment: number, id: string): void {
    const moments = this.moments;
    const ids = this.ids;
    let i = moments.length;
    moments.push(moment);
    ids.push(id);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pm = moments[parent] as number;
      if (pm <= moment) break;
      moments[i] = pm;
      ids[i] = ids[parent] as string;
      i = parent;
    }
    moments[i] = moment;
    ids[i] = id;
  }

  /** Removes the smallest entry and returns its task id (read {@link peek} first for its moment). */
  pop(): string {
    const moments = this.moments;
    const ids = this.ids;
    const top = ids[0] as string;
    const lastMoment = moments.pop() as number;
    const lastId = ids.pop() as string;
    const n = moments.length;
    if (n > 0) this.siftDown(0, lastMoment, lastId, n);
    return top;
  }

  /** Replaces the content with the given entries (taken over, not copied), in O(n). */
  reset(moments: number[], ids: string[]): void {
    this.moments = moments;
    this.ids = ids;
    const n = moments.length;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.siftDown(i, moments[i] as number, ids[i] as string, n);
  }

  private siftDown(start: number, moment: number, id: string, n: number): void {
    const moments = this.moments;
    const ids = this.ids;
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && (moments[child + 1] as number) < (moments[child] as number)) child++;
      const cm = moments[child] as number;
      if (cm >= moment) break;
      moments[i] = cm;
      ids[i] = ids[child] as string;
      i = child;
    }
    moments[i] = moment;
    ids[i] = id;
  }
}
