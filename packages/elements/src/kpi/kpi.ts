import '../i18n/en/kpi.js';
import type { Translate } from '../i18n/catalogue.js';
import { type KeyFigures, keyFigures } from '@roadline/core';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { WidgetBase } from '../widget/widget-base.js';
import { baseStyles } from '../styles/tokens.js';
import { widgetStyles } from '../widget/widget.styles.js';
import { lastDay } from '../widget/today.js';
import { kpiStyles } from './kpi.styles.js';

/** The tiles `rl-kpi` can show. */
export type KpiTile =
  | 'progress'
  | 'done'
  | 'overdue'
  | 'blocked'
  | 'critical'
  | 'finish'
  | 'milestones'
  | 'remaining';

const ALL: KpiTile[] = ['progress', 'done', 'overdue', 'blocked', 'finish', 'milestones'];

/**
 * Headline numbers of a project as tiles: progress against plan, tasks done, overdue, blocked and
 * critical tasks, the finish date and milestones due soon. A definition list, read as such.
 *
 * @summary KPI tiles of a project.
 *
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The widget's heading.
 * @csspart tiles - The list of tiles.
 * @csspart tile - One tile (also its name, for example `tile overdue`).
 * @csspart value - A tile's number.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-widget-background=var(--rl-color-surface)] - The card's background.
 * @cssprop [--rl-kpi-value-size=24px] - The size of the numbers.
 * @cssprop [--rl-widget-heading-inset-end=0px] - Space kept free at the end of the heading row (`rl-dashboard` sets it for its handle).
 */
export class RlKpi extends WidgetBase {
  static override styles = [baseStyles, widgetStyles, kpiStyles];

  /** Which tiles, in order: a comma-separated list (`progress,overdue,finish`) or an array. */
  @property({
    converter: (v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
  })
  tiles: KpiTile[] = ALL;

  protected get defaultLabel(): string {
    return this.writing.t('widget.kpi');
  }

  override render(): TemplateResult {
    const frame = this.frame();
    const k = frame ? keyFigures(frame) : undefined;
    return this.card(html`<dl part="tiles">
      ${this.tiles.map((t) => {
        const [label, value, note] = k
          ? tile(t, k, this.writing.language, this.writing.t)
          : [this.writing.t(`kpi.${t}`), '—', ''];
        return html`<div part="tile ${t}"><dt>${label}</dt><dd part="value">${value}</dd>${note ? html`<dd class="muted">${note}</dd>` : ''}</div>`;
      })}
    </dl>`);
  }
}

function tile(t: KpiTile, k: KeyFigures, language: string, tr: Translate): [string, string, string] {
  const n = (value: number) => tr('kpi.number', { value });
  switch (t) {
    case 'progress':
      return [
        tr('kpi.progress'),
        tr('unit.percent', { value: Math.round(k.percent) }),
        tr('kpi.progressNote', { percent: Math.round(k.expected) }),
      ];
    case 'done':
      return [tr('kpi.done'), n(k.done), tr('kpi.doneNote', { count: k.tasks })];
    case 'overdue':
      return [tr('kpi.overdue'), n(k.overdue), tr('kpi.overdueNote', { count: k.overdue })];
    case 'blocked':
      return [tr('kpi.blocked'), n(k.blocked), tr('kpi.blockedNote', { count: k.blocked })];
    case 'critical':
      return [tr('kpi.critical'), n(k.critical), tr('kpi.criticalNote', { count: k.critical })];
    case 'finish':
      return [
        tr('kpi.finish'),
        lastDay(k.finish, true, language),
        k.daysToFinish === undefined
          ? ''
          : k.daysToFinish >= 0
            ? tr('kpi.inDays', { count: k.daysToFinish })
            : tr('kpi.daysAgo', { count: -k.daysToFinish }),
      ];
    case 'milestones':
      return [tr('kpi.milestones'), n(k.milestonesDue), tr('kpi.milestonesNote', { count: 14 })];
    case 'remaining':
      return [
        tr('kpi.remaining'),
        tr('unit.hoursShort', { count: Math.round(k.remainingHours) }),
        tr('kpi.remainingNote'),
      ];
    default:
      return [String(t), '—', ''];
  }
}
