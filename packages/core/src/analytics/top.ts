/** Up to this many items are kept sorted as they come; more are gathered and sorted in batches. */
const INSERT_LIMIT = 64;

/**
 * The first `k` items of a stream in sort order, as a stable sort would give them: an item goes
 * after the items it ties with, and an item that ties with the last kept one is dropped. For a
 * small `k` the items kept stay sorted (a binary insertion per item that gets in, O(n log k)); for
 * a large one they are gathered and sorted whenever twice `k` are waiting, so a long list never
 * pays for moving a growing array on every insertion.
 */
export class TopK<T> {
  readonly #kept: T[] = [];
  readonly #k: number;
  readonly #batched: boolean;
  readonly #compare: (a: T, b: T) => number;

  /** `k` is truncated as `Array.prototype.slice` would (NaN keeps nothing, Infinity everything). */
  constructor(k: number, compare: (a: T, b: T) => number) {
    this.#k = Number.isNaN(k) ? 0 : Math.max(0, Math.trunc(k));
    this.#batched = this.#k > INSERT_LIMIT;
    this.#compare = compare;
  }

  /** Keeps `item` if it is among the first `k` so far. */
  offer(item: T): void {
    const kept = this.#kept;
    const k = this.#k;
    if (k === 0) return;
    if (this.#batched) {
      kept.push(item);
      if (kept.length >= 2 * k) this.#settle();
      return;
    }
    if (kept.length === k && this.#compare(item, kept[kept.length - 1] as T) >= 0) return;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#compare(item, kept[mid] as T) < 0) hi = mid;
      else lo = mid + 1;
    }
    kept.splice(lo, 0, item);
    if (kept.length > k) kept.pop();
  }

  /**
   * Whether `k` items are kept, so that an item must beat the last one to get in. Always false for
   * a large `k` (items there are not kept in order as they come).
   */
  get full(): boolean {
    return !this.#batched && this.#kept.length >= this.#k;
  }

  /** The last item kept, when {@link full}. */
  last(): T | undefined {
    return this.full ? this.#kept[this.#kept.length - 1] : undefined;
  }

  /** The items kept, first first. */
  items(): T[] {
    if (this.#batched) this.#settle();
    return this.#kept.slice();
  }

  /** Sorts the gathered items (stable: ties stay in the order offered) and keeps the first `k`. */
  #settle(): void {
    this.#kept.sort(this.#compare);
    if (this.#kept.length > this.#k) this.#kept.length = this.#k;
  }
}
