/**
 * Weakly connected components by union-find with path halving. Nodes tied by an edge, or drawn in
 * the same top-level frame, belong together: each component is laid out on its own, so an edit
 * inside one cannot reorder another.
 */
export class UnionFind {
  private readonly up: Int32Array;
  constructor(count: number) {
    this.up = new Int32Array(count);
    for (let i = 0; i < count; i++) this.up[i] = i;
  }
  find(a: number): number {
    const up = this.up;
    while (up[a] !== a) {
      up[a] = up[up[a]!]!;
      a = up[a]!;
    }
    return a;
  }
  /** Joins two sets; the smaller index stays the root, so roots are deterministic. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.up[rb] = ra;
    else this.up[ra] = rb;
  }
}

/** Components as lists of node indices (ascending), ordered by their lowest node index. */
export function componentLists(count: number, sets: UnionFind): { of: Int32Array; lists: number[][] } {
  const of = new Int32Array(count);
  const byRoot = new Map<number, number>();
  const lists: number[][] = [];
  for (let n = 0; n < count; n++) {
    const root = sets.find(n);
    let c = byRoot.get(root);
    if (c === undefined) {
      c = lists.length;
      byRoot.set(root, c);
      lists.push([]);
    }
    of[n] = c;
    lists[c]!.push(n);
  }
  return { of, lists };
}
