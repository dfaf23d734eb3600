import '../i18n/en/bottlenecks.js';
import { bottlenecks } from '@roadline/core';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { WidgetBase } from '../widget/widget-base.js';

/**
 * The unfinished tasks whose delay would delay the most other work: ranked by slack, then by the
 * remaining effort downstream of them. A table: task, slack, tasks and hours that wait on it.
 *
 * @summary Bottleneck tasks, ranked.
 *
 * @fires rl-item-click - A task was chosen (`kind: 'task'`).
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The widget's heading.
 * @csspart table - The table.
 * @csspart item - A task's name button.
 * @csspart empty - The message shown when there are none.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-widget-background=var(--rl-color-surface)] - The card's background.
 * @cssprop [--rl-widget-heading-inset-end=0px] - Space kept free at the end of the heading row (`rl-dashboard` sets it for its handle).
 */
export class RlBottlenecks extends WidgetBase {
  /** How many tasks to list. */
  @property({ type: Number }) limit = 8;

  protected get defaultLabel(): string {
    return this.writing.t('widget.bottlenecks');
  }

  override render(): TemplateResult {
    const frame = this.frame();
    const rows = frame ? bottlenecks(frame, { limit: this.limit }) : [];
    if (rows.length === 0)
      return this.card(html`<p part="empty">${this.writing.t('widget.noBottlenecks')}</p>`);
    const t = this.writing.t;
    return this.card(html`<table part="table" aria-labelledby="heading">
      <thead>
        <tr>
          <th scope="col">${t('bottlenecks.task')}</th>
          <th scope="col" class="num">${t('bottlenecks.slack')}</th>
          <th scope="col" class="num">${t('bottlenecks.tasksWaiting')}</th>
          <th scope="col" class="num">${t('bottlenecks.hoursWaiting')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr>
            <th scope="row"><button part="item" @click=${() => this.itemClick(r.id)}>${r.name}</button>${
              r.critical ? html` <span class="badge late">${t('task.critical')}</span>` : ''
            }</th>
            <td class="num">${r.slack === undefined ? '—' : r.slack}</td>
            <td class="num">${r.downstreamTasks}</td>
            <td class="num">${Math.round(r.downstreamHours)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`);
  }
}
