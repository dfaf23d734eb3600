/**
 * Packing roadmap bars into the fewest rows of a lane without overlap: interval partitioning.
 * Bars are taken in order of start; each goes to the lowest-numbered row that is free by then.
 * When no row is free, every open row holds a bar that overlaps this one's start, so the number
 * of rows equals the largest number of bars overlapping at one instant: the fewest possible.
 */

/** Where each bar of a lane goes: its row, and how many rows the lane needs. */
export interface PackResult {
  /** `rows[i]` is the row (0 = top) of bar `i`. */
  readonly rows: Int32Array;
  readonly rowCount: number;
}

/**
 * Packs bars `[starts[i], ends[i])` (any unit: wall minutes, pixels) into rows. A bar shorter
 * than `minLength` takes `minLength` (a milestone or a one-day feature still needs room for its
 * box); `gap` is the space kept between two bars in a row. Bars that only touch share a row when
 * `gap` is 0. Ties in start go longest first, then by index, so the result is deterministic.
 * Non-finite spans are placed in row 0 without taking room. O(n log n), no recursion.
 */
export function packRows(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  minLength = 0,
  gap = 0,
): PackResult {
  const n = Math.min(starts.length, ends.length);
  const rows = new Int32Array(n);
  const order: number[] = [];
  const stop = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = starts[i] as number;
    const e = ends[i] as number;
    if (!Number.isFinite(s) || !Number.isFinite(e)) continue;
    stop[i] = Math.max(e, s + minLength);
    order.push(i);
  }
  order.sort(
    (a, b) =>
      (starts[a] as number) - (starts[b] as number) || (stop[b] as number) - (stop[a] as number) || a - b,
  );
  // Busy rows keyed by the instant they free up; free rows keyed by their number.
  const busy = new MinHeap();
  const free = new MinHeap();
  let rowCount = 0;
  for (const i of order) {
    const s = starts[i] as number;
    while (busy.size > 0 && busy.topKey() <= s) free.push(busy.pop(), 0);
    let row: number;
    if (free.size > 0) row = free.pop();
    else row = rowCount++;
    rows[i] = row;
    busy.push(row, (stop[i] as number) + gap);
  }
  return { rows, rowCount };
}

/**
 * A binary min-heap of rows, keyed by a number (ties by row number, so the lowest free row is
 * taken first). Free rows use key 0 and thus order by row alone.
 */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.values.length;
  }

  topKey(): number {
    return this.keys[0] as number;
  }

  push(value: number, key: number): void {
    const keys = this.keys;
    const values = this.values;
    let i = values.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): number {
    const keys = this.keys;
    const values = this.values;
    const top = values[0] as number;
    const lastKey = keys.pop() as number;
    const lastValue = values.pop() as number;
    if (values.length > 0) {
      keys[0] = lastKey;
      values[0] = lastValue;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < values.length && this.less(l, m)) m = l;
        if (r < values.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a] as number;
    const kb = this.keys[b] as number;
    return ka < kb || (ka === kb && (this.values[a] as number) < (this.values[b] as number));
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a] as number;
    this.keys[a] = this.keys[b] as number;
    this.keys[b] = k;
    const v = this.values[a] as number;
    this.values[a] = this.values[b] as number;
    this.values[b] = v;
  }
}
