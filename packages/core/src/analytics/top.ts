/**
 * The first `k` items of a stream in sort order, as a stable sort would give them: an item goes
 * after the items it ties with, and an item that ties with the last kept one is dropped. Keeps a
 * sorted array of at most `k`, so offering `n` items costs O(n log k) comparisons and no sort of
 * all `n`.
 */
export class TopK<T> {
  readonly #kept: T[] = [];
  private readonly k: number;

  /** `k` is truncated as `Array.prototype.slice` would (NaN keeps nothing, Infinity everything). */
  constructor(
    k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {
    this.k = Number.isNaN(k) ? 0 : Math.max(0, Math.trunc(k));
  }

  /** Keeps `item` if it is among the first `k` so far. */
  offer(item: T): void {
    const kept = this.#kept;
    if (this.k <= 0) return;
    if (kept.length === this.k && this.compare(item, kept[kept.length - 1] as T) >= 0) return;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(item, kept[mid] as T) < 0) hi = mid;
      else lo = mid + 1;
    }
    kept.splice(lo, 0, item);
    if (kept.length > this.k) kept.pop();
  }

  /** Whether `k` items are kept: an item must then beat the last one to get in. */
  get full(): boolean {
    return this.#kept.length >= this.k;
  }

  /** The last item kept, if any. */
  last(): T | undefined {
    return this.#kept[this.#kept.length - 1];
  }

  /** The items kept, first first. */
  items(): T[] {
    return this.#kept.slice();
  }
}
