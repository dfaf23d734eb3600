import '../i18n/en/status-chart.js';
import { type StatusMix, statusMix } from '@roadline/core';
import { scaleBand, scaleLinear } from 'd3-scale';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { WidgetBase } from '../widget/widget-base.js';
import { baseStyles } from '../styles/tokens.js';
import { widgetStyles } from '../widget/widget.styles.js';
import { donutArc } from './arc.js';
import { statusChartStyles } from './status-chart.styles.js';
import { statusFillStyles } from '../widget/status-fill.styles.js';

const SIZE = 120;

/**
 * How the project's leaf tasks split over statuses, as a donut or as bars, with a legend and a
 * table of counts and hours for screen readers.
 *
 * @summary Status mix of a project (donut or bars).
 *
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The widget's heading.
 * @csspart chart - The SVG chart.
 * @csspart slice - One donut slice or bar (also `todo`, `active`, `done` or `blocked`).
 * @csspart legend - The legend list.
 * @csspart total - The total in the donut's middle.
 * @csspart empty - The message shown when there are no tasks.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-widget-background=var(--rl-color-surface)] - The card's background.
 * @cssprop [--rl-status-todo-color=var(--rl-color-text-muted)] - Slices of to-do statuses without a color.
 * @cssprop [--rl-status-active-color=var(--rl-color-accent)] - Slices of active statuses without a color.
 * @cssprop [--rl-status-done-color=var(--rl-color-success)] - Slices of done statuses without a color.
 * @cssprop [--rl-status-blocked-color=var(--rl-color-danger)] - Slices of blocked statuses without a color.
 * @cssprop [--rl-widget-heading-inset-end=0px] - Space kept free at the end of the heading row (`rl-dashboard` sets it for its handle).
 */
export class RlStatusChart extends WidgetBase {
  static override styles = [baseStyles, widgetStyles, statusFillStyles, statusChartStyles];

  /** `donut` (default) or `bars`. */
  @property({ reflect: true }) variant: 'donut' | 'bars' = 'donut';

  protected get defaultLabel(): string {
    return this.writing.t('widget.status');
  }

  override render(): TemplateResult {
    const frame = this.frame();
    const mix = frame ? statusMix(frame) : undefined;
    if (!mix || mix.total === 0)
      return this.card(html`<p part="empty">${this.writing.t('widget.noTasks')}</p>`);
    const slices = mix.slices.filter((s) => s.count > 0);
    const t = this.writing.t;
    return this.card(html`
      <div class="layout">
        ${this.variant === 'bars' ? this.bars(mix) : this.donut(mix)}
        <ul part="legend" aria-hidden="true">
          ${slices.map(
            (s) =>
              html`<li><span class="swatch"><svg width="10" height="10"><rect width="10" height="10" rx="2" fill=${s.color ?? nothing} class="fill ${s.category}"></rect></svg></span>${s.label} <span class="muted">${s.count}</span></li>`,
          )}
        </ul>
      </div>
      <table class="visually-hidden" aria-labelledby="heading">
        <thead><tr><th scope="col">${t('status.status')}</th><th scope="col">${t('status.tasks')}</th><th scope="col">${t('status.share')}</th><th scope="col">${t('status.hours')}</th></tr></thead>
        <tbody>
          ${slices.map(
            (s) =>
              html`<tr><th scope="row">${s.label}</th><td>${t('kpi.number', { value: s.count })}</td><td>${t('unit.percent', { value: Math.round((s.count / mix.total) * 100) })}</td><td>${t('kpi.number', { value: Math.round(s.hours) })}</td></tr>`,
          )}
        </tbody>
      </table>
    `);
  }

  private donut(mix: StatusMix): TemplateResult {
    const r = SIZE / 2;
    let angle = 0;
    const paths = mix.slices
      .filter((s) => s.count > 0)
      .map((s) => {
        const a0 = angle;
        angle += (s.count / mix.total) * Math.PI * 2;
        return svg`<path part="slice ${s.category}" class="fill ${s.category}" fill=${s.color ?? nothing} d=${donutArc(r, r, r, r * 0.62, a0, angle)}></path>`;
      });
    return html`<svg part="chart" aria-hidden="true" width=${SIZE} height=${SIZE} viewBox="0 0 ${SIZE} ${SIZE}">
      ${paths}
      <text part="total" x=${r} y=${r} text-anchor="middle" dominant-baseline="central">${mix.total}</text>
    </svg>`;
  }

  private bars(mix: StatusMix): TemplateResult {
    const slices = mix.slices.filter((s) => s.count > 0);
    const width = 220;
    const y = scaleBand<number>()
      .domain(slices.map((_, k) => k))
      .range([0, slices.length * 22])
      .padding(0.2);
    const x = scaleLinear()
      .domain([0, Math.max(...slices.map((s) => s.count))])
      .range([0, width - 40]);
    return html`<svg part="chart" aria-hidden="true" width=${width} height=${slices.length * 22}>
      ${slices.map(
        (s, k) => svg`<rect part="slice ${s.category}" class="fill ${s.category}" fill=${s.color ?? nothing}
          x="0" y=${y(k) ?? 0} width=${Math.max(1, x(s.count))} height=${y.bandwidth()} rx="2"></rect>
          <text x=${x(s.count) + 4} y=${(y(k) ?? 0) + y.bandwidth() / 2} dominant-baseline="central">${s.count}</text>`,
      )}
    </svg>`;
  }
}
