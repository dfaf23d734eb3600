import '../i18n/en/portfolio.js';
import { frameOf, type HealthVerdict, type Portfolio, portfolio } from '@roadline/core';
import { todayDate } from '@roadline/core/views/dates';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { type ProjectsInput, ProjectsController } from '../widget/projects-controller.js';
import { lastDay } from '../widget/today.js';
import { WidgetBase } from '../widget/widget-base.js';

/** The catalogue key of each health verdict. */
const VERDICT = {
  'on-track': 'health.onTrack',
  'at-risk': 'health.atRisk',
  late: 'health.late',
} as const satisfies Record<HealthVerdict, string>;

/**
 * Every project of a portfolio in one table: progress against the plan, finish and slip against
 * the baseline, overdue and blocked tasks, and a health verdict (on track, at risk, late) with its
 * reason in words. Give it `.projects` (an array or a record of stores or `ProjectData`); with only
 * `.project` it shows that one.
 *
 * @summary Portfolio table with a health verdict per project.
 *
 * @fires rl-item-click - A project was chosen (`kind: 'project'`).
 * @fires rl-error - Some data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The widget's heading.
 * @csspart counts - How many projects are in each verdict.
 * @csspart table - The table.
 * @csspart item - A project's name button.
 * @csspart verdict - The verdict badge.
 * @csspart empty - The message shown when there are no projects.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-widget-background=var(--rl-color-surface)] - The card's background.
 * @cssprop [--rl-widget-heading-inset-end=0px] - Space kept free at the end of the heading row (`rl-dashboard` sets it for its handle).
 */
export class RlPortfolio extends WidgetBase {
  /** Reads the store (or other projects) directly, not only the frame: every change re-renders it. */
  protected override readonly framed: boolean = false;

  /** The projects of the portfolio. */
  @property({ attribute: false }) projects: ProjectsInput | undefined;

  private readonly many = new ProjectsController(this, () => this.projects);

  protected get defaultLabel(): string {
    return this.writing.t('widget.portfolio');
  }

  override render(): TemplateResult {
    const today = this.today ?? todayDate();
    const stores = this.many.projects.length
      ? this.many.projects.map((e) => e.project)
      : this.store.project
        ? [this.store.project]
        : [];
    if (stores.length === 0)
      return this.card(html`<p part="empty">${this.writing.t('widget.noProjects')}</p>`);
    const t = this.writing.t;
    const result: Portfolio = portfolio(stores.map((p) => frameOf(p, { today, filter: this.filter })));
    const { counts } = result;
    return this.card(html`
      <p part="counts" class="muted">
        ${t('portfolio.counts', {
          onTrack: counts['on-track'],
          atRisk: counts['at-risk'],
          late: counts.late,
          percent: Math.round(result.percent),
        })}
      </p>
      <table part="table" aria-labelledby="heading">
        <thead>
          <tr>
            <th scope="col">${t('portfolio.project')}</th>
            <th scope="col" class="num">${t('portfolio.done')}</th>
            <th scope="col" class="num">${t('portfolio.planned')}</th>
            <th scope="col">${t('portfolio.finish')}</th>
            <th scope="col" class="num">${t('portfolio.overdue')}</th>
            <th scope="col">${t('portfolio.health')}</th>
          </tr>
        </thead>
        <tbody>
          ${result.projects.map(
            (p) => html`<tr>
              <th scope="row"><button part="item" @click=${() => this.itemClick(p.id, 'project', p.id)}>${p.name}</button></th>
              <td class="num">${t('unit.percent', { value: Math.round(p.percent) })}</td>
              <td class="num">${t('unit.percent', { value: Math.round(p.expected) })}</td>
              <td>${lastDay(p.finish, true, this.writing.language)}${
                p.slipDays
                  ? html` <span class="muted">(${t(p.slipDays > 0 ? 'portfolio.slipLater' : 'portfolio.slipEarlier', { count: Math.abs(p.slipDays) })})</span>`
                  : nothing
              }</td>
              <td class="num">${p.overdue}</td>
              <td><span part="verdict" class="badge ${p.health.verdict}">${t(VERDICT[p.health.verdict])}</span>
                <span class="muted">${p.health.reasons.length ? p.health.sentence.replace(/^[^:]*: /, '') : ''}</span></td>
            </tr>`,
          )}
        </tbody>
      </table>
    `);
  }
}
