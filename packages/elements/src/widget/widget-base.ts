import { catalogueVersion } from '../i18n/catalogue.js';
import {
  type AnalyticsFilter,
  type AnalyticsFrame,
  frameOf,
  type Project,
  type ProjectData,
} from '@roadline/core';
import { todayDate } from '@roadline/core/views/dates';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { StoreController } from '../base/store-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { createItemClickEvent, type ItemClickDetail } from '../events/item-click-event.js';
import { baseStyles } from '../styles/tokens.js';
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

  /** The date figures are computed for (`YYYY-MM-DD`); default the viewer's local date. */
  @property() today: string | undefined;

  /** The heading; each widget has its own default. */
  @property() label: string | undefined;

  /** Which leaf tasks count (by status, assignee, group, release, priority or tag ids). */
  @property({ attribute: false }) filter: AnalyticsFilter | undefined;

  protected readonly store = new StoreController(this);

  /**
   * BCP 47 language of the widget's words, dates and numbers; default the nearest `lang`
   * attribute (this element's or an ancestor's), else the browser's.
   */
  @property() locale: string | undefined;

  /** The page's language and direction, seen through shadow roots (dates are written in it). */
  protected readonly writing = new LocaleController(this, { locale: () => this.locale });

  /**
   * Whether the widget draws only from the analytics frame (and its own properties). Such a widget
   * skips a store change that leaves the frame as it was (a note, another filter's change); a
   * widget that reads the store or other projects directly sets this to false.
   */
  protected readonly framed: boolean = true;

  /** The frame the last render drew from. */
  private drawn: AnalyticsFrame | undefined;
  /** The language and direction the last render wrote in. */
  private drawnIn = '';

  constructor() {
    super();
    // Makes the card reachable by keyboard whenever its content overflows and it scrolls.
    new ResizeController(this, { resized: () => this.syncScrollable() });
  }

  /** Widgets that rendered since the last measure and may have started or stopped scrolling. */
  private static readonly toMeasure = new Set<WidgetBase>();

  /**
   * Measures every widget that rendered, then updates their attributes: reading sizes forces
   * layout, so all reads come before any write and the page lays out once, not once per widget.
   */
  private static measureAll(): void {
    const batch = [...WidgetBase.toMeasure].filter((w) => w.isConnected);
    WidgetBase.toMeasure.clear();
    const scrolls = batch.map((w) => w.overflows());
    batch.forEach((w, k) => {
      w.markScrollable(scrolls[k] === true);
    });
  }

  /**
   * A store change re-renders every widget on the store; one whose frame did not change (nothing it
   * draws from moved) and whose own properties did not change has nothing new to show.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (
      this.framed &&
      changed.size === 0 &&
      this.drawn !== undefined &&
      !this.store.error &&
      this.currentFrame() === this.drawn &&
      this.localeKey() === this.drawnIn
    ) {
      return false;
    }
    return super.shouldUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Widgets a change re-renders update one after another in the same microtask queue: measuring
    // after the last of them lays the page out once for all, and before the page paints.
    if (WidgetBase.toMeasure.size === 0) queueMicrotask(() => WidgetBase.measureAll());
    WidgetBase.toMeasure.add(this);
  }

  private localeKey(): string {
    return `${this.writing.language} ${this.writing.dir} ${catalogueVersion()}`;
  }

  /** A scrolling card is a focusable, named region, so keyboard users can scroll it too. */
  private syncScrollable(): void {
    this.markScrollable(this.overflows());
  }

  private overflows(): boolean {
    return this.scrollHeight > this.clientHeight + 1 || this.scrollWidth > this.clientWidth + 1;
  }

  private markScrollable(scrolls: boolean): void {
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
    this.drawn = this.currentFrame();
    this.drawnIn = this.localeKey();
    return this.drawn;
  }

  /**
   * The frame for this widget's options. Every widget on a store with the same `today` and filter
   * gets the same frame object (memoized per store version by `frameOf`).
   */
  private currentFrame(): AnalyticsFrame | undefined {
    const project = this.store.project;
    if (!project) return undefined;
    return frameOf(project, { today: this.today ?? todayDate(), filter: this.filter });
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
