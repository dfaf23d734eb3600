import type { Adjacency } from '../../model/graph.js';

/**
 * Crossing reduction for one component: the barycenter heuristic in alternating sweeps. Layer 0
 * starts in data order; a sweep to the right sorts each layer by the mean position of a node's
 * predecessors, a sweep to the left by that of its successors, a node without neighbours on that
 * side keeping its place. Positions are normalised to (0, 1) per layer so layers of different
 * sizes compare. `passes` bounds the work at O(passes · (edges + n log n)); ties break on the
 * previous position and then the node index, so the result is deterministic.
 *
 * Writes each node's final position into `pos` (indexed by node) and returns the layers as node
 * lists in order, top to bottom. `scratch` (indexed by node, as long as `pos`) is working space a
 * caller laying out many components passes once instead of one allocation per component.
 */
export function orderComponent(
  nodes: readonly number[],
  layer: Int32Array,
  succ: Adjacency,
  pred: Adjacency,
  pos: Float64Array,
  passes: number,
  scratch: Float64Array = new Float64Array(pos.length),
): number[][] {
  let layerCount = 0;
  for (const n of nodes) if (layer[n]! + 1 > layerCount) layerCount = layer[n]! + 1;
  const layers: number[][] = Array.from({ length: layerCount }, () => []);
  for (const n of nodes) layers[layer[n]!]!.push(n); // ascending index: data order
  const bary = pos; // reused: holds the sort key during a sweep, the position after it
  const prev = scratch; // indexed by node: its position before the sweep
  normalise(layers[0]!, pos);
  const sweep = (order: readonly number[], adj: Adjacency): void => {
    for (const l of order) {
      const row = layers[l]!;
      for (const n of row) prev[n] = pos[n]!;
      for (const n of row) {
        let sum = 0;
        let count = 0;
        for (let k = adj.offsets[n]!; k < adj.offsets[n + 1]!; k++) {
          const m = adj.targets[k]!;
          if (layer[m] === l) continue;
          sum += pos[m]!;
          count++;
        }
        bary[n] = count > 0 ? sum / count : prev[n]!;
      }
      row.sort((a, b) => bary[a]! - bary[b]! || prev[a]! - prev[b]! || a - b);
      normalise(row, pos);
    }
  };
  const right: number[] = [];
  for (let l = 1; l < layerCount; l++) right.push(l);
  const left: number[] = [];
  for (let l = layerCount - 2; l >= 0; l--) left.push(l);
  // Start every later layer from data order so the first sweep has a previous position to keep.
  for (let l = 1; l < layerCount; l++) normalise(layers[l]!, pos);
  sweep(right, pred);
  for (let p = 1; p < passes; p++) sweep(p % 2 === 1 ? left : right, p % 2 === 1 ? succ : pred);
  return layers;
}

function normalise(row: readonly number[], pos: Float64Array): void {
  const size = row.length;
  for (let i = 0; i < size; i++) pos[row[i]!] = (i + 0.5) / size;
}
