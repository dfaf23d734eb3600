/**
 * Where a card or row lands among the items of a board column (or table group). Position is kept
 * in the task's `order` member, as the store keeps sibling order: the moved item gets an order
 * strictly between its new neighbours, so usually nothing else changes; when the neighbours leave
 * no room (equal orders, or orders out of sequence), the whole list is renumbered 0, 1, 2, …
 */

/** The result of {@link orderForPosition}. */
export interface OrderPlacement {
  /** The moved item's new `order`. */
  order: number;
  /**
   * New orders for the other items (same indexes as the input), when they must be renumbered;
   * `undefined` when they keep theirs.
   */
  renumber: number[] | undefined;
}

/**
 * The order that puts an item at `index` among `orders` (the other items' orders, in the order
 * they are shown, the moved item excluded). `index` is clamped to `0 … orders.length`.
 */
export function orderForPosition(orders: readonly number[], index: number): OrderPlacement {
  const n = orders.length;
  const at = Math.max(0, Math.min(n, Math.trunc(Number.isFinite(index) ? index : n)));
  if (n === 0) return { order: 0, renumber: undefined };
  if (isAscending(orders)) {
    if (at === 0) return { order: Math.floor(orders[0] as number) - 1, renumber: undefined };
    if (at === n) return { order: Math.floor(orders[n - 1] as number) + 1, renumber: undefined };
    const before = orders[at - 1] as number;
    const after = orders[at] as number;
    const middle = before + (after - before) / 2;
    if (middle > before && middle < after) return { order: middle, renumber: undefined };
  }
  const renumber = new Array<number>(n);
  for (let i = 0; i < n; i++) renumber[i] = i < at ? i : i + 1;
  return { order: at, renumber };
}

/** Whether the orders strictly increase (neighbours then bound a free interval). */
function isAscending(orders: readonly number[]): boolean {
  for (let i = 1; i < orders.length; i++) {
    if (!((orders[i] as number) > (orders[i - 1] as number))) return false;
  }
  return true;
}

/**
 * The insertion index (0 … count) for a pointer `y` pixels from the top of a list of items of
 * height `size`: the gap nearest the pointer.
 */
export function insertionIndex(y: number, size: number, count: number): number {
  if (!(size > 0) || !Number.isFinite(y)) return 0;
  return Math.max(0, Math.min(count, Math.round(y / size)));
}
