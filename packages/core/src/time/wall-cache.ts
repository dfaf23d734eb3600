import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from './wall-time.js';

/**
 * Memoizing parse and format of wall-clock strings for hot loops. Large projects repeat a few
 * thousand distinct dates, so a cache hit replaces a regular expression and a `Date` per value.
 * A cache lives for one computation (one `schedule()` call or one scheduler port); it only grows.
 */
export class WallTimeCache {
  readonly #parsed = new Map<string, number | undefined>();
  /** Day strings by day number (a project spans a few thousand days; cleared past {@link DAY_LIMIT}). */
  readonly #days = new Map<number, string>();

  /** {@link parseWallTime}, memoized. */
  parse(value: string): number | undefined {
    let minutes = this.#parsed.get(value);
    if (minutes === undefined && !this.#parsed.has(value)) {
      minutes = parseWallTime(value);
      this.#parsed.set(value, minutes);
    }
    return minutes;
  }

  /** {@link formatWallTime}, memoized by day; the time of day is appended from a table. */
  format(minutes: number): string {
    const day = Math.floor(minutes / MINUTES_PER_DAY);
    let text = this.#days.get(day);
    if (text === undefined) {
      text = formatWallTime(day * MINUTES_PER_DAY);
      if (this.#days.size >= DAY_LIMIT) this.#days.clear();
      this.#days.set(day, text);
    }
    const rem = Math.floor(minutes) - day * MINUTES_PER_DAY;
    return rem === 0 ? text : text + (CLOCK[rem] as string);
  }
}

/** Days remembered at most: a long-lived cache (see `time/date-cache`) stays small. */
const DAY_LIMIT = 65_536;

/** `'T08:00'` for minute 480 of the day, and so on. */
const CLOCK: string[] = Array.from({ length: MINUTES_PER_DAY }, (_, m) => {
  const h = Math.floor(m / 60);
  const mm = m % 60;
  return `T${h < 10 ? '0' : ''}${h}:${mm < 10 ? '0' : ''}${mm}`;
});
