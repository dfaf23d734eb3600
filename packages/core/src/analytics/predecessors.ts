import type { Dependency } from '../model/types.js';
import type { AnalyticsFrame } from './types.js';

/**
 * The direct predecessors of the tasks `wanted` accepts, as task indices: one pass over the
 * links, keeping only those into wanted tasks, so asking about a few tasks costs no index of all.
 */
export function predecessorsOf(frame: AnalyticsFrame, wanted: (i: number) => boolean): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const d of frame.source.dependencies ?? ([] as readonly Dependency[])) {
    const to = frame.index.get(d.to);
    if (to === undefined || !wanted(to)) continue;
    const from = frame.index.get(d.from);
    if (from === undefined) continue;
    const list = out.get(to);
    if (list === undefined) out.set(to, [from]);
    else list.push(from);
  }
  return out;
}
