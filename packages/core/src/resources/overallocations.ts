/**
 * Over-allocation: where a person is asked for more than they have.
 *
 * - `'instant'` (default): the moments when the units of a person's assignments that run at once
 *   add up to more than their `maxUnits`, counted only while their calendar works (two tasks
 *   that overlap only at night do not clash). Each maximal stretch is one entry, its `units` the
 *   peak sum within it; its ends are the working moments where it starts and stops.
 * - `'day'` / `'week'`: as Microsoft Project's "day by day" / "week by week" levelling basis, the
 *   cells (days, or weeks from Monday) whose work exceeds the person's capacity in them (see
 *   `load.ts`); consecutive cells are one entry, its `units` the highest cell load in percent.
 *
 * Material resources are never over-allocated. Entries are by person (list order), then time.
 */
import type { Overallocation, ProjectData, ScheduleResult } from '../model/types.js';
import { formatWallTime } from '../time/wall-time.js';
import { type LoadSpan, loadSpans, personCalendar, resourceLoad } from './load.js';
import { overloadStretches } from './overload-sweep.js';

export type { Overallocation };

export interface OverallocationOptions {
  granularity?: 'instant' | 'day' | 'week';
  /** The schedule to read dates from (the store's, say); computed when absent. */
  schedule?: ScheduleResult;
}

/** Work above capacity by less than this many minutes is rounding, not over-allocation. */
const SLACK_MINUTES = 0.5;

export function overallocations(data: ProjectData, options: OverallocationOptions = {}): Overallocation[] {
  const granularity = options.granularity ?? 'instant';
  if (granularity !== 'instant') return byCell(data, granularity, options.schedule);
  const spans = loadSpans(data, options.schedule);
  const byPerson = new Map<string, LoadSpan[]>();
  for (const s of spans) {
    const list = byPerson.get(s.personId);
    if (list === undefined) byPerson.set(s.personId, [s]);
    else list.push(s);
  }
  const out: Overallocation[] = [];
  for (const person of data.people ?? []) {
    const list = byPerson.get(person.id);
    if (list === undefined || list.length < 1) continue;
    const maxUnits = person.maxUnits ?? 100;
    const cal = personCalendar(data, person);
    const events: [number, number][] = [];
    for (const s of list) events.push([s.start, s.units], [s.end, -s.units]);
    for (const { from, to, peak } of overloadStretches(events, maxUnits)) {
      const start = cal.nextWorking(from);
      const end = cal.prevWorkingEnd(to);
      if (end > start && cal.between(start, end) > 0)
        out.push({
          personId: person.id,
          start: formatWallTime(start),
          end: formatWallTime(end),
          units: peak,
          maxUnits,
        });
    }
  }
  return out;
}

function byCell(
  data: ProjectData,
  granularity: 'day' | 'week',
  result: ScheduleResult | undefined,
): Overallocation[] {
  const out: Overallocation[] = [];
  for (const load of resourceLoad(data, { granularity, ...(result ? { schedule: result } : {}) })) {
    let run: Overallocation | undefined;
    for (const cell of load.cells) {
      if (cell.work <= cell.capacity + SLACK_MINUTES) continue;
      if (run !== undefined && run.end === cell.start) {
        run.end = cell.end;
        run.units = Math.max(run.units, cell.units);
        continue;
      }
      run = {
        personId: load.personId,
        start: cell.start,
        end: cell.end,
        units: cell.units,
        maxUnits: load.maxUnits,
      };
      out.push(run);
    }
  }
  return out;
}
