import '../i18n/en/milestones.js';
import type { Translate } from '../i18n/catalogue.js';
import { type MilestoneRow, milestones } from '@roadline/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { WidgetBase } from '../widget/widget-base.js';
import { lastDay } from '../widget/today.js';

/** The catalogue key of each milestone state. */
const STATE_LABEL = {
  done: 'health.done',
  'on-track': 'health.onTrack',
  'at-risk': 'health.atRisk',
  late: 'health.late',
} as const satisfies Record<MilestoneRow['state'], string>;

/**
 * Milestones and releases with a countdown and their forecast against plan (done, on track, at
 * risk or late, with the reason). Each name is a button that fires `rl-item-click`.
 *
 * @summary Milestones and releases with countdown and forecast.
 *
 * @fires rl-item-click - A milestone (`kind: 'task'`) or release (`kind: 'release'`) was chosen.
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The widget's heading.
 * @csspart list - The list of milestones.
 * @csspart item - A milestone's name button.
 * @csspart countdown - "in 3 days", "today", "2 days ago".
 * @csspart state - The state badge.
 * @csspart empty - The message shown when there are none.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-widget-background=var(--rl-color-surface)] - The card's background.
 * @cssprop [--rl-widget-heading-inset-end=0px] - Space kept free at the end of the heading row (`rl-dashboard` sets it for its handle).
 */
export class RlMilestones extends WidgetBase {
  /** Hide milestones and releases that are done. */
  @property({ type: Boolean, attribute: 'hide-done' }) hideDone = false;

  /** At most this many rows. */
  @property({ type: Number }) limit = 12;

  protected get defaultLabel(): string {
    return this.writing.t('widget.milestones');
  }

  override render(): TemplateResult {
    const frame = this.frame();
    const rows = frame ? milestones(frame, { limit: this.limit, hideDone: this.hideDone }) : [];
    if (rows.length === 0)
      return this.card(html`<p part="empty">${this.writing.t('widget.noMilestones')}</p>`);
    return this.card(html`<ul part="list" aria-labelledby="heading">
      ${rows.map(
        (r) => html`<li>
          <span class="grow">
            <button part="item" @click=${() => this.itemClick(r.id, r.kind === 'release' ? 'release' : 'task')}>${r.name}</button>
            <span class="muted">${r.kind === 'release' ? this.writing.t('roadmap.kind.release') : ''} ${lastDay(r.forecast ?? r.planned, false, this.writing.language)}</span>
            ${r.reasons.length ? html`<br /><span class="muted">${r.reasons[0]?.message}</span>` : nothing}
          </span>
          <span part="countdown" class="muted">${countdown(r.daysLeft, this.writing.t)}</span>
          <span part="state" class="badge ${r.state}">${this.writing.t(STATE_LABEL[r.state])}</span>
        </li>`,
      )}
    </ul>`);
  }
}

/** "in 3 days", "today", "2 days ago". */
export function countdown(days: number | undefined, t: Translate): string {
  if (days === undefined) return '';
  if (days === 0) return t('milestones.today');
  return days > 0 ? t('kpi.inDays', { count: days }) : t('kpi.daysAgo', { count: -days });
}
