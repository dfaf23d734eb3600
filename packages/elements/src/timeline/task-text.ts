import { type Translate, translate } from '../i18n/catalogue.js';
import { plainNumber } from '../i18n/plain-number.js';
import { formatDateLabel, type Project } from '@roadline/core';
import { lastDay, type TaskFacts } from '../base/task-facts.js';

/** The status label of a task, when the project defines one. */
export function statusLabel(project: Project, id: string): string | undefined {
  const status = project.task(id)?.status;
  return status === undefined ? undefined : (project.status(status)?.label ?? status);
}

/** Working days (or hours) of slack, as a person reads it; `undefined` without a schedule. */
export function slackText(facts: TaskFacts, minutesPerDay: number, locale?: string): string | undefined {
  const slack = facts.totalSlack;
  if (slack === undefined) return undefined;
  const days = slack / minutesPerDay;
  return translate(locale ?? 'en', 'unit.daysShort', {
    count: Number.isInteger(days) ? days : Math.round(days * 10) / 10,
  });
}

/**
 * The accessible description of a bar: name, dates, progress, status and whether it is critical
 * ("Design, milestone, Mon 2 Mar 2026, 40% done, in progress, deadline Fri 6 Mar 2026, late, critical").
 */
export function describeTask(project: Project, facts: TaskFacts, locale: string | undefined): string {
  const t: Translate = (key, params) => translate(locale ?? 'en', key, params);
  const parts = [facts.name];
  if (facts.shape === 'milestone')
    parts.push(t('task.milestone'), formatDateLabel(facts.shownStart, locale, false));
  else {
    if (facts.shape === 'summary') parts.push(t('task.summary'));
    parts.push(
      t('task.dates', {
        start: formatDateLabel(facts.start, locale, false),
        end: formatDateLabel(lastDay(facts), locale, false),
      }),
    );
    // As the catalogue writes it, without making a number formatter for a first render's labels.
    parts.push(t('task.done', { percent: plainNumber(locale ?? 'en', Math.round(facts.progress)) }));
  }
  const status = statusLabel(project, facts.id);
  if (status) parts.push(status);
  if (facts.manual) parts.push(t('task.manual'));
  if (facts.deadline !== undefined) {
    parts.push(t('task.deadline', { day: formatDateLabel(facts.deadline - 1440, locale, false) }));
    if (facts.late) parts.push(t('task.late'));
  }
  if (facts.critical) parts.push(t('task.critical'));
  return parts.join(t('list.separator'));
}
