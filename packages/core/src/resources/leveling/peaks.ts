/**
 * Over-allocation spans of a schedule: for each person, a sweep over the starts and ends of the
 * tasks that use them, reporting each maximal span in which their summed units exceed their max
 * units, with the peak. Instants are wall minutes; a task uses its people over `[start, end)`.
 */
import type { Overallocation } from '../../model/types.js';
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
  const events: [number, number, number][][] = demands.people.map(() => []);
  for (const s of spans) {
    if (!(s.end > s.start)) continue;
    const use = demands.byTask.get(s.id);
    if (use === undefined) continue;
    for (const [r, units] of use) {
      (events[r] as [number, number, number][]).push([s.start, units, 0], [s.end, -units, 0]);
    }
  }
  const out: Overallocation[] = [];
  demands.people.forEach((personId, r) => {
    const list = events[r] as [number, number, number][];
    // Ends before starts at the same instant: back-to-back tasks do not overlap.
    list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const cap = demands.maxUnits[r] as number;
    let load = 0;
    let from = Number.NaN;
    let peak = 0;
    for (let k = 0; k < list.length; ) {
      const at = (list[k] as [number, number, number])[0];
      while (k < list.length && (list[k] as [number, number, number])[0] === at)
        load += (list[k++] as [number, number, number])[1];
      const over = load > cap + 1e-9;
      if (over && Number.isNaN(from)) {
        from = at;
        peak = load;
      } else if (over) peak = Math.max(peak, load);
      else if (!Number.isNaN(from)) {
        out.push({ personId, start: format(from), end: format(at), units: peak, maxUnits: cap });
        from = Number.NaN;
      }
    }
  });
  return out;
}
