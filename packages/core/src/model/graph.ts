/**
 * Directed-graph helpers over dependency links, iterative so that a million tasks cannot overflow
 * the call stack. Shared by validation, the store and the scheduling engine.
 */

/**
 * A project's tasks and links as numbers, as validation resolved them: task `i` is the `i`-th
 * task of the data, link `k` its `k`-th dependency. The scheduler's compile reuses it instead of
 * looking every id up again.
 */
export interface ResolvedGraph {
  /** Task ids in data order. */
  readonly ids: string[];
  /** Task id → task number. */
  readonly index: Map<string, number>;
  /** Per task: its parent's number, −1 at the top level. */
  readonly parent: Int32Array;
  /** Per link: the numbers of its `from` and `to` tasks. */
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
}

/** A graph in compressed sparse row form: the successors of node `n` are `targets[offsets[n] .. offsets[n+1])`. */
export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
}

/** Builds {@link Adjacency} from parallel edge lists (`from[i] → to[i]`, node indices). */
export function buildAdjacency(nodeCount: number, from: ArrayLike<number>, to: ArrayLike<number>): Adjacency {
  const offsets = new Int32Array(nodeCount + 1);
  for (let i = 0; i < from.length; i++) offsets[(from[i] as number) + 1]! += 1;
  for (let n = 0; n < nodeCount; n++) offsets[n + 1]! += offsets[n]!;
  const fill = offsets.slice(0, nodeCount);
  const targets = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) {
    const f = from[i] as number;
    targets[fill[f]!] = to[i] as number;
    fill[f]! += 1;
  }
  return { offsets, targets };
}

/**
 * Finds directed cycles by depth-first search; each cycle is returned once as the node indices
 * along it, starting anywhere (`[a, b, c]` means a → b → c → a). Every node on some cycle is in at
 * least one reported cycle unless `limit` is reached. Runs in O(nodes + edges) plus the length
 * of the reported cycles.
 */
export function findCycles(nodeCount: number, graph: Adjacency, limit = 100): number[][] {
  const { offsets, targets } = graph;
  const state = new Uint8Array(nodeCount); // 0 unseen, 1 on the current path, 2 finished
  const cursor = new Int32Array(nodeCount);
  const path = new Int32Array(nodeCount);
  const position = new Int32Array(nodeCount);
  const cycles: number[][] = [];
  for (let root = 0; root < nodeCount && cycles.length < limit; root++) {
    if (state[root] !== 0) continue;
    let depth = 0;
    path[0] = root;
    position[root] = 0;
    state[root] = 1;
    cursor[root] = offsets[root]!;
    while (depth >= 0) {
      const node = path[depth]!;
      const edge = cursor[node]!;
      if (edge < offsets[node + 1]!) {
        cursor[node] = edge + 1;
        const next = targets[edge]!;
        if (state[next] === 0) {
          depth += 1;
          path[depth] = next;
          position[next] = depth;
          state[next] = 1;
          cursor[next] = offsets[next]!;
        } else if (state[next] === 1 && cycles.length < limit) {
          cycles.push(Array.from(path.subarray(position[next]!, depth + 1)));
        }
      } else {
        state[node] = 2;
        depth -= 1;
      }
    }
  }
  return cycles;
}

/**
 * The shortest path from `start` to `goal` following `next`, as the ids along it (both ends
 * included), or `undefined` when `goal` cannot be reached. Breadth-first and iterative. Adding an
 * edge `goal → start` closes a cycle exactly when such a path exists, and the path names it.
 */
export function findPath(
  start: string,
  goal: string,
  next: (id: string) => Iterable<string>,
): string[] | undefined {
  if (start === goal) return [start];
  const cameFrom = new Map<string, string>([[start, start]]);
  let frontier: string[] = [start];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const to of next(id)) {
        if (cameFrom.has(to)) continue;
        cameFrom.set(to, id);
        if (to === goal) return unwind(cameFrom, start, goal);
        following.push(to);
      }
    }
    frontier = following;
  }
  return undefined;
}

function unwind(cameFrom: Map<string, string>, start: string, goal: string): string[] {
  const path = [goal];
  let at = goal;
  while (at !== start) {
    at = cameFrom.get(at) as string;
    path.push(at);
  }
  return path.reverse();
}
