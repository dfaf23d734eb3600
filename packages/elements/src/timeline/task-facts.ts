import { formatDateLabel, milestoneShownAt, parseWallTime, type Project } from '@roadline/core';
import type { BarShape } from '@roadline/core/views/timeline';
import { taskCalendar } from '../base/task-calendar.js';

/** What the timeline shows about one task, read from the store (scheduled values when the store schedules). */
export interface TaskFacts {
  readonly id: string;
  readonly name: string;
  readonly shape: BarShape;
  /** Wall minutes; `end` exclusive. */
  readonly start: number;
  readonly end: number;
  /**
   * The instant a person reads for the start: a milestone at the midnight that ends a working day
   * reads as that day (see `milestoneShownAt`); otherwise `start`.
   */
  readonly shownStart: number;
  readonly progress: number;
  readonly critical: boolean;
  /** Total slack in working minutes; `undefined` when the store does not schedule. */
  readonly totalSlack: number | undefined;
}

/**
 * The facts of a task, or `undefined` when it has no dates yet. Never recomputes a schedule. The
 * scheduled dates are read as numbers (`scheduledTimes`): no date string is parsed per bar.
 */
export function taskFacts(project: Project, id: string): TaskFacts | undefined {
  const task = project.task(id);
  if (task === undefined) return undefined;
  const times = project.scheduledTimes();
  const slot = times === undefined ? -1 : times.slot(id);
  let start: number | undefined;
  let end: number | undefined;
  let totalSlack: number | undefined;
  if (times !== undefined && slot >= 0) {
    start = times.instants[slot * 6] as number;
    end = times.instants[slot * 6 + 1] as number;
    totalSlack = times.totalSlack[slot] as number;
  } else {
    // No scheduler, or a custom one without numbers.
    const scheduled = project.scheduled(id);
    start = parseWallTime(scheduled?.start ?? task.start ?? '');
    end = parseWallTime(scheduled?.end ?? task.end ?? '');
    totalSlack = scheduled?.totalSlack;
  }
  if (start === undefined) return undefined;
  end ??= start;
  const shape: BarShape = project.isSummary(id)
    ? 'summary'
    : task.type === 'milestone' || end <= start
      ? 'milestone'
      : 'task';
  return {
    id,
    name: task.name,
    shape,
    start,
    end,
    shownStart:
      shape === 'milestone' ? milestoneShownAt(start, taskCalendar(project, task.calendarId)) : start,
    progress: task.progress ?? 0,
    critical: totalSlack !== undefined && totalSlack <= 0,
    totalSlack,
  };
}

/** The last day a person sees for an exclusive end (`end` 3 Mar 00:00 → "2 Mar"). */
export function lastDay(facts: TaskFacts): number {
  if (facts.shape === 'milestone') return facts.shownStart;
  return facts.end % 1440 === 0 && facts.end > facts.start ? facts.end - 1440 : facts.end;
}

/** The status label of a task, when the project defines one. */
export function statusLabel(project: Project, id: string): string | undefined {
  const status = project.task(id)?.status;
  return status === undefined ? undefined : (project.status(status)?.label ?? status);
}

/** Working days (or hours) of slack, as a person reads it; `undefined` without a schedule. */
export function slackText(facts: TaskFacts, minutesPerDay: number): string | undefined {
  const slack = facts.totalSlack;
  if (slack === undefined) return undefined;
  const days = slack / minutesPerDay;
  return `${Number.isInteger(days) ? days : days.toFixed(1)} d`;
}

/**
 * The accessible description of a bar: name, dates, progress, status and whether it is critical
 * ("Design, milestone, Mon 2 Mar 2026, 40% done, in progress, critical").
 */
export function describeTask(project: Project, facts: TaskFacts, locale: string | undefined): string {
  const parts = [facts.name];
  if (facts.shape === 'milestone') parts.push('milestone', formatDateLabel(facts.shownStart, locale, false));
  else {
    if (facts.shape === 'summary') parts.push('summary');
    parts.push(
      `${formatDateLabel(facts.start, locale, false)} to ${formatDateLabel(lastDay(facts), locale, false)}`,
    );
    parts.push(`${Math.round(facts.progress)}% done`);
  }
  const status = statusLabel(project, facts.id);
  if (status) parts.push(status);
  if (facts.critical) parts.push('critical');
  return parts.join(', ');
}
