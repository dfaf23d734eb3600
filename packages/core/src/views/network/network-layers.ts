import type { Adjacency } from '../../model/graph.js';

/**
 * Longest-path layering: a node's layer is one more than the highest layer among its
 * predecessors, sources sit in layer 0. So every edge runs from a lower layer to a strictly higher
 * one (left to right), and a chain of n tasks takes n columns, as a network diagram reads. Kahn's
 * topological order, iterative, O(nodes + edges). The store rejects cycles; should one still
 * arrive, its nodes are placed after their laid-out predecessors in index order and the edges that
 * close it are the only ones that may point backwards.
 */
export function longestPathLayers(nodeCount: number, succ: Adjacency): Int32Array {
  const { offsets, targets } = succ;
  const indegree = new Int32Array(nodeCount);
  for (let e = 0; e < targets.length; e++) indegree[targets[e]!]! += 1;
  const layer = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  const done = new Uint8Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (let n = 0; n < nodeCount; n++) if (indegree[n] === 0) queue[tail++] = n;
  let next = 0; // lowest index not yet laid out, for breaking a cycle
  while (head < nodeCount) {
    if (head === tail) {
      while (done[next] === 1 || indegree[next] === 0) next++;
      queue[tail++] = next;
      indegree[next] = 0;
    }
    const n = queue[head++]!;
    done[n] = 1;
    const l = layer[n]! + 1;
    for (let k = offsets[n]!; k < offsets[n + 1]!; k++) {
      const t = targets[k]!;
      if (done[t] === 1) continue;
      if (layer[t]! < l) layer[t] = l;
      indegree[t]! -= 1;
      if (indegree[t] === 0) queue[tail++] = t;
    }
  }
  return layer;
}
