import {
  type AnalyticsFilter,
  type AnalyticsFrame,
  frameOf,
  type Project,
  type ProjectData,
} from '@roadline/core';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StoreController } from '../base/store-controller.js';
import { createItemClickEvent, type ItemClickDetail } from '../events/item-click-event.js';
import { baseStyles } from '../styles/tokens.js';
import { todayUtc } from './today.js';
import { widgetStyles } from './widget.styles.js';

/**
 * What every dashboard widget shares: the project inputs (`.project`, `.data`, inline JSON), the
 * `today` every figure is computed for, an optional filter, the heading, the analytics frame of
 * the current store version (shared by all widgets on the same store) and `rl-item-click`.
 */
export abstract class WidgetBase extends LitElement {
  static override styles = [baseStyles, widgetStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;

  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;

  /** The date figures are computed for (`YYYY-MM-DD`); default today in UTC. */
  @property() today: string | undefined;

  /** The heading; each widget has its own default. */
  @property() label: string | undefined;

  /** Which leaf tasks count (by status, assignee, group, release, priority or tag ids). */
  @property({ attribute: false }) filter: AnalyticsFilter | undefined;

  protected readonly store = new StoreController(this);

  /** Makes the card reachable by keyboard whenever its content overflows and it scrolls. */
  private readonly overflow = new ResizeObserver(() => this.syncScrollable());

  override connectedCallback(): void {
    super.connectedCallback();
    this.overflow.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.overflow.disconnect();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncScrollable();
  }

  /** A scrolling card is a focusable, named region, so keyboard users can scroll it too. */
  private syncScrollable(): void {
    const scrolls = this.scrollHeight > this.clientHeight + 1 || this.scrollWidth > this.clientWidth + 1;
    if (scrolls === this.hasAttribute('data-scrolls')) return;
    this.toggleAttribute('data-scrolls', scrolls);
    if (scrolls) {
      if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '0');
      if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
      if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', this.heading);
    } else {
      for (const name of ['tabindex', 'role', 'aria-label']) this.removeAttribute(name);
    }
  }

  /** The heading when `label` is not set. */
  protected abstract get defaultLabel(): string;

  /** The analytics frame of the current store version, or `undefined` without a project. */
  protected frame(): AnalyticsFrame | undefined {
    const project = this.store.project;
    if (!project) return undefined;
    return frameOf(project, { today: this.today ?? todayUtc(), filter: this.filter });
  }

  protected get heading(): string {
    return this.label ?? this.defaultLabel;
  }

  /** Fires `rl-item-click` for an item of this widget's project. */
  protected itemClick(id: string, kind: ItemClickDetail['kind'] = 'task', projectId?: string): void {
    this.dispatchEvent(
      createItemClickEvent({
        kind,
        id,
        projectId: projectId ?? this.store.project?.settings.id ?? '',
        widget: this.localName,
      }),
    );
  }

  /** The card: a heading, then the body; or the error message when the input cannot be read. */
  protected card(body: TemplateResult | TemplateResult[] | string): TemplateResult {
    if (this.store.error) return html`<p part="error" role="alert">${this.store.error.message}</p>`;
    return html`<h3 part="heading" id="heading">${this.heading}</h3>
      ${body}`;
  }
}
