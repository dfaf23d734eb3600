/**
 * A binary heap of node numbers ordered by topological rank, each node at most once. The
 * incremental engine drains it to visit changed nodes in dependency order (`descending` for the
 * backward direction).
 */
export class RankHeap {
  readonly #rank: Int32Array;
  readonly #queued: Uint8Array;
  readonly #sign: number;
  #items: number[] = [];

  constructor(rank: Int32Array, descending = false) {
    this.#rank = rank;
    this.#queued = new Uint8Array(rank.length);
    this.#sign = descending ? -1 : 1;
  }

  get size(): number {
    return this.#items.length;
  }

  /** Adds `v` unless it is already waiting. */
  push(v: number): void {
    if (this.#queued[v] === 1) return;
    this.#queued[v] = 1;
    const items = this.#items;
    let i = items.length;
    items.push(v);
    const key = this.#key(v);
    while (i > 0) {
      const up = (i - 1) >> 1;
      const other = items[up] as number;
      if (this.#key(other) <= key) break;
      items[i] = other;
      i = up;
    }
    items[i] = v;
  }

  /** Removes and returns the node of lowest rank (highest when descending). */
  pop(): number {
    const items = this.#items;
    const top = items[0] as number;
    const last = items.pop() as number;
    this.#queued[top] = 0;
    if (items.length === 0) return top;
    const key = this.#key(last);
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= items.length) break;
      const right = child + 1;
      if (right < items.length && this.#key(items[right] as number) < this.#key(items[child] as number))
        child = right;
      const c = items[child] as number;
      if (this.#key(c) >= key) break;
      items[i] = c;
      i = child;
    }
    items[i] = last;
    return top;
  }

  #key(v: number): number {
    return this.#sign * (this.#rank[v] as number);
  }
}
