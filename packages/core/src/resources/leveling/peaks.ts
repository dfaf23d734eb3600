/**
 * Over-allocation spans of a leveled schedule, as the solver sees demands (`demands.ts`): per person,
 * the sweep of `overload-sweep.ts` over the tasks that use them, on wall minutes (no calendar: the
 * engine already placed the tasks on working time). A task uses its people over `[start, end)`.
 * `overallocations()` reports the same for a project's data, counting only working time.
 */
import type { Overallocation } from '../../model/types.js';
import { overloadStretches } from '../overload-sweep.js';
import type { ResourceDemands } from './demands.js';

export interface TaskSpan {
  id: string;
  start: number;
  end: number;
}

export function overallocationSpans(
  spans: readonly TaskSpan[],
  demands: ResourceDemands,
  format: (minutes: number) => string,
): Overallocation[] {
  const events: [number, number][][] = demands.people.map(() => []);
  for (const s of spans) {
    if (!(s.end > s.start)) continue;
    const use = demands.byTask.get(s.id);
    if (use === undefined) continue;
    for (const [r, units] of use) (events[r] as [number, number][]).push([s.start, units], [s.end, -units]);
  }
  const out: Overallocation[] = [];
  demands.people.forEach((personId, r) => {
    const maxUnits = demands.maxUnits[r] as number;
    for (const { from, to, peak } of overloadStretches(events[r] as [number, number][], maxUnits))
      out.push({ personId, start: format(from), end: format(to), units: peak, maxUnits });
  });
  return out;
}
