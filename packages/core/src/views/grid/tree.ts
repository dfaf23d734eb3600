import { type IndexSortKey, indexComparator } from './sort.js';
import { type DisplayRows, sortTree, visibleRows } from './rows.js';

/**
 * The tree feature: WBS rows with summaries that collapse, sorted within their parents. The
 * collapse slice is the set of collapsed summary ids; the sort is the grid's one sort model, read
 * per row index. With no sort and nothing collapsed the rows are the input order itself (same
 * array), so views that key caches on it see no change.
 */

/** Ids of collapsed summaries. */
export type CollapsedState = ReadonlySet<string>;

/** The collapse state with one summary expanded or collapsed (`expand` toggles when omitted). */
export function toggleCollapsed(state: CollapsedState, id: string, expand?: boolean): CollapsedState {
  const open = !state.has(id);
  const want = expand ?? !open;
  if (want === open) return state;
  const next = new Set(state);
  if (want) next.delete(id);
  else next.add(id);
  return next;
}

/** A depth-first order sorted within parents, with each row's depth carried along. */
export function sortedTree(
  order: readonly string[],
  depth: ArrayLike<number>,
  keys: readonly IndexSortKey[],
  collator: Intl.Collator,
): { order: readonly string[]; depth: ArrayLike<number> } {
  if (keys.length === 0) return { order, depth };
  const compare = indexComparator(order.length, keys, collator);
  const at = new Map<string, number>();
  for (let i = 0; i < order.length; i++) at.set(order[i] as string, i);
  const sorted = sortTree(order, depth, compare);
  const next = new Int32Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) next[i] = depth[at.get(sorted[i] as string) as number] as number;
  return { order: sorted, depth: next };
}

/**
 * The rows a tree grid shows: sorted within parents by `keys`, without the descendants of
 * collapsed summaries. Unsorted with nothing hidden, `ids` is `order` itself.
 */
export function treeRows(
  order: readonly string[],
  depth: ArrayLike<number>,
  collapsed: CollapsedState,
  keys: readonly IndexSortKey[],
  collator: Intl.Collator,
): DisplayRows {
  const tree = sortedTree(order, depth, keys, collator);
  const rows = visibleRows(tree.order, tree.depth, collapsed);
  if (keys.length === 0 && rows.ids.length === order.length) return { ...rows, ids: order };
  return rows;
}
