import { type Project, type ProjectData, projectProgress, type StatusCategory } from '@roadline/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StoreController } from '../base/store-controller.js';
import { baseStyles } from '../styles/tokens.js';
import { progressStyles } from './progress.styles.js';

const CATEGORY_LABELS: Record<StatusCategory, string> = {
  done: 'done',
  active: 'in progress',
  blocked: 'blocked',
  todo: 'to do',
};

/**
 * A dashboard widget that shows how far a project has come: duration-weighted progress of its leaf
 * tasks as a bar, and how many tasks are done, in progress, blocked and to do.
 *
 * Give it `.project` (a core store; it follows changes), `.data` (plain `ProjectData`) or an inline
 * `<script type="application/json">` child.
 *
 * @summary Duration-weighted progress of a project.
 *
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart label - The heading row with the name and the percentage.
 * @csspart value - The percentage text.
 * @csspart track - The bar's background.
 * @csspart bar - The filled part of the bar.
 * @csspart legend - The list of counts per status category.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-progress-bar-color=var(--rl-color-accent)] - The filled bar.
 * @cssprop [--rl-progress-track-color=var(--rl-color-track)] - The bar's background.
 * @cssprop [--rl-progress-bar-height=10px] - The bar's height.
 * @cssprop [--rl-progress-background=var(--rl-color-surface)] - The widget's background.
 */
export class RlProgress extends LitElement {
  static override styles = [baseStyles, progressStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;

  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;

  /** The heading; defaults to the project's name. */
  @property() label: string | undefined;

  private readonly store = new StoreController(this);

  override render(): TemplateResult {
    if (this.store.error) {
      return html`<p part="error" role="alert">${this.store.error.message}</p>`;
    }
    const project = this.store.project;
    const summary = project
      ? projectProgress({
          tasks: project.tasks(),
          statuses: project.statuses(),
          calendar: project.settings.calendar,
        })
      : undefined;
    const percent = Math.round(summary?.percent ?? 0);
    const label = this.label ?? project?.settings.name ?? 'Progress';
    const counts = summary
      ? (Object.keys(CATEGORY_LABELS) as StatusCategory[]).filter((c) => summary.byCategory[c] > 0)
      : [];
    return html`
      <p part="label" id="label"><span>${label}</span><span part="value">${percent}%</span></p>
      <svg
        role="progressbar"
        aria-labelledby="label"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent}
        preserveAspectRatio="none"
      >
        <rect part="track" width="100%" height="100%" rx="4"></rect>
        <rect part="bar" width="${percent}%" height="100%" rx="4"></rect>
      </svg>
      ${
        counts.length
          ? html`<ul part="legend">
            ${counts.map((c) => html`<li>${summary?.byCategory[c]} ${CATEGORY_LABELS[c]}</li>`)}
          </ul>`
          : nothing
      }
    `;
  }
}
