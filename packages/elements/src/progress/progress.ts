import '../i18n/en/progress.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { catalogueVersion, type Translate } from '../i18n/catalogue.js';
import {
  type AnalyticsFilter,
  type AnalyticsFrame,
  frameOf,
  type Project,
  type ProjectData,
  type ProgressDimension,
  type ProgressRow,
  progressBy,
  progressOf,
  type StatusCategory,
  statusMix,
} from '@roadline/core';
import { todayDate } from '@roadline/core/views/dates';
import { html, LitElement, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StoreController } from '../base/store-controller.js';
import { baseStyles } from '../styles/tokens.js';
import { progressStyles } from './progress.styles.js';

/** The catalogue key of each status category. */
const CATEGORY_LABELS = {
  done: 'progress.category.done',
  active: 'progress.category.active',
  blocked: 'progress.category.blocked',
  todo: 'progress.category.todo',
} as const satisfies Record<StatusCategory, string>;

/** The catalogue key of each breakdown's name. */
const BREAKDOWN_LABELS = {
  project: 'progress.byProject',
  group: 'progress.byGroup',
  person: 'progress.byPerson',
} as const satisfies Record<ProgressDimension, string>;

/** How `rl-progress` splits its figure: not at all, or by project, group or person. */
export type ProgressBreakdown = 'none' | ProgressDimension;

/**
 * A dashboard widget that shows how far a project has come: duration-weighted progress of its leaf
 * tasks as a bar, a marker where the plan expects it to be by today (the baseline's dates where it
 * has the task, else the live ones), and how many tasks are done, in progress, blocked and to do.
 * With `breakdown`, a bar (and its expected marker) per project, group or person follows.
 *
 * Give it `.project` (a core store; it follows changes), `.data` (plain `ProjectData`) or an inline
 * `<script type="application/json">` child. Every figure reads the store's shared analytics frame,
 * so it agrees with the other dashboard widgets on the same `today` and filter.
 *
 * @summary Duration-weighted progress of a project, against the plan.
 *
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart label - The heading row with the name and the percentage.
 * @csspart value - The percentage text.
 * @csspart track - The bar's background (also of each breakdown row).
 * @csspart bar - The filled part of the bar (also of each breakdown row).
 * @csspart expected - The marker where progress is expected by today (also on each breakdown row).
 * @csspart expected-text - The sentence that gives the expected progress in words.
 * @csspart legend - The list of counts per status category.
 * @csspart breakdown - The list of rows per project, group or person.
 * @csspart row - One breakdown row.
 * @csspart row-label - A breakdown row's name.
 * @csspart row-value - A breakdown row's percentage.
 * @csspart more - The line saying how many breakdown rows are not shown (past `limit`).
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-progress-bar-color=var(--rl-color-accent)] - The filled bar.
 * @cssprop [--rl-progress-track-color=var(--rl-color-track)] - The bar's background.
 * @cssprop [--rl-progress-bar-height=10px] - The bar's height.
 * @cssprop [--rl-progress-expected-color=var(--rl-color-text)] - The expected-progress marker.
 * @cssprop [--rl-progress-background=var(--rl-color-surface)] - The widget's background.
 * @cssprop [--rl-widget-heading-inset-end=0px] - Space kept free at the end of the label row (`rl-dashboard` sets it so its handle never covers the percentage).
 */
export class RlProgress extends LitElement {
  static override styles = [baseStyles, progressStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;

  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;

  /** The heading; defaults to the project's name. */
  @property() label: string | undefined;

  /** The date expected progress is computed for (`YYYY-MM-DD`); default the viewer's local date. */
  @property() today: string | undefined;

  /** Which leaf tasks count (by status, assignee, group, release, priority or tag ids). */
  @property({ attribute: false }) filter: AnalyticsFilter | undefined;

  /** Also show a bar per `project` (top-level summary), `group` or `person`; default `none`. */
  @property() breakdown: ProgressBreakdown = 'none';

  /** At most this many breakdown rows; a line under them says how many more there are. */
  @property({ type: Number }) limit = 8;

  /**
   * BCP 47 language of the element's words and numbers; default the nearest `lang` attribute
   * (this element's or an ancestor's), else the browser's.
   */
  @property() locale: string | undefined;

  private readonly store = new StoreController(this);
  private readonly writing = new LocaleController(this, { locale: () => this.locale });
  /** The language and catalogue the last render wrote in. */
  private drawnIn = '';

  /** The frame the last render drew from: a store change that leaves it as it was is skipped. */
  private drawn: AnalyticsFrame | undefined;

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (
      changed.size === 0 &&
      this.drawn !== undefined &&
      !this.store.error &&
      this.frame() === this.drawn &&
      this.wordsKey() === this.drawnIn
    ) {
      return false;
    }
    return super.shouldUpdate(changed);
  }

  override render(): TemplateResult {
    if (this.store.error) {
      return html`<p part="error" role="alert">${this.store.error.message}</p>`;
    }
    const project = this.store.project;
    const frame = this.frame();
    this.drawn = frame;
    this.drawnIn = this.wordsKey();
    const t = this.writing.t;
    const row = frame ? progressOf(frame) : undefined;
    const mix = frame ? statusMix(frame) : undefined;
    const percent = Math.round(row?.percent ?? 0);
    const expected = Math.round(row?.expected ?? 0);
    const planned = row !== undefined && row.leaves > 0;
    const label = this.label ?? project?.settings.name ?? t('widget.progress');
    const counts = mix
      ? (Object.keys(CATEGORY_LABELS) as StatusCategory[]).filter((c) => mix.byCategory[c] > 0)
      : [];
    return html`
      <p part="label" id="label"><span>${label}</span><span part="value">${t('unit.percent', { value: percent })}</span></p>
      ${this.bar(percent, planned ? expected : undefined, { labelledBy: 'label' })}
      ${planned ? html`<p part="expected-text">${expectedText(t, percent, expected)}</p>` : nothing}
      ${
        counts.length
          ? html`<ul part="legend">
            ${counts.map((c) => html`<li>${t(CATEGORY_LABELS[c], { count: mix?.byCategory[c] ?? 0 })}</li>`)}
          </ul>`
          : nothing
      }
      ${frame && this.breakdown !== 'none' && this.breakdown in BREAKDOWN_LABELS ? this.rows(frame, this.breakdown) : nothing}
    `;
  }

  private wordsKey(): string {
    return `${this.writing.language} ${catalogueVersion()}`;
  }

  /** The shared frame for this element's `today` and filter (one per store version). */
  private frame(): AnalyticsFrame | undefined {
    const project = this.store.project;
    if (!project) return undefined;
    return frameOf(project, { today: this.today ?? todayDate(), filter: this.filter });
  }

  private rows(frame: AnalyticsFrame, by: ProgressDimension): TemplateResult {
    const all = progressBy(frame, by);
    const shown = all.slice(0, Math.max(0, this.limit));
    const more = all.length - shown.length;
    return html`<ul part="breakdown" aria-label=${this.writing.t(BREAKDOWN_LABELS[by])}>
        ${shown.map((r) => this.row(r))}
      </ul>
      ${more > 0 ? html`<p part="more">${this.writing.t('progress.more', { count: more })}</p>` : nothing}`;
  }

  private row(r: ProgressRow): TemplateResult {
    const percent = Math.round(r.percent);
    const expected = Math.round(r.expected);
    return html`<li part="row">
      <span part="row-label">${r.name}</span>
      ${this.bar(percent, r.leaves > 0 ? expected : undefined, { label: r.name })}
      <span part="row-value">${this.writing.t('unit.percent', { value: percent })}</span>
    </li>`;
  }

  /**
   * A progress bar with its expected marker. The marker's figure is in the bar's value text, so
   * screen readers hear "40% done, 55% expected by today".
   */
  private bar(
    percent: number,
    expected: number | undefined,
    name: { labelledBy: string } | { label: string },
  ): TemplateResult {
    return html`<svg
      role="progressbar"
      aria-labelledby=${'labelledBy' in name ? name.labelledBy : nothing}
      aria-label=${'label' in name ? name.label : nothing}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${percent}
      aria-valuetext=${
        expected === undefined
          ? this.writing.t('task.done', { percent })
          : expectedText(this.writing.t, percent, expected)
      }
      preserveAspectRatio="none"
    >
      <rect part="track" width="100%" height="100%" rx="4"></rect>
      <rect part="bar" width="${percent}%" height="100%" rx="4"></rect>
      ${
        expected === undefined
          ? nothing
          : svg`<line part="expected" x1="${clampPercent(expected)}%" x2="${clampPercent(expected)}%" y1="0" y2="100%"></line>`
      }
    </svg>`;
  }
}

function expectedText(t: Translate, percent: number, expected: number): string {
  return t('progress.expected', { percent, expected });
}

/** Keeps the marker's stroke inside the bar at 0% and 100%. */
function clampPercent(value: number): number {
  return Math.min(99.5, Math.max(0.5, value));
}
