/**
 * Non-working time to shade behind a timeline: the complement of a calendar's working intervals,
 * day by day, merged into spans.
 */
import { MINUTES_PER_DAY } from '../../time/wall-time.js';

/** The part of a working calendar shading needs (`WorkCalendar` has it). */
export interface DayIntervals {
  /** The working intervals `[start, end)` of the day containing `t`, in wall minutes, sorted. */
  intervalsOn(t: number): readonly (readonly [number, number])[];
}

/**
 * The non-working spans overlapping `[from, to)` as flat `[start0, end0, start1, end1, …]` wall
 * minutes, merged across midnight (a weekend is one span), clipped to `[from, to)`. At most
 * `maxDays` days are read, so a careless range cannot hang a frame.
 */
export function nonWorkingSpans(calendar: DayIntervals, from: number, to: number, maxDays = 3000): number[] {
  const spans: number[] = [];
  if (!(to > from)) return spans;
  const firstDay = Math.floor(from / MINUTES_PER_DAY);
  const lastDay = Math.min(Math.ceil(to / MINUTES_PER_DAY), firstDay + maxDays);
  const push = (start: number, end: number): void => {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (e <= s) return;
    const n = spans.length;
    if (n > 0 && spans[n - 1] === s) spans[n - 1] = e;
    else spans.push(s, e);
  };
  for (let day = firstDay; day < lastDay; day++) {
    let at = day * MINUTES_PER_DAY;
    for (const [start, end] of calendar.intervalsOn(at)) {
      push(at, start);
      at = Math.max(at, end);
    }
    push(at, (day + 1) * MINUTES_PER_DAY);
  }
  return spans;
}
