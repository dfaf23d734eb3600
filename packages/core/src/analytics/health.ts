import { formatWallTime } from '../time/wall-time.js';
import { workingDaysBetween } from './frame.js';
import { progressOf } from './progress.js';
import { BLOCKED, DONE, type AnalyticsFrame, type Reason } from './types.js';

/** The verdict of a project's health. */
export type HealthVerdict = 'on-track' | 'at-risk' | 'late';

/** The thresholds of {@link projectHealth}. */
export interface HealthThresholds {
  /** At risk when progress trails the expected progress by more than this many points. Default 10. */
  behindPoints: number;
  /** Late when the finish is more than this many working days after the baseline finish. Default 0. */
  slipDays: number;
}

/** The documented defaults of {@link HealthThresholds}. */
export const DEFAULT_HEALTH_THRESHOLDS: Readonly<HealthThresholds> = Object.freeze({
  behindPoints: 10,
  slipDays: 0,
});

/** A verdict with its reasons, as codes and as one sentence. */
export interface Health {
  verdict: HealthVerdict;
  /** Every reason found, the verdict's own first. Empty when on track. */
  reasons: Reason[];
  /** For people: "Late: the finish is 4 working days after the baseline." */
  sentence: string;
}

/** The figures a verdict is drawn from, and the verdict. */
export interface ProjectSummary {
  id: string;
  name: string;
  /** Duration-weighted progress, 0–100. */
  percent: number;
  /** Progress the plan expects by today, 0–100. */
  expected: number;
  leaves: number;
  start: string | undefined;
  /** The latest end of the counted tasks (exclusive). */
  finish: string | undefined;
  /** The latest end in the baseline, when there is one. */
  baselineFinish: string | undefined;
  /** Working days from the baseline finish to the finish; positive is late. */
  slipDays: number | undefined;
  /** Unfinished tasks whose end has passed. */
  overdue: number;
  blocked: number;
  /** Unfinished tasks with negative slack (a constraint the links cannot meet). */
  negativeSlack: number;
  health: Health;
}

/**
 * A project's figures and its health. The rules, in order:
 * - **late** when the finish is more than `slipDays` working days after the baseline finish
 *   (`FINISH_AFTER_BASELINE`), when an unfinished task has negative slack, i.e. a deadline or
 *   constraint cannot be met (`NEGATIVE_SLACK`), or when the planned finish has passed with work
 *   left (`FINISH_PASSED`);
 * - **at risk** when progress trails the share of planned time elapsed by more than
 *   `behindPoints` (`BEHIND_SCHEDULE`), when tasks are overdue (`OVERDUE_TASKS`), or when a
 *   blocked task has no slack left (`BLOCKED_CRITICAL`);
 * - **on track** otherwise (`NO_TASKS` says an empty project has nothing to judge).
 */
export function projectSummary(
  frame: AnalyticsFrame,
  thresholds: Partial<HealthThresholds> = {},
): ProjectSummary {
  const limits = { ...DEFAULT_HEALTH_THRESHOLDS, ...thresholds };
  const progress = progressOf(frame);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let baseHi = Number.NEGATIVE_INFINITY;
  let overdue = 0;
  let blocked = 0;
  let negative = 0;
  let blockedCritical = 0;
  for (let i = 0; i < frame.tasks.length; i++) {
    if (frame.leaf[i] !== 1) continue;
    const s = frame.start[i] as number;
    const e = frame.end[i] as number;
    if (s < lo) lo = s;
    if (e > hi) hi = e;
    const be = frame.baseEnd[i] as number;
    if (be > baseHi) baseHi = be;
    if (frame.category[i] === DONE) continue;
    if (e <= frame.today) overdue++;
    const slack = frame.slack[i] as number;
    if (slack < 0) negative++;
    if (frame.category[i] === BLOCKED) {
      blocked++;
      if (slack <= 0) blockedCritical++;
    }
  }
  const finish = hi === Number.NEGATIVE_INFINITY ? undefined : hi;
  const baseFinish = baseHi === Number.NEGATIVE_INFINITY ? undefined : baseHi;
  const slip =
    finish !== undefined && baseFinish !== undefined
      ? Math.round(workingDaysBetween(frame, baseFinish, finish) * 100) / 100
      : undefined;

  const late: Reason[] = [];
  const risk: Reason[] = [];
  if (slip !== undefined && slip > limits.slipDays) {
    late.push({
      code: 'FINISH_AFTER_BASELINE',
      message: `the finish is ${slip} working days after the baseline`,
    });
  }
  if (negative > 0) {
    late.push({
      code: 'NEGATIVE_SLACK',
      message: `${plural(negative, 'task')} cannot meet ${negative === 1 ? 'its' : 'their'} deadline or constraint`,
    });
  }
  if (finish !== undefined && finish <= frame.today && progress.percent < 100 && progress.leaves > 0) {
    late.push({
      code: 'FINISH_PASSED',
      message: `the planned finish ${formatWallTime(finish)} has passed at ${Math.round(progress.percent)}% done`,
    });
  }
  const gap = progress.expected - progress.percent;
  if (gap > limits.behindPoints) {
    risk.push({
      code: 'BEHIND_SCHEDULE',
      message: `${Math.round(progress.percent)}% done where the plan expects ${Math.round(progress.expected)}%`,
    });
  }
  if (overdue > 0)
    risk.push({
      code: 'OVERDUE_TASKS',
      message: `${plural(overdue, 'task')} past ${overdue === 1 ? 'its' : 'their'} end`,
    });
  if (blockedCritical > 0) {
    risk.push({
      code: 'BLOCKED_CRITICAL',
      message: `${plural(blockedCritical, 'blocked task')} with no slack`,
    });
  }

  let health: Health;
  if (progress.leaves === 0) {
    health = {
      verdict: 'on-track',
      reasons: [{ code: 'NO_TASKS', message: 'there are no tasks to judge' }],
      sentence: 'On track: there are no tasks to judge.',
    };
  } else if (late.length > 0) {
    health = { verdict: 'late', reasons: [...late, ...risk], sentence: `Late: ${join(late)}.` };
  } else if (risk.length > 0) {
    health = { verdict: 'at-risk', reasons: risk, sentence: `At risk: ${join(risk)}.` };
  } else {
    health = {
      verdict: 'on-track',
      reasons: [],
      sentence: `On track: ${Math.round(progress.percent)}% done, ${Math.round(progress.expected)}% expected by today.`,
    };
  }
  return {
    id: frame.source.id,
    name: frame.source.name,
    percent: progress.percent,
    expected: progress.expected,
    leaves: progress.leaves,
    start: lo === Number.POSITIVE_INFINITY ? undefined : formatWallTime(lo),
    finish: finish === undefined ? undefined : formatWallTime(finish),
    baselineFinish: baseFinish === undefined ? undefined : formatWallTime(baseFinish),
    slipDays: slip,
    overdue,
    blocked,
    negativeSlack: negative,
    health,
  };
}

/** Shorthand for the verdict alone. */
export function projectHealth(frame: AnalyticsFrame, thresholds: Partial<HealthThresholds> = {}): Health {
  return projectSummary(frame, thresholds).health;
}

/** Every project's summary, and how many are in each verdict. */
export interface Portfolio {
  projects: ProjectSummary[];
  counts: Record<HealthVerdict, number>;
  /** Duration-weighted progress across all projects. */
  percent: number;
}

/** A portfolio summary across projects (one frame each), in the order given. */
export function portfolio(
  frames: readonly AnalyticsFrame[],
  thresholds: Partial<HealthThresholds> = {},
): Portfolio {
  const projects = frames.map((f) => projectSummary(f, thresholds));
  const counts: Record<HealthVerdict, number> = { 'on-track': 0, 'at-risk': 0, late: 0 };
  let weighted = 0;
  let weight = 0;
  frames.forEach((f, k) => {
    const p = projects[k] as ProjectSummary;
    counts[p.health.verdict]++;
    const hours = progressOf(f).hours;
    weighted += hours * p.percent;
    weight += hours;
  });
  return { projects, counts, percent: weight > 0 ? weighted / weight : 0 };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function join(reasons: Reason[]): string {
  return reasons.map((r) => r.message).join('; ');
}
