import { RoadlineError } from '../model/errors.js';
import type { Task } from '../model/types.js';
import { WorkCalendar } from '../time/calendar.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime, weekdayOf } from '../time/wall-time.js';

/** Where a task sits relative to "today": finished, under way (with how far along) or ahead. */
export type Phase = { state: 'done' } | { state: 'active'; progress: number } | { state: 'ahead' };

/**
 * Dates for a sample project, in working days from the Monday of the week of `today`, on the
 * default calendar. Everything is integer arithmetic on wall minutes: the same `today` gives the
 * same project in every time zone.
 */
export class TemplateClock {
  readonly today: number;
  private readonly monday: number;
  private readonly calendar = WorkCalendar.from();

  constructor(today: string) {
    const minutes = parseWallTime(today);
    if (minutes === undefined) {
      throw new RoadlineError(
        'INVALID_ARGUMENT',
        `A template needs today's date as YYYY-MM-DD, not ${JSON.stringify(today)}`,
      );
    }
    this.today = Math.floor(minutes / MINUTES_PER_DAY) * MINUTES_PER_DAY;
    this.monday = this.today - ((weekdayOf(this.today) + 6) % 7) * MINUTES_PER_DAY;
  }

  /** The start of the working day `offset` working days from this week's Monday (negative: before). */
  day(offset: number): string {
    return formatWallTime(this.dayMinutes(offset));
  }

  /** The exclusive end of `days` working days starting on working day `offset`. */
  end(offset: number, days: number): string {
    return formatWallTime(this.calendar.add(this.dayMinutes(offset), days * MINUTES_PER_DAY));
  }

  /** Whether working days `[offset, offset + days)` are past, under way or ahead of today. */
  phase(offset: number, days: number): Phase {
    const start = this.dayMinutes(offset);
    const end = this.calendar.add(start, days * MINUTES_PER_DAY);
    if (end <= this.today) return { state: 'done' };
    if (start > this.today || days === 0) return { state: 'ahead' };
    const done = this.calendar.between(start, this.today) / (days * MINUTES_PER_DAY);
    return { state: 'active', progress: Math.min(95, Math.max(5, Math.round(done * 20) * 5)) };
  }

  private dayMinutes(offset: number): number {
    return offset >= 0
      ? this.calendar.nextWorking(this.calendar.add(this.monday, offset * MINUTES_PER_DAY))
      : this.calendar.add(this.monday, offset * MINUTES_PER_DAY);
  }
}

/** A dated task: `at` working days from this week's Monday, lasting `days` working days. */
export function datedTask(
  clock: TemplateClock,
  at: number,
  days: number,
  task: Omit<Task, 'start' | 'end' | 'duration'>,
): Task {
  const out: Task = { ...task, start: clock.day(at), duration: days };
  out.end = days === 0 ? out.start : clock.end(at, days);
  if (days === 0) out.type = 'milestone';
  return out;
}
