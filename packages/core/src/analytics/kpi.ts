import { formatWallTime, MINUTES_PER_DAY } from '../time/wall-time.js';
import { progressOf } from './progress.js';
import { BLOCKED, DONE, type AnalyticsFrame } from './types.js';

/** The headline numbers of a project, for KPI tiles. */
export interface KeyFigures {
  /** Counted leaf tasks. */
  tasks: number;
  done: number;
  /** Duration-weighted progress, 0–100. */
  percent: number;
  /** Progress the plan expects by today. */
  expected: number;
  /** Unfinished tasks whose end has passed. */
  overdue: number;
  blocked: number;
  /** Unfinished tasks with no slack. */
  critical: number;
  /** The latest end of the counted tasks. */
  finish: string | undefined;
  /** Calendar days from today to the finish (negative when past). */
  daysToFinish: number | undefined;
  /** Unfinished milestones due within `horizonDays` from today. */
  milestonesDue: number;
  /** Remaining effort in hours. */
  remainingHours: number;
}

/** Headline numbers in one pass; milestones due are counted within `horizonDays` (default 14). */
export function keyFigures(frame: AnalyticsFrame, horizonDays = 14): KeyFigures {
  const horizon = frame.today + horizonDays * MINUTES_PER_DAY;
  let tasks = 0;
  let done = 0;
  let overdue = 0;
  let blocked = 0;
  let critical = 0;
  let due = 0;
  let remaining = 0;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < frame.tasks.length; i++) {
    if (frame.leaf[i] !== 1) continue;
    tasks++;
    const e = frame.end[i] as number;
    if (e > hi) hi = e;
    if (frame.category[i] === DONE) {
      done++;
      continue;
    }
    remaining += (frame.work[i] as number) * (1 - (frame.progress[i] as number) / 100);
    if (e <= frame.today) overdue++;
    if (frame.category[i] === BLOCKED) blocked++;
    if ((frame.slack[i] as number) <= 0) critical++;
    if (frame.milestone[i] === 1 && e >= frame.today && e <= horizon) due++;
  }
  const progress = progressOf(frame);
  const finish = hi === Number.NEGATIVE_INFINITY ? undefined : hi;
  return {
    tasks,
    done,
    percent: progress.percent,
    expected: progress.expected,
    overdue,
    blocked,
    critical,
    finish: finish === undefined ? undefined : formatWallTime(finish),
    daysToFinish:
      finish === undefined
        ? undefined
        : Math.floor(finish / MINUTES_PER_DAY) - Math.floor(frame.today / MINUTES_PER_DAY),
    milestonesDue: due,
    remainingHours: remaining,
  };
}
