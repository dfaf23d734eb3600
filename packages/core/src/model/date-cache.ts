import { formatWallTime, parseWallTime } from '../time/wall-time.js';

/**
 * Real projects reuse a few thousand distinct dates across many tasks, so parsed and formatted
 * dates are remembered (boundedly): on a large load, date parsing is otherwise the costliest check.
 */
const LIMIT = 50_000;
const parsed = new Map<string, number | undefined>();
const formatted = new Map<number, string>();

/** {@link parseWallTime}, remembered. */
export function parseDate(value: string): number | undefined {
  const cached = parsed.get(value);
  if (cached !== undefined || parsed.has(value)) return cached;
  const minutes = parseWallTime(value);
  if (parsed.size >= LIMIT) parsed.clear();
  parsed.set(value, minutes);
  return minutes;
}

/** {@link formatWallTime}, remembered. */
export function formatDate(minutes: number): string {
  const cached = formatted.get(minutes);
  if (cached !== undefined) return cached;
  const text = formatWallTime(minutes);
  if (formatted.size >= LIMIT) formatted.clear();
  formatted.set(minutes, text);
  return text;
}
