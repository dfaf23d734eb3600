import '../i18n/en/workload.js';
import { type PersonLoad, workload } from '@roadline/core';
import { todayDate } from '@roadline/core/views/dates';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { WidgetBase } from '../widget/widget-base.js';
import { widgetStyles } from '../widget/widget.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { shortDate } from '../widget/today.js';
import { workloadStyles } from './workload.styles.js';

/**
 * A heat map of assigned hours per person per ISO week against each person's capacity. Hours
 * follow assignment units (an assignee counts 100 %) and each person's resource calendar; a
 * resource's capacity is its max units of its calendar's working hours (core `workload()`). It is
 * a real table (people × weeks), so screen readers read it as one; over-allocated cells are
 * marked in color and in words. People with no capacity, max units or calendar show hours but no
 * verdict.
 *
 * @summary Workload heat map: people × weeks against capacity.
 *
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The widget's heading.
 * @csspart table - The heat map table.
 * @csspart cell - One person-week cell (also `over` when over capacity, `idle` when empty).
 * @csspart empty - The message shown when there are no people.
 * @csspart more - The line saying how many people are not shown (past `limit`).
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-widget-background=var(--rl-color-surface)] - The card's background.
 * @cssprop [--rl-workload-load-color=var(--rl-color-accent)] - The tint of loaded cells, deeper with the load.
 * @cssprop [--rl-workload-over-color=var(--rl-color-danger)] - The tint of over-allocated cells.
 * @cssprop [--rl-widget-heading-inset-end=0px] - Space kept free at the end of the heading row (`rl-dashboard` sets it for its handle).
 */
export class RlWorkload extends WidgetBase {
  static override styles = [baseStyles, widgetStyles, workloadStyles];

  /** Number of weeks shown. */
  @property({ type: Number }) weeks = 8;

  /** First week shown (any day of it, `YYYY-MM-DD`); default the week of `today`. */
  @property() from: string | undefined;

  /** At most this many people (rows); a line under the table says how many more there are. */
  @property({ type: Number }) limit = 50;

  protected get defaultLabel(): string {
    return this.writing.t('widget.workload');
  }

  override render(): TemplateResult {
    const frame = this.frame();
    const result = frame
      ? workload(frame, { from: this.from ?? this.today ?? todayDate(), weeks: this.weeks })
      : undefined;
    if (!result || result.people.length === 0)
      return this.card(html`<p part="empty">${this.writing.t('widget.noPeople')}</p>`);
    const shown = result.people.slice(0, Math.max(0, this.limit));
    const more = result.people.length - shown.length;
    return this.card(html`
      <table part="table" aria-labelledby="heading">
        <thead>
          <tr>
            <th scope="col">${this.writing.t('workload.person')}</th>
            ${result.weeks.map((w) => html`<th scope="col" class="num">${shortDate(w.start, false, this.writing.language)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${shown.map((p) => this.row(p))}
        </tbody>
      </table>
      ${more > 0 ? html`<p part="more" class="muted">${this.writing.t('workload.more', { count: more })}</p>` : nothing}
    `);
  }

  private row(p: PersonLoad): TemplateResult {
    return html`<tr>
      <th scope="row">
        ${p.name}${p.available === undefined ? html` <span class="muted" title=${p.note?.message ?? nothing}>${this.writing.t('workload.noCapacity')}</span>` : nothing}
      </th>
      ${p.hours.map((h, w) => {
        const available = p.available?.[w];
        const over = p.over?.[w] === true;
        const ratio = available ? h / available : 0;
        const level = h <= 0 ? 0 : Math.min(4, Math.ceil(ratio * 4));
        return html`<td part="cell${over ? ' over' : ''}${h <= 0 ? ' idle' : ''}" class="num level-${available === undefined && h > 0 ? 'n' : level}${over ? ' over' : ''}">
          ${this.writing.t('kpi.number', { value: Math.round(h) })}<span class="visually-hidden">${
            available === undefined
              ? this.writing.t('workload.hours')
              : this.writing.t(over ? 'workload.ofHoursOver' : 'workload.ofHours', {
                  available: Math.round(available),
                })
          }</span>
        </td>`;
      })}
    </tr>`;
  }
}
