import { WallTimeCache } from './wall-cache.js';
import { parseWallTime } from './wall-time.js';

/**
 * Process-wide memory of {@link parseWallTime} and `formatWallTime` for validation and date
 * derivation (internal, not exported from the package). Real projects reuse a few thousand
 * distinct dates across many tasks, so parsed and formatted dates are remembered (boundedly): on
 * a large load, date parsing is otherwise the costliest check.
 */
const LIMIT = 50_000;
const parsed = new Map<string, number | undefined>();

/** {@link parseWallTime}, remembered. */
export function parseWallTimeCached(value: string): number | undefined {
  const cached = parsed.get(value);
  if (cached !== undefined || parsed.has(value)) return cached;
  const minutes = parseWallTime(value);
  if (parsed.size >= LIMIT) parsed.clear();
  parsed.set(value, minutes);
  return minutes;
}

/**
 * Formats by day: a day's string is made once and the time of day appended from a table, so
 * deriving the end of 100k tasks formats each distinct day once. Only its `format` is used here,
 * so it holds at most one string per day in a bounded window (its parse memo stays empty).
 */
const days = new WallTimeCache();

/** `formatWallTime`, remembered by day: the same ISO text (`2026-03-21T09:30`). */
export function formatWallTimeCached(minutes: number): string {
  return days.format(minutes);
}
