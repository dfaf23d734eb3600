import type { AutomationRule, AutomationRun, Project } from '@roadline/core';
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Translate } from '../i18n/catalogue.js';
import type { MessageKey } from '../i18n/en.js';

/** A rule's name for the person: its `name`, else its id. */
export function ruleName(rule: Pick<AutomationRule, 'id' | 'name'>): string {
  return rule.name?.trim() || rule.id;
}

/**
 * The run log (`project.automationLog`), newest first: outcome, rule, task and time of each run,
 * with the error of a failed one; a select filters it by rule. Task and rule names are data,
 * shown as text.
 */
export function runLog(
  project: Project,
  t: Translate,
  filter: string,
  limit: number,
  setFilter: (ruleId: string) => void,
): TemplateResult {
  const rules = project.automations();
  const runs: Readonly<AutomationRun>[] = project
    .automationLog(filter === '' ? undefined : { ruleId: filter })
    .slice(0, Math.max(0, limit));
  const names = new Map(rules.map((r) => [r.id, ruleName(r)]));
  return html`<section part="log" aria-labelledby="log-heading">
    <h3 id="log-heading">${t('automations.log')}</h3>
    <label class="row"
      >${t('automations.logFilter')}
      <select part="log-filter" @change=${(e: Event) => setFilter((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${filter === ''}>${t('automations.logAll')}</option>
        ${rules.map((r) => html`<option value=${r.id} ?selected=${filter === r.id}>${ruleName(r)}</option>`)}
      </select></label
    >
    ${
      runs.length === 0
        ? html`<p part="log-empty">${t('automations.logNone')}</p>`
        : html`<table part="log-table" aria-labelledby="log-heading">
            <thead>
              <tr>
                <th scope="col">${t('automations.logOutcome')}</th>
                <th scope="col">${t('automations.logRule')}</th>
                <th scope="col">${t('automations.logTask')}</th>
                <th scope="col">${t('automations.logTime')}</th>
              </tr>
            </thead>
            <tbody>
              ${repeat(
                runs,
                (run) => run,
                (
                  run,
                ) => html`<tr part=${`run ${run.outcome}`} data-rule=${run.ruleId} data-task=${run.taskId}>
                  <td>${t(`automations.outcome.${run.outcome}` as MessageKey)}${run.error ? html`<br /><span class="muted">${run.error}</span>` : ''}</td>
                  <td>${names.get(run.ruleId) ?? run.ruleId}</td>
                  <td>${project.task(run.taskId)?.name ?? run.taskId}</td>
                  <td><time datetime=${run.at}>${run.at.replace('T', ' ')}</time></td>
                </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}
