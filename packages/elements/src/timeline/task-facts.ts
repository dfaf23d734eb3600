import {
  type BarShape,
  formatDate,
  milestoneShownAt,
  parseWallTime,
  type Project,
  type ScheduledTask,
} from '@roadline/core';
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
  readonly scheduled: ScheduledTask | undefined;
}

/** The facts of a task, or `undefined` when it has no dates yet. Never recomputes a schedule. */
export function taskFacts(project: Project, id: string): TaskFacts | undefined {
  const task = project.task(id);
  if (task === undefined) return undefined;
  const scheduled = project.scheduled(id);
  const start = parseWallTime(scheduled?.start ?? task.start ?? '');
  if (start === undefined) return undefined;
  const end = parseWallTime(scheduled?.end ?? task.end ?? '') ?? start;
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
    critical: scheduled?.critical ?? false,
    scheduled,
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
  const slack = facts.scheduled?.totalSlack;
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
  if (facts.shape === 'milestone') parts.push('milestone', formatDate(facts.shownStart, locale, false));
  else {
    if (facts.shape === 'summary') parts.push('summary');
    parts.push(`${formatDate(facts.start, locale, false)} to ${formatDate(lastDay(facts), locale, false)}`);
    parts.push(`${Math.round(facts.progress)}% done`);
  }
  const status = statusLabel(project, facts.id);
  if (status) parts.push(status);
  if (facts.critical) parts.push('critical');
  return parts.join(', ');
}
