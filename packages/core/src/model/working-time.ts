import type { DurationUnit } from './types.js';

/**
 * The working-time arithmetic normalization needs, in wall minutes. `WorkCalendar` in
 * `time/calendar.ts` provides it; the model only depends on this shape.
 */
export interface WorkingTime {
  /** The instant `workingMinutes` of working time after `start`. */
  add(start: number, workingMinutes: number): number;
  /** Working minutes between two instants (`a` ≤ `b`). */
  between(a: number, b: number): number;
  /** Working minutes in one `unit` (a day is `hoursPerDay`, a week `daysPerWeek` days). */
  minutesPer(unit: DurationUnit): number;
}
