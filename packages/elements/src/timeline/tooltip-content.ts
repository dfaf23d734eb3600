import { type Translate, translate } from '../i18n/catalogue.js';
import { formatDateLabel, type Project } from '@roadline/core';
import { html, nothing, type TemplateResult } from 'lit';
import { lastDay, type TaskFacts, taskFacts } from '../base/task-facts.js';
import { slackText, statusLabel } from './task-text.js';

/** The catalogue's plural duration per unit. */
const DURATION = {
  minute: 'unit.minutes',
  hour: 'unit.hours',
  day: 'unit.days',
  week: 'unit.weeks',
} as const;

/** The tooltip of the task `id` (nothing without a project, a task or dates). */
export function tooltipFor(
  project: Project | undefined,
  id: string | undefined,
  locale: string | undefined,
): TemplateResult | typeof nothing {
  const facts = project && id !== undefined ? taskFacts(project, id) : undefined;
  return project && facts ? tooltipContent(project, facts, locale) : nothing;
}

/** The tooltip body for a task: name, dates, duration, progress, slack and assignees. */
export function tooltipContent(
  project: Project,
  facts: TaskFacts,
  locale: string | undefined,
): TemplateResult {
  const t: Translate = (key, params) => translate(locale ?? 'en', key, params);
  const task = project.task(facts.id);
  const people = (task?.assignees ?? []).map((id) => project.person(id)?.name ?? id);
  const duration =
    task?.duration === undefined || facts.shape === 'milestone'
      ? undefined
      : t(DURATION[task.durationUnit ?? 'day'], { count: task.duration });
  const minutesPerDay = (project.settings.calendar?.hoursPerDay ?? 24) * 60;
  const slack = slackText(facts, minutesPerDay, locale);
  const status = statusLabel(project, facts.id);
  return html`<strong>${facts.name}</strong>
    <dl>
      <dt>${t(facts.shape === 'milestone' ? 'tooltip.date' : 'tooltip.start')}</dt>
      <dd>${formatDateLabel(facts.shownStart, locale)}</dd>
      ${
        facts.shape === 'milestone'
          ? nothing
          : html`<dt>${t('tooltip.end')}</dt><dd>${formatDateLabel(lastDay(facts), locale, false)}</dd>`
      }
      ${duration ? html`<dt>${t('tooltip.duration')}</dt><dd>${duration}</dd>` : nothing}
      ${facts.shape === 'milestone' ? nothing : html`<dt>${t('tooltip.progress')}</dt><dd>${t('unit.percent', { value: Math.round(facts.progress) })}</dd>`}
      ${status ? html`<dt>${t('tooltip.status')}</dt><dd>${status}</dd>` : nothing}
      ${slack ? html`<dt>${t('tooltip.slack')}</dt><dd>${facts.critical ? t('tooltip.slackCritical', { slack }) : slack}</dd>` : nothing}
      ${people.length ? html`<dt>${t('tooltip.assignees')}</dt><dd>${people.join(t('list.separator'))}</dd>` : nothing}
    </dl>`;
}
