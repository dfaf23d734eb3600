import { formatDateLabel, type Project } from '@roadline/core';
import { html, nothing, type TemplateResult } from 'lit';
import { lastDay, type TaskFacts } from '../base/task-facts.js';
import { slackText, statusLabel } from './task-text.js';

/** The tooltip body for a task: name, dates, duration, progress, slack and assignees. */
export function tooltipContent(
  project: Project,
  facts: TaskFacts,
  locale: string | undefined,
): TemplateResult {
  const task = project.task(facts.id);
  const people = (task?.assignees ?? []).map((id) => project.person(id)?.name ?? id);
  const duration =
    task?.duration === undefined || facts.shape === 'milestone'
      ? undefined
      : `${task.duration} ${task.durationUnit ?? 'day'}${task.duration === 1 ? '' : 's'}`;
  const minutesPerDay = (project.settings.calendar?.hoursPerDay ?? 24) * 60;
  const slack = slackText(facts, minutesPerDay);
  const status = statusLabel(project, facts.id);
  return html`<strong>${facts.name}</strong>
    <dl>
      <dt>${facts.shape === 'milestone' ? 'Date' : 'Start'}</dt>
      <dd>${formatDateLabel(facts.shownStart, locale)}</dd>
      ${
        facts.shape === 'milestone'
          ? nothing
          : html`<dt>End</dt><dd>${formatDateLabel(lastDay(facts), locale, false)}</dd>`
      }
      ${duration ? html`<dt>Duration</dt><dd>${duration}</dd>` : nothing}
      ${facts.shape === 'milestone' ? nothing : html`<dt>Progress</dt><dd>${Math.round(facts.progress)}%</dd>`}
      ${status ? html`<dt>Status</dt><dd>${status}</dd>` : nothing}
      ${slack ? html`<dt>Slack</dt><dd>${slack}${facts.critical ? ' (critical)' : ''}</dd>` : nothing}
      ${people.length ? html`<dt>Assignees</dt><dd>${people.join(', ')}</dd>` : nothing}
    </dl>`;
}
