import { MINUTES_PER_DAY } from '../../time/wall-time.js';
import { milestoneShownAt, type WorkingMinutes } from './task-dates.js';

/**
 * The days a person sees for a span of wall minutes. A task's `end` is exclusive: one that ends
 * at 00:00 on 3 March ran until the end of 2 March, so it is shown as ending on the 2nd; one that
 * ends at 17:00 on the 3rd is shown as ending on the 3rd. A span that ends where it starts (a
 * milestone) is shown on its own day, never the day before. This file is the only place that
 * rule is written: every view and every date label reads it from here.
 */

/** The first and last day a person sees, each as wall minutes at 00:00 of that day. */
export interface ShownSpan {
  readonly first: number;
  readonly last: number;
}

/** 00:00 of the day wall minute `t` falls on. */
export function startOfDay(t: number): number {
  return Math.floor(t / MINUTES_PER_DAY) * MINUTES_PER_DAY;
}

/**
 * The last day (00:00 of it) a person sees for the exclusive `end`: the day of the minute before
 * `end`, or the day of `end` itself when the span is empty (`start` given and not before `end`).
 * Without `start`, `end` is taken as the end of a span of some length.
 */
export function lastShownDay(end: number, start?: number): number {
  return start !== undefined && start >= end ? startOfDay(end) : startOfDay(end - 1);
}

/**
 * The day (00:00 of it) a person sees for a milestone at instant `t`: the day `t` falls on,
 * except that a milestone at the midnight that ends working time is shown on the day that ended
 * (see {@link milestoneShownAt}).
 */
export function milestoneShownDay(t: number, calendar: WorkingMinutes): number {
  return startOfDay(milestoneShownAt(t, calendar));
}

/**
 * The days a person sees for `[start, end)`. A milestone (or any empty span) given its
 * `calendar` is shown on {@link milestoneShownDay}, first and last alike.
 */
export function shownSpan(start: number, end: number, calendar?: WorkingMinutes): ShownSpan {
  if (start >= end) {
    const day = calendar === undefined ? startOfDay(start) : milestoneShownDay(start, calendar);
    return { first: day, last: day };
  }
  return { first: startOfDay(start), last: lastShownDay(end, start) };
}
