import '../i18n/en/burndown.js';
import '../i18n/en/cumulative-flow.js';
import { type AnalyticsFrame, type CumulativeFlow, cumulativeFlow, type StatusHistory } from '@roadline/core';
import { scaleLinear } from 'd3-scale';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { watchChartSize } from '../widget/chart-size.js';
import { baseStyles } from '../styles/tokens.js';
import { shortDate } from '../widget/today.js';
import { widgetStyles } from '../widget/widget.styles.js';
import { WidgetBase } from '../widget/widget-base.js';
import { cumulativeFlowStyles } from './cumulative-flow.styles.js';
import { chartCardStyles } from '../widget/chart-card.styles.js';
import { statusFillStyles } from '../widget/status-fill.styles.js';

const DEFAULT_SIZE = { width: 320, height: 160 } as const;
const M = { top: 8, right: 8, bottom: 20, left: 32 };
/** Days the screen-reader table lists (the latest ones); the summary covers the whole span. */
const TABLE_DAYS = 31;

/**
 * Cumulative flow: how many items were in each status at the end of each day, as stacked areas,
 * from the day the store was loaded to today (`cumulativeFlow` in `@roadline/core`, from the
 * store's own status history, `project.statusHistory()`). The last status of the flow (done)
 * lies at the bottom, the first (the backlog) on top, so a widening band is work piling up there.
 * Given plain `data` (no history), only today. A table of the latest days and a summary read the
 * chart to screen readers.
 *
 * @summary Cumulative flow of a project's statuses over time.
 *
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The widget's heading.
 * @csspart chart - The SVG chart.
 * @csspart band - One status's area (also `todo`, `active`, `done` or `blocked`).
 * @csspart legend - The legend.
 * @csspart empty - The message shown without a project.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-widget-background=var(--rl-color-surface)] - The card's background.
 * @cssprop [--rl-status-todo-color=var(--rl-color-text-muted)] - Bands of to-do statuses without a color.
 * @cssprop [--rl-status-active-color=var(--rl-color-accent)] - Bands of active statuses without a color.
 * @cssprop [--rl-status-done-color=var(--rl-color-success)] - Bands of done statuses without a color.
 * @cssprop [--rl-status-blocked-color=var(--rl-color-danger)] - Bands of blocked statuses without a color.
 * @cssprop [--rl-widget-heading-inset-end=0px] - Space kept free at the end of the heading row (`rl-dashboard` sets it for its handle).
 */
export class RlCumulativeFlow extends WidgetBase {
  static override styles = [
    baseStyles,
    widgetStyles,
    chartCardStyles,
    statusFillStyles,
    cumulativeFlowStyles,
  ];

  /** The chart's measured size in CSS pixels; the chart is drawn at that size. */
  @state() private size: { width: number; height: number } = DEFAULT_SIZE;

  private computed:
    | { frame: AnalyticsFrame; history: StatusHistory | undefined; value: CumulativeFlow }
    | undefined;

  constructor() {
    super();
    watchChartSize(
      this,
      () => this.size,
      (size) => {
        this.size = size;
      },
    );
  }

  protected get defaultLabel(): string {
    return this.writing.t('widget.cumulativeFlow');
  }

  /** The figure of the frame and history, once each: a resize redraws without recomputing it. */
  private figure(frame: AnalyticsFrame): CumulativeFlow {
    const history = this.store.project?.statusHistory();
    const c = this.computed;
    if (c?.frame === frame && c.history === history) return c.value;
    const value = cumulativeFlow(frame, history);
    this.computed = { frame, history, value };
    return value;
  }

  override render(): TemplateResult {
    const frame = this.frame();
    const t = this.writing.t;
    if (!frame) return this.card(html`<p part="empty">${t('widget.noProject')}</p>`);
    const flow = this.figure(frame);
    const { width: W, height: H } = this.size;
    const days = flow.days;
    const n = days.length;
    const nameOf = (k: number): string => {
      const band = flow.bands[k];
      return band === undefined ? '' : band.id === '' ? t('none.status') : band.label;
    };
    let top = 1;
    for (const d of days)
      top = Math.max(
        top,
        d.counts.reduce((s, c) => s + c, 0),
      );
    const x = scaleLinear()
      .domain([0, Math.max(1, n - 1)])
      .range([M.left, W - M.right]);
    const y = scaleLinear()
      .domain([0, top])
      .nice(4)
      .range([H - M.bottom, M.top]);
    // One day only: its counts span the whole width.
    const xs = n === 1 ? [x(0), x(1)] : days.map((_, i) => x(i));
    const rows = n === 1 ? [days[0], days[0]] : days;
    // Stacked from the last band (done) at the bottom up to the first.
    const base = new Float64Array(rows.length);
    const areas: TemplateResult[] = [];
    for (let k = flow.bands.length - 1; k >= 0; k--) {
      const band = flow.bands[k];
      if (band === undefined) continue;
      let upper = '';
      let lower = '';
      rows.forEach((row, i) => {
        const b = base[i] as number;
        const v = b + (row?.counts[k] ?? 0);
        upper += `${i ? 'L' : 'M'}${Math.round(xs[i] as number)} ${Math.round(y(v))}`;
        lower = `L${Math.round(xs[i] as number)} ${Math.round(y(b))}${lower}`;
        base[i] = v;
      });
      areas.push(
        svg`<path part="band ${band.category}" class="fill ${band.category}" fill=${band.color ?? nothing} d="${upper}${lower}Z"></path>`,
      );
    }
    const yTicks = y.ticks(Math.max(2, Math.min(4, Math.floor((H - M.top - M.bottom) / 24))));
    const last = days.at(-1);
    const today = (last?.counts ?? []).map((c, k) => `${nameOf(k)} ${this.number(c)}`).join(', ');
    const summary = t('flow.summary', {
      from: shortDate(days[0]?.at, true, this.writing.language),
      to: shortDate(last?.at, true, this.writing.language),
      today,
    });
    const listed = days.slice(-TABLE_DAYS);
    return this.card(html`
      <svg part="chart" role="img" aria-labelledby="heading" aria-describedby="summary" viewBox="0 0 ${W} ${H}" width=${W} height=${H}>
        ${yTicks.map(
          (v) => svg`<line class="grid" x1=${M.left} x2=${W - M.right} y1=${y(v)} y2=${y(v)}></line>
            <text x=${M.left - 4} y=${y(v)} text-anchor="end" dominant-baseline="central">${v}</text>`,
        )}
        ${areas}
        <text x=${M.left} y=${H - 4} text-anchor="start">${shortDate(days[0]?.at, false, this.writing.language)}</text>
        ${n > 1 ? svg`<text x=${W - M.right} y=${H - 4} text-anchor="end">${shortDate(last?.at, false, this.writing.language)}</text>` : nothing}
      </svg>
      <p id="summary" class="visually-hidden">${summary}</p>
      <ul part="legend" aria-hidden="true">
        ${flow.bands.map(
          (b, k) =>
            html`<li><svg width="10" height="10"><rect width="10" height="10" rx="2" fill=${b.color ?? nothing} class="fill ${b.category}"></rect></svg>${nameOf(k)}</li>`,
        )}
      </ul>
      <table class="visually-hidden" aria-labelledby="heading">
        <thead><tr><th scope="col">${t('flow.day')}</th>${flow.bands.map((_, k) => html`<th scope="col">${nameOf(k)}</th>`)}</tr></thead>
        <tbody>
          ${listed.map(
            (d) =>
              html`<tr><th scope="row">${shortDate(d.at, true, this.writing.language)}</th>${d.counts.map((c) => html`<td>${this.number(c)}</td>`)}</tr>`,
          )}
        </tbody>
      </table>
    `);
  }

  private number(n: number): string {
    return this.writing.t('kpi.number', { value: n });
  }
}
