/**
 * A task's deadline: the day it should be finished by, the whole day counting. It never moves the
 * task; a view marks it and says when the scheduled end falls after it.
 */
import { parseWallTimeCached } from '../../time/date-cache.js';
import { MINUTES_PER_DAY } from '../../time/wall-time.js';

/** The instant a deadline falls due: 00:00 after the day it names; `undefined` for none or bad text. */
export function deadlineDue(deadline: string | undefined): number | undefined {
  if (deadline === undefined) return undefined;
  const at = parseWallTimeCached(deadline);
  return at === undefined ? undefined : Math.floor(at / MINUTES_PER_DAY) * MINUTES_PER_DAY + MINUTES_PER_DAY;
}

/** Whether a task ending at `end` (exclusive wall minutes) misses `deadline`. */
export function missesDeadline(end: number, deadline: string | undefined): boolean {
  const due = deadlineDue(deadline);
  return due !== undefined && end > due;
}
