import '../i18n/en/burndown.js';
import {
  type AnalyticsFrame,
  type Burndown,
  type BurnPoint,
  burndown,
  type ProgressSnapshot,
} from '@roadline/core';
import { scaleLinear } from 'd3-scale';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { widgetStyles } from '../widget/widget.styles.js';
import { WidgetBase } from '../widget/widget-base.js';
import { shortDate } from '../widget/today.js';
import { watchChartSize } from '../widget/chart-size.js';
import { baseStyles } from '../styles/tokens.js';
import { burndownStyles } from './burndown.styles.js';
import { chartCardStyles } from '../widget/chart-card.styles.js';

/** The chart's size until it is measured (and its shape in a box of no set height). */
const DEFAULT_SIZE = { width: 320, height: 160 } as const;
const M = { top: 8, right: 8, bottom: 20, left: 40 };
/** Room each axis label needs, so a small chart gets fewer ticks rather than overlapping ones. */
const TICK_GAP = { x: 72, y: 24 } as const;

/**
 * Remaining (burndown) or completed (burnup) work over time, in hours of effort: the plan (from
 * the latest baseline, else the live dates), the actual line (from `snapshots`, else the store's
 * own progress history, and today's progress) and the forecast from today. A text summary describes the chart for screen readers.
 * The chart fills the height the card leaves between heading and legend (two rows of a dashboard,
 * or a height set on the element), drawn at that size so its labels keep their size; in a box of
 * no set height it is half as high as wide.
 *
 * @summary Burndown or burnup line of a project.
 *
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The widget's heading.
 * @csspart chart - The SVG chart.
 * @csspart planned - The planned line.
 * @csspart actual - The actual line.
 * @csspart forecast - The forecast line.
 * @csspart scope - The scope line (burnup).
 * @csspart today - The today marker.
 * @csspart legend - The legend.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-widget-background=var(--rl-color-surface)] - The card's background.
 * @cssprop [--rl-burndown-planned-color=var(--rl-color-text-muted)] - The planned line.
 * @cssprop [--rl-burndown-actual-color=var(--rl-color-accent)] - The actual line.
 * @cssprop [--rl-burndown-forecast-color=var(--rl-color-warning)] - The forecast line.
 * @cssprop [--rl-widget-heading-inset-end=0px] - Space kept free at the end of the heading row (`rl-dashboard` sets it for its handle).
 */
export class RlBurndown extends WidgetBase {
  static override styles = [baseStyles, widgetStyles, chartCardStyles, burndownStyles];

  /** `burndown` (remaining work, default) or `burnup` (completed work against scope). */
  @property({ reflect: true }) mode: 'burndown' | 'burnup' = 'burndown';

  /**
   * Progress history for the actual line (see `ProgressSnapshot` in `@roadline/core`); without it,
   * the store's own `progressHistory()` (what changed since the store was loaded).
   */
  @property({ attribute: false }) snapshots: readonly ProgressSnapshot[] | undefined;

  /** The chart's measured size in CSS pixels; the chart is drawn at that size. */
  @state() private size: { width: number; height: number } = DEFAULT_SIZE;

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

  /** The figure of the frame, once per frame and history: a resize redraws without recomputing it. */
  private figure(frame: AnalyticsFrame): Burndown {
    // Without the host's history, the store's own (the progress it saw change since it loaded).
    const snapshots = this.snapshots ?? this.store.project?.progressHistory() ?? [];
    const c = this.computed;
    if (c?.frame === frame && c.snapshots === snapshots) return c.value;
    const value = burndown(frame, { snapshots });
    this.computed = { frame, snapshots, value };
    return value;
  }

  private computed:
    | { frame: AnalyticsFrame; snapshots: readonly ProgressSnapshot[]; value: Burndown }
    | undefined;

  protected get defaultLabel(): string {
    return this.writing.t(this.mode === 'burnup' ? 'widget.burnup' : 'widget.burndown');
  }

  override render(): TemplateResult {
    const frame = this.frame();
    if (!frame) return this.card(html`<p part="empty">${this.writing.t('widget.noProject')}</p>`);
    const b = this.figure(frame);
    const up = this.mode === 'burnup';
    const value = (p: BurnPoint): number => (up ? p.done : p.remaining);
    const time = (p: BurnPoint): number =>
      Date.parse(`${p.at.length === 10 ? `${p.at}T00:00` : p.at}Z`) / 60000;
    const { width: W, height: H } = this.size;
    const all = [...b.planned, ...b.actual, ...b.forecast];
    const x = scaleLinear()
      .domain([Math.min(...all.map(time)), Math.max(...all.map(time))])
      .range([M.left, W - M.right]);
    const y = scaleLinear()
      .domain([0, Math.max(1, b.scope)])
      .nice(4)
      .range([H - M.bottom, M.top]);
    const yTicks = y.ticks(ticks(H - M.top - M.bottom, TICK_GAP.y));
    const xTicks = x.ticks(ticks(W - M.left - M.right, TICK_GAP.x));
    const line = (points: BurnPoint[]): string =>
      points.map((p, k) => `${k ? 'L' : 'M'}${x(time(p)).toFixed(1)} ${y(value(p)).toFixed(1)}`).join('');
    const today = frame.today;
    const last = b.actual.at(-1);
    const end = b.forecast.at(-1);
    const summary = this.writing.t(
      up
        ? b.plannedFrom === 'baseline'
          ? 'burn.upSummaryBaseline'
          : 'burn.upSummary'
        : b.plannedFrom === 'baseline'
          ? 'burn.downSummaryBaseline'
          : 'burn.downSummary',
      {
        scope: Math.round(b.scope),
        today: last ? Math.round(value(last)) : 0,
        expected: Math.round(value(nearest(b.planned, last?.at) ?? { at: '', remaining: 0, done: 0 })),
        day: shortDate(end?.at, true, this.writing.language),
        forecast: end ? Math.round(value(end)) : 0,
      },
    );
    return this.card(html`
      <svg
        part="chart"
        role="img"
        aria-labelledby="heading"
        aria-describedby="summary"
        viewBox="0 0 ${W} ${H}"
        width=${W}
        height=${H}
      >
        ${yTicks.map(
          (t) => svg`<line class="grid" x1=${M.left} x2=${W - M.right} y1=${y(t)} y2=${y(t)}></line>
            <text x=${M.left - 4} y=${y(t)} text-anchor="end" dominant-baseline="central">${t}</text>`,
        )}
        ${xTicks.map((t) => svg`<text x=${x(t)} y=${H - 4} text-anchor="middle">${shortDate(t, false, this.writing.language)}</text>`)}
        ${up ? svg`<line part="scope" x1=${M.left} x2=${W - M.right} y1=${y(b.scope)} y2=${y(b.scope)}></line>` : nothing}
        <line part="today" x1=${x(today)} x2=${x(today)} y1=${M.top} y2=${H - M.bottom}></line>
        <path part="planned" d=${line(b.planned)}></path>
        <path part="forecast" d=${line(b.forecast)}></path>
        <path part="actual" d=${line(b.actual)}></path>
      </svg>
      <p id="summary" class="visually-hidden">${summary}</p>
      <ul part="legend" aria-hidden="true">
        <li class="planned">${this.writing.t(b.plannedFrom === 'baseline' ? 'burn.baseline' : 'burn.plan')}</li>
        <li class="actual">${this.writing.t('burn.actual')}</li>
        <li class="forecast">${this.writing.t('burn.forecast')}</li>
      </ul>
    `);
  }
}

/** How many ticks (at most 4, at least 2) fit along an axis of `length` pixels. */
function ticks(length: number, gap: number): number {
  return Math.max(2, Math.min(4, Math.floor(length / gap)));
}

function nearest(points: BurnPoint[], at: string | undefined): BurnPoint | undefined {
  if (at === undefined) return undefined;
  let best: BurnPoint | undefined;
  for (const p of points) if (p.at <= at) best = p;
  return best ?? points[0];
}
