import { NearLookup } from './near-lookup.js';
import type { AnalyticsFrame } from './types.js';

/** The project's links as task indices, in compressed rows both ways. */
export interface Links {
  /** Links of predecessor `i` are `succ[succOffsets[i] .. succOffsets[i + 1])`. */
  succOffsets: Int32Array;
  succ: Int32Array;
  /** Links into successor `i` are `pred[predOffsets[i] .. predOffsets[i + 1])`. */
  predOffsets: Int32Array;
  pred: Int32Array;
}

const memo = new WeakMap<AnalyticsFrame, Links>();

/**
 * The links of a frame's project as index arrays, built on first use and shared by every figure
 * of the frame (milestones, blocked items and bottlenecks all walk them). Links to unknown tasks
 * and self-links are left out.
 */
export function linksOf(frame: AnalyticsFrame): Links {
  const hit = memo.get(frame);
  if (hit !== undefined) return hit;
  const n = frame.tasks.length;
  const deps = frame.source.dependencies ?? [];
  const from = new Int32Array(deps.length);
  const to = new Int32Array(deps.length);
  const succOffsets = new Int32Array(n + 1);
  const predOffsets = new Int32Array(n + 1);
  const lookup = new NearLookup(frame);
  let m = 0;
  for (const d of deps) {
    const a = lookup.find(d.from);
    const b = a < 0 ? -1 : lookup.find(d.to);
    if (a < 0 || b < 0 || a === b) continue;
    from[m] = a;
    to[m] = b;
    m++;
    succOffsets[a + 1] = (succOffsets[a + 1] as number) + 1;
    predOffsets[b + 1] = (predOffsets[b + 1] as number) + 1;
  }
  for (let v = 0; v < n; v++) {
    succOffsets[v + 1] = (succOffsets[v + 1] as number) + (succOffsets[v] as number);
    predOffsets[v + 1] = (predOffsets[v + 1] as number) + (predOffsets[v] as number);
  }
  const succ = new Int32Array(m);
  const pred = new Int32Array(m);
  const succFill = succOffsets.slice(0, n);
  const predFill = predOffsets.slice(0, n);
  for (let k = 0; k < m; k++) {
    const a = from[k] as number;
    const b = to[k] as number;
    succ[succFill[a] as number] = b;
    succFill[a] = (succFill[a] as number) + 1;
    pred[predFill[b] as number] = a;
    predFill[b] = (predFill[b] as number) + 1;
  }
  const links = { succOffsets, succ, predOffsets, pred };
  memo.set(frame, links);
  return links;
}

/** The direct predecessors of task `i`, as task indices. */
export function predecessorsOf(links: Links, i: number): Int32Array {
  return links.pred.subarray(links.predOffsets[i] as number, links.predOffsets[i + 1] as number);
}
