import { formatDateLabel, type Project } from '@roadline/core';
import { lastDay, type TaskFacts } from '../base/task-facts.js';

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
 * ("Design, milestone, Mon 2 Mar 2026, 40% done, in progress, deadline Fri 6 Mar 2026, late, critical").
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
  if (facts.manual) parts.push('manually scheduled');
  if (facts.deadline !== undefined)
    parts.push(
      `deadline ${formatDateLabel(facts.deadline - 1440, locale, false)}${facts.late ? ', late' : ''}`,
    );
  if (facts.critical) parts.push('critical');
  return parts.join(', ');
}
