import '../i18n/en/late-list.js';
import { type LateKind, lateItems } from '@roadline/core';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { WidgetBase } from '../widget/widget-base.js';

/** The catalogue key of each kind of lateness. */
const KIND_LABEL = {
  overdue: 'late.overdue',
  slipped: 'late.slipped',
  behind: 'late.behind',
} as const satisfies Record<LateKind, string>;
const KIND_CLASS: Record<LateKind, string> = { overdue: 'late', slipped: 'late', behind: 'at-risk' };

/**
 * Unfinished tasks that are overdue, have slipped past their baseline, or trail the progress the
 * plan expects (at risk), most serious first, each with the reason in words.
 *
 * @summary Late and at-risk tasks.
 *
 * @fires rl-item-click - A task was chosen (`kind: 'task'`).
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The widget's heading.
 * @csspart counts - The counts per kind.
 * @csspart list - The list.
 * @csspart item - A task's name button.
 * @csspart kind - The kind badge.
 * @csspart empty - The message shown when nothing is late.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-widget-background=var(--rl-color-surface)] - The card's background.
 * @cssprop [--rl-widget-heading-inset-end=0px] - Space kept free at the end of the heading row (`rl-dashboard` sets it for its handle).
 */
export class RlLateList extends WidgetBase {
  /** At most this many rows. */
  @property({ type: Number }) limit = 10;

  /** A started task is at risk when its progress trails the expected progress by this many points. */
  @property({ type: Number, attribute: 'behind-by' }) behindBy = 20;

  protected get defaultLabel(): string {
    return this.writing.t('widget.late');
  }

  override render(): TemplateResult {
    const frame = this.frame();
    const late = frame ? lateItems(frame, { limit: this.limit, behindBy: this.behindBy }) : undefined;
    if (!late || late.items.length === 0)
      return this.card(html`<p part="empty">${this.writing.t('widget.nothingLate')}</p>`);
    const { overdue, slipped, behind } = late.counts;
    return this.card(html`
      <p part="counts" class="muted">${this.writing.t('late.counts', { overdue, slipped, behind })}</p>
      <ul part="list" aria-labelledby="heading">
        ${late.items.map(
          (item) => html`<li>
            <span part="kind" class="badge ${KIND_CLASS[item.kind]}">${this.writing.t(KIND_LABEL[item.kind])}</span>
            <span class="grow">
              <button part="item" @click=${() => this.itemClick(item.id)}>${item.name}</button><br />
              <span class="muted">${item.reasons.map((r) => r.message).join(' ')}</span>
            </span>
          </li>`,
        )}
      </ul>
    `);
  }
}
