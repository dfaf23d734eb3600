/**
 * The rows of a task tree as a grid and a timeline show them: the WBS in depth-first order with
 * the descendants of collapsed summaries left out, and the window of rows a viewport needs.
 *
 * Everything here is a single pass over arrays (no recursion, no per-row objects), so it keeps
 * up with 100k tasks and a WBS a million levels deep.
 */

/** Flag bit of {@link DisplayRows.flags}: the row is a summary (it has children). */
export const ROW_PARENT = 1;
/** Flag bit of {@link DisplayRows.flags}: the row is a summary whose children are shown. */
export const ROW_EXPANDED = 2;

/** The rows to show, as parallel arrays indexed by row number. */
export interface DisplayRows {
  /** Task ids in display order. */
  readonly ids: readonly string[];
  /** Nesting level of each row: 0 for a top-level task. */
  readonly depth: Int32Array;
  /** {@link ROW_PARENT} and {@link ROW_EXPANDED} bits of each row. */
  readonly flags: Uint8Array;
}

/**
 * The depth of each task of a WBS order (parents before children), from each task's parent id.
 * A parent id that is not earlier in `order` counts as the root.
 */
export function wbsDepths(
  order: readonly string[],
  parentOf: (id: string) => string | undefined,
): Int32Array {
  const depth = new Int32Array(order.length);
  const at = new Map<string, number>();
  for (let i = 0; i < order.length; i++) {
    const id = order[i] as string;
    const parent = parentOf(id);
    const p = parent === undefined ? undefined : at.get(parent);
    depth[i] = p === undefined ? 0 : (depth[p] as number) + 1;
    at.set(id, i);
  }
  return depth;
}

/**
 * The display rows of a depth-first `order` whose nesting levels are `depth` (as {@link wbsDepths}
 * gives): a row has children when the next row is deeper; the descendants of a task in
 * `collapsed` are left out.
 */
export function visibleRows(
  order: readonly string[],
  depth: ArrayLike<number>,
  collapsed: ReadonlySet<string>,
): DisplayRows {
  const n = order.length;
  const ids: string[] = [];
  const depths = new Int32Array(n);
  const flags = new Uint8Array(n);
  // While hiding the subtree of a collapsed row, the depth at which rows show again.
  let hideDeeperThan = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const d = depth[i] as number;
    if (d > hideDeeperThan) continue;
    hideDeeperThan = Number.POSITIVE_INFINITY;
    const id = order[i] as string;
    const parent = i + 1 < n && (depth[i + 1] as number) > d;
    const row = ids.length;
    ids.push(id);
    depths[row] = d;
    if (parent) {
      const open = !collapsed.has(id);
      flags[row] = open ? ROW_PARENT | ROW_EXPANDED : ROW_PARENT;
      if (!open) hideDeeperThan = d;
    }
  }
  return { ids, depth: depths.slice(0, ids.length), flags: flags.slice(0, ids.length) };
}

/**
 * The ids of the ancestors of `order[index]`, nearest first: the summaries to expand so that the
 * task shows. Walks back once through the order; a depth-first order needs nothing else.
 */
export function ancestorsAt(order: readonly string[], depth: ArrayLike<number>, index: number): string[] {
  const out: string[] = [];
  let want = (depth[index] as number) - 1;
  for (let i = index - 1; i >= 0 && want >= 0; i--) {
    if ((depth[i] as number) === want) {
      out.push(order[i] as string);
      want -= 1;
    }
  }
  return out;
}

/**
 * Reorders a depth-first tree so that siblings follow `compare` (by index into `order`) while
 * every subtree stays under its parent. Stable: equal siblings keep their order.
 */
export function sortTree(
  order: readonly string[],
  depth: ArrayLike<number>,
  compare: (a: number, b: number) => number,
): string[] {
  const n = order.length;
  // Children lists by parent index; index n stands for the root.
  const children: number[][] = [[]];
  const parentStack: number[] = [];
  const slot = new Int32Array(n + 1);
  slot[n] = 0;
  for (let i = 0; i < n; i++) {
    const d = depth[i] as number;
    parentStack.length = Math.min(parentStack.length, d);
    const parent = parentStack.length > 0 ? (parentStack[parentStack.length - 1] as number) : n;
    (children[slot[parent] as number] as number[]).push(i);
    slot[i] = children.length;
    children.push([]);
    parentStack.push(i);
  }
  for (const list of children) if (list.length > 1) list.sort(compare);
  const out: string[] = [];
  const stack: number[] = [];
  const root = children[0] as number[];
  for (let k = root.length - 1; k >= 0; k--) stack.push(root[k] as number);
  while (stack.length > 0) {
    const i = stack.pop() as number;
    out.push(order[i] as string);
    const list = children[slot[i] as number] as number[];
    for (let k = list.length - 1; k >= 0; k--) stack.push(list[k] as number);
  }
  return out;
}

/** The rows a viewport shows, with `overscan` extra rows either side: `[first, end)`. */
export interface RowWindow {
  first: number;
  end: number;
}

/** Which rows of `count` rows, each `rowHeight` pixels, intersect a viewport scrolled to `scrollTop`. */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 4,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) + overscan);
  return { first: Math.min(first, end), end };
}

/**
 * The scroll offset that brings row `index` into a viewport of `viewportHeight`, or `scrollTop`
 * itself when the row is already whole in view.
 */
export function scrollToRow(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number {
  const top = index * rowHeight;
  if (top < scrollTop || rowHeight >= viewportHeight) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return Math.max(0, top + rowHeight - viewportHeight);
  return scrollTop;
}
