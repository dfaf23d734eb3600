/**
 * The wizard's middle part: for a table file, one column per column of the file, a select of the
 * field it goes to (the mapping) above its first cells, and the cells an issue names marked; for
 * a project file (MSPDI, JSON), the first tasks. Pure templates: the element owns the state.
 */
import type { ImportIssue, ProjectData } from '@roadline/core';
import type { ColumnAssignment, ColumnMapping, TablePreviewRow } from '@roadline/core/io/csv';
import { html, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/catalogue.js';
import { issueText } from './read-file.js';

/** The targets a column may go to, in the order the select lists them. */
export const TARGETS = [
  'ignore',
  'id',
  'altId',
  'name',
  'parent',
  'outline',
  'level',
  'start',
  'end',
  'range',
  'duration',
  'progress',
  'predecessors',
  'successors',
  'assignees',
  'emails',
  'status',
  'priority',
  'milestone',
  'tags',
  'group',
  'release',
  'deadline',
  'constraintType',
  'constraintDate',
  'manual',
  'color',
  'custom',
] as const satisfies readonly ColumnAssignment['target'][];

/** Issues by row and column header, for marking cells. */
export function issuesByCell(issues: readonly ImportIssue[]): Map<string, ImportIssue> {
  const map = new Map<string, ImportIssue>();
  for (const issue of issues) {
    if (issue.row === undefined) continue;
    const key = `${issue.row}\u0000${issue.column ?? ''}`;
    if (!map.has(key)) map.set(key, issue);
  }
  return map;
}

export function mappingTable(
  mapping: ColumnMapping,
  rows: readonly TablePreviewRow[],
  issues: readonly ImportIssue[],
  t: Translate,
  onTarget: (index: number, target: ColumnAssignment['target']) => void,
): TemplateResult {
  const marked = issuesByCell(issues);
  const columns = mapping.columns;
  return html`<div class="scroll" part="preview-scroll" tabindex="0" role="region" aria-label=${t('import.preview')}>
    <table part="preview">
      <caption>${t('import.preview')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('import.row')}</th>
          ${columns.map((c) => html`<th scope="col">${c.header}</th>`)}
        </tr>
        <tr part="mapping">
          <th scope="row">${t('import.fieldRow')}</th>
          ${columns.map(
            (c) => html`<td>
              <select part="field" aria-label=${t('import.fieldOf', { column: c.header || String(c.index + 1) })}
                @change=${(e: Event) => onTarget(c.index, (e.target as HTMLSelectElement).value as ColumnAssignment['target'])}>
                ${TARGETS.map((target) => html`<option value=${target} ?selected=${c.target === target}>${t(`import.field.${target}`)}</option>`)}
              </select>
            </td>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${rows.map((r) => {
          const rowIssue = marked.get(`${r.row}\u0000`);
          return html`<tr part=${rowIssue ? 'row issue' : 'row'}>
            <th scope="row">${r.row}</th>
            ${columns.map((c) => {
              const issue = marked.get(`${r.row}\u0000${c.header}`);
              return html`<td part=${issue ? 'cell issue' : 'cell'} title=${issue ? issueText(issue, t) : ''}>${r.cells[c.index] ?? ''}</td>`;
            })}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** The first tasks of a project file, for MSPDI and JSON (no mapping to choose). */
export function tasksTable(data: ProjectData, count: number, t: Translate): TemplateResult {
  return html`<div class="scroll" part="preview-scroll" tabindex="0" role="region" aria-label=${t('import.previewTasks')}>
    <table part="preview">
      <caption>${t('import.previewTasks')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('import.field.id')}</th>
          <th scope="col">${t('import.field.name')}</th>
          <th scope="col">${t('import.field.start')}</th>
          <th scope="col">${t('import.field.end')}</th>
        </tr>
      </thead>
      <tbody>
        ${data.tasks
          .slice(0, count)
          .map(
            (task) =>
              html`<tr part="row"><td>${task.id}</td><td>${task.name}</td><td>${task.start ?? ''}</td><td>${task.end ?? ''}</td></tr>`,
          )}
      </tbody>
    </table>
  </div>`;
}

/** The issues as a table (row, column, value, problem), the first `limit` of them. */
export function issuesTable(issues: readonly ImportIssue[], limit: number, t: Translate): TemplateResult {
  if (issues.length === 0) return html`<p part="no-issues">${t('import.noIssues')}</p>`;
  const shown = issues.slice(0, limit);
  return html`<div class="scroll" part="issues-scroll" tabindex="0" role="region" aria-label=${t('import.issues', { count: issues.length })}>
    <table part="issues">
      <caption>${t('import.issues', { count: issues.length })}</caption>
      <thead>
        <tr>
          <th scope="col">${t('import.row')}</th>
          <th scope="col">${t('import.issueColumn')}</th>
          <th scope="col">${t('import.issueValue')}</th>
          <th scope="col">${t('import.issueMessage')}</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (i) => html`<tr part=${i.severity === 'error' ? 'issue excluded' : 'issue warning'}>
            <td>${i.row ?? ''}</td><td>${i.column ?? ''}</td><td>${i.value ?? ''}</td>
            <td><span class="severity">${i.severity === 'error' ? t('import.issueError') : t('import.issueWarning')}</span> ${issueText(i, t)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${issues.length > limit ? html`<p part="more-issues">${t('import.moreIssues', { count: issues.length - limit })}</p>` : ''}
  </div>`;
}
