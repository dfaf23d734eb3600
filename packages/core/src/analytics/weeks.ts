import { MINUTES_PER_DAY } from '../time/wall-time.js';

/** Minutes in a week. */
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
/** 1970-01-05, the first Monday of the epoch, in wall minutes. */
const FIRST_MONDAY = 4 * MINUTES_PER_DAY;

/** The Monday 00:00 (ISO week start) of the week containing `t`, in wall minutes. */
export function weekStart(t: number): number {
  return Math.floor((t - FIRST_MONDAY) / MINUTES_PER_WEEK) * MINUTES_PER_WEEK + FIRST_MONDAY;
}

/** 00:00 of the day containing `t`. */
export function dayStart(t: number): number {
  return Math.floor(t / MINUTES_PER_DAY) * MINUTES_PER_DAY;
}
