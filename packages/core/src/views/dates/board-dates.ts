import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../../time/wall-time.js';
import { lastShownDay } from './shown-span.js';
import { milestoneShownAt, type WorkingMinutes } from './task-dates.js';

/**
 * Day-level dates as a board shows and edits them. A task's `end` is exclusive; people read and
 * type the last day it runs ("due Fri 6 Mar"), so the board converts between the two here, by the
 * shown-span rule ({@link lastShownDay}).
 */

/**
 * The last day (`YYYY-MM-DD`) of a task ending at the exclusive instant `end`: the day before
 * when it ends at midnight, else the same day. Given its `start`, a task that ends where it starts
 * (a milestone) is due on that day, not the one before; given also its `calendar`, a milestone at
 * the midnight that ends a working day is due on that day (see {@link milestoneShownAt}).
 * `undefined` for a missing or malformed end.
 */
export function dueDay(
  end: string | undefined,
  start?: string,
  calendar?: WorkingMinutes,
): string | undefined {
  if (end === undefined) return undefined;
  const minutes = parseWallTime(end);
  if (minutes === undefined) return undefined;
  const begins = start === undefined ? undefined : parseWallTime(start);
  if (begins !== undefined && begins >= minutes) {
    const at = calendar === undefined ? minutes : milestoneShownAt(minutes, calendar);
    return formatWallTime(lastShownDay(at, at));
  }
  return formatWallTime(lastShownDay(minutes));
}

/** The exclusive `end` for a task whose last day is `day` (`YYYY-MM-DD`): midnight after it. */
export function endForDueDay(day: string): string | undefined {
  const minutes = parseWallTime(day);
  if (minutes === undefined || day.length !== 10) return undefined;
  return formatWallTime(minutes + MINUTES_PER_DAY);
}

/** Whether a task due on `due` (`YYYY-MM-DD`) is late on `today` (`YYYY-MM-DD`): its last day has passed. */
export function isLate(due: string | undefined, today: string, done: boolean): boolean {
  return !done && due !== undefined && due < today.slice(0, 10);
}
