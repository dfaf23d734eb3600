import '../i18n/en/resources.js';
import { overallocations, personCalendar, type Project, type ProjectData } from '@roadline/core';
import { todayMinutes } from '@roadline/core/views/dates';
import {
  type HistogramUnit,
  histogramBounds,
  histogramUnit,
  type ResourceIndex,
  resourceIndex,
} from '@roadline/core/views/resources';
import {
  formatTick,
  type RowRange,
  rowRange,
  type TickFormat,
  type XWindow,
  type ZoomLevel,
} from '@roadline/core/views/timeline';
import { html, LitElement, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { StoreController } from '../base/store-controller.js';
import { styleProps } from '../base/style-props.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { RowSlots } from '../grid/row-slots.js';
import type { TimeAxis } from '../events/time-scroll-event.js';
import { drawnWindow, ownAxis, physicalLeft } from './resource-axis.js';

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const HEAD: Record<HistogramUnit, TickFormat> = {
  day: { kind: 'intl', options: { day: 'numeric' } },
  week: { kind: 'intl', options: { day: 'numeric', month: 'short' } },
  month: { kind: 'intl', options: { month: 'short' } },
};
const MONTH: TickFormat = { kind: 'intl', options: { month: 'short' } };

/** What a resource view draws for one update: the axis, the drawn pixels and rows. */
export interface PaneFrame {
  readonly axis: TimeAxis;
  readonly x: XWindow;
  readonly rows: RowRange;
  readonly rtl: boolean;
}

/**
 * The shared frame of `rl-resource-histogram` and `rl-resource-usage`: the store and the resource
 * index (rebuilt once per project change), the time axis (its own, scrolled by a strip under the
 * rows, or a gantt timeline's through `syncAxis`), the virtual row and pixel windows (re-rendered
 * only when they move: a scroll inside them sets one transform per drawn row; row `r` keeps slot
 * `r % slots`), the keyboard cursor and the live region. A view paints its rows (`paintRow`) and
 * names them (`rowName`, `describe`).
 */
export abstract class ResourcePane extends LitElement {
  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;
  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;
  /** The time density, as the timeline's zoom levels. */
  @property({ reflect: true }) zoom: ZoomLevel = 'week';
  /** BCP 47 locale of dates and numbers; the page's by default. */
  @property() locale: string | undefined;
  /** Row height in pixels. */
  @property({ type: Number, attribute: 'row-height' }) rowHeight = 32;
  /** Width of the names column in pixels (a gantt sets it to its grid's, so the time columns line up). */
  @property({ type: Number, attribute: 'name-width' }) nameWidth = 160;
  /** The accessible name; each view has its own default. */
  @property() label: string | undefined;
  /** Today's date (`YYYY-MM-DD`), where the time axis starts for a project with no assignments. */
  @property() today: string | undefined;

  /** The row the keyboard is on. */
  @state() protected cursor = 0;
  /** What the live region says (the cursor's summary, a move's outcome). */
  @state() protected announcement = '';

  @query('.body') protected body!: HTMLElement | null;
  @query('.strip') private strip!: HTMLElement | null;

  protected readonly store = new StoreController(this);
  protected readonly writing = new LocaleController(this, { locale: () => this.locale });
  protected index: ResourceIndex = { people: [], byId: new Map() };
  protected frame: PaneFrame | undefined;
  private built: { project: Project; version: number } | undefined;
  private synced: TimeAxis | undefined;
  private ownLeft = 0;
  private readonly box = { width: 0, height: 0, top: 0 };
  private readonly slots = new RowSlots();
  /** The drawn canvases of the last render (what a scroll moves). */
  private plots: SVGSVGElement[] = [];
  /** The strip's scroll offset as last read or set. */
  private stripAt = Number.NaN;
  private stripWidth = Number.NaN;

  constructor() {
    super();
    new ResizeController(this, {
      target: () => this.body,
      resized: (entry) => {
        const { width, height } = entry.contentRect;
        if (width === this.box.width && height === this.box.height) return;
        this.box.width = width;
        this.box.height = height;
        this.requestUpdate();
      },
    });
  }

  /**
   * Draws on another pane's time axis from now on (a gantt passes its timeline's `rl-time-scroll`
   * detail): same start, scale and horizontal offset; the view then shows no time header or strip.
   */
  syncAxis(axis: TimeAxis): void {
    const before = this.frame;
    this.synced = axis;
    const x = drawnWindow(axis);
    if (
      !before ||
      before.axis.start !== axis.start ||
      before.axis.pxPerMinute !== axis.pxPerMinute ||
      x.x0 !== before.x.x0 ||
      x.x1 !== before.x.x1
    )
      this.requestUpdate();
    else this.moveCanvas(axis);
  }

  /** Number of rows. */
  protected abstract rowCount(): number;
  /** The text of row `r`'s name cell. */
  protected abstract rowName(r: number): TemplateResult | string;
  /** Extra parts of row `r` (`person`, `over`…). */
  protected abstract rowParts(r: number): string;
  /** The SVG content of row `r` in the frame (screen coordinates). */
  protected abstract paintRow(r: number, frame: PaneFrame): unknown;
  /** The live region's summary of the cursor. */
  protected abstract describe(): string;
  /** The default accessible name and the keyboard help. */
  protected abstract texts(): { label: string; keys: string };
  /** Called after the index is rebuilt (a view derives its rows from it). */
  protected indexed(): void {}
  /** A key the frame does not handle; return true when handled. */
  protected onKey(_event: KeyboardEvent): boolean {
    return false;
  }
  protected override willUpdate(_changed?: PropertyValues): void {
    const project = this.store.project;
    if (project && (this.built?.project !== project || this.built.version !== project.version)) {
      const data = project.toJSON();
      const schedule = project.schedule();
      this.index = resourceIndex(data, {
        schedule,
        overallocations: schedule ? overallocations(data, { schedule }) : [],
        calendar: (p) => personCalendar(data, p),
      });
      this.built = { project, version: project.version };
      this.indexed();
    } else if (!project) {
      this.index = { people: [], byId: new Map() };
      this.built = undefined;
      this.indexed();
    }
    const viewport = Math.max(0, this.box.width - this.nameWidth);
    const axis =
      this.synced ?? ownAxis(this.index, this.zoom, todayMinutes(this.today), this.ownLeft, viewport || 1200);
    const count = this.rowCount();
    if (this.cursor >= count) this.cursor = Math.max(0, count - 1);
    this.frame = {
      axis,
      x: drawnWindow(axis),
      rows: rowRange(this.box.top, this.box.height || 400, this.rowHeight, count, 4),
      rtl: this.writing.rtl,
    };
  }

  protected override updated(): void {
    this.plots = [...this.renderRoot.querySelectorAll<SVGSVGElement>('svg.plot')];
    if (this.frame) this.moveCanvas(this.frame.axis);
    const strip = this.strip;
    if (strip && this.frame && !this.synced) {
      // Only when the offset did not come from the strip itself: reading `scrollLeft` after a
      // render would lay the rows out before the frame does.
      const want = physicalLeft(this.frame.axis, this.frame.rtl);
      if (want !== this.stripAt || this.frame.axis.width !== this.stripWidth) {
        this.stripAt = want;
        this.stripWidth = this.frame.axis.width;
        if (Math.abs(strip.scrollLeft - want) >= 1) strip.scrollLeft = want;
      }
    }
  }

  /** The screen x of a logical x (mirrored right to left). */
  protected sx(x: number): number {
    const f = this.frame as PaneFrame;
    return f.rtl ? f.axis.width - x : x;
  }

  /** The logical x of instant `t`. */
  protected xAt(t: number): number {
    const a = (this.frame as PaneFrame).axis;
    return (t - a.start) * a.pxPerMinute;
  }

  /** A date as the live region says it. */
  protected dateText(t: number): string {
    return formatTick({ kind: 'intl', options: DATE }, t, this.writing.language);
  }

  /** Says `text` in the live region. */
  protected say(text: string): void {
    this.announcement = text;
  }

  /** Scrolls the rows so row `r` shows. */
  protected reveal(r: number): void {
    const body = this.body;
    if (!body) return;
    const top = r * this.rowHeight;
    if (top < body.scrollTop) body.scrollTop = top;
    else if (top + this.rowHeight > body.scrollTop + body.clientHeight)
      body.scrollTop = top + this.rowHeight - body.clientHeight;
  }

  /** Scrolls the own axis (not a synced one) so logical x shows. */
  protected revealX(x: number): void {
    const frame = this.frame;
    if (!frame || this.synced) return;
    const { left, viewport } = frame.axis;
    if (x >= left && x < left + viewport) return;
    this.ownLeft = Math.max(0, x - viewport / 2);
    this.requestUpdate();
  }

  /** Whether the view draws on a gantt's axis. */
  protected get isSynced(): boolean {
    return this.synced !== undefined;
  }

  override render(): TemplateResult {
    if (this.store.error) return html`<p part="error" role="alert">${this.store.error.message}</p>`;
    const frame = this.frame as PaneFrame;
    const { label, keys } = this.texts();
    const count = this.rowCount();
    // Row `r` renders in slot `r % slots`: a row that stays in view keeps its node and values, so
    // a vertical scroll writes only the rows it reveals.
    const rows = this.slots
      .place(frame.rows.first, frame.rows.last)
      .map((r) => (r < 0 ? nothing : this.row(r, frame)));
    return html`<div class="frame" role="group" aria-label=${this.label ?? label} aria-describedby="keys">
      ${this.synced ? nothing : this.header(frame)}
      <div
        class="body"
        part="body"
        tabindex="0"
        aria-label=${this.label ?? label}
        aria-describedby="keys"
        @scroll=${this.onBodyScroll}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
      >
        ${count === 0 ? html`<p part="empty" class="empty">${this.writing.t('resources.noPeople')}</p>` : nothing}
        <div class="spacer" ${styleProps({ height: `${count * this.rowHeight}px` })}>${rows}</div>
      </div>
      ${
        this.synced
          ? nothing
          : html`<div class="strip" part="strip" aria-hidden="true" @scroll=${this.onStripScroll}>
              <div ${styleProps({ width: `${frame.axis.width + this.nameWidth}px` })}></div>
            </div>`
      }
      <p id="keys" class="visually-hidden">${keys}</p>
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }

  private header(frame: PaneFrame): TemplateResult {
    const { x0, x1 } = frame.x;
    const w = x1 - x0;
    const sx0 = frame.rtl ? frame.axis.width - x1 : x0;
    const a = frame.axis;
    const unit = histogramUnit(this.zoom);
    const bounds = histogramBounds(a.start + x0 / a.pxPerMinute, a.start + x1 / a.pxPerMinute, unit);
    const wide = ((bounds[1] ?? 0) - (bounds[0] ?? 0)) * a.pxPerMinute >= 24;
    const language = this.writing.language;
    const labels: TemplateResult[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const t = bounds[i] as number;
      // Narrow cells: only the first of each month, by its month's name.
      const monthStart = new Date(t * 60000).getUTCDate() <= (unit === 'week' ? 7 : 1);
      if (!wide && !monthStart) continue;
      const format = wide ? HEAD[unit] : MONTH;
      const xa = this.sx(this.xAt(t));
      const xb = this.sx(this.xAt(bounds[i + 1] as number));
      labels.push(
        svg`<text x=${wide ? (xa + xb) / 2 : xa} y="14" text-anchor=${wide ? 'middle' : 'start'}>${formatTick(format, t, language)}</text>`,
      );
    }
    return html`<div class="head" part="header" aria-hidden="true">
      <div class="name corner" ${styleProps({ width: `${this.nameWidth}px` })}></div>
      <div class="chart"><svg class="plot" width=${w} height="20" viewBox="${sx0} 0 ${w} 20" ${styleProps({ left: `${sx0}px` })}>${labels}</svg></div>
    </div>`;
  }

  private row(r: number, frame: PaneFrame): TemplateResult {
    const { x0, x1 } = frame.x;
    const w = x1 - x0;
    const sx0 = frame.rtl ? frame.axis.width - x1 : x0;
    const rh = this.rowHeight;
    return html`<div
      class="row${r === this.cursor ? ' cursor' : ''}"
      part="row ${this.rowParts(r)}${r === this.cursor ? ' cursor' : ''}"
      data-row=${r}
      ${styleProps({ top: `${r * rh}px`, height: `${rh}px` })}
    >
      <div class="name" part="name" ${styleProps({ width: `${this.nameWidth}px` })}>${this.rowName(r)}</div>
      <div class="chart">
        <svg class="plot" aria-hidden="true" width=${w} height=${rh} viewBox="${sx0} 0 ${w} ${rh}" ${styleProps({ left: `${sx0}px` })}>${this.paintRow(r, frame)}</svg>
      </div>
    </div>`;
  }

  /**
   * Moves the drawn canvases (each row's and the header's) by the scroll offset: a transform on
   * each, so a scroll inside the drawn window restyles those few elements, not every row's
   * content as an inherited variable would, and lays out nothing.
   */
  private moveCanvas(axis: TimeAxis): void {
    const value = `translateX(${-physicalLeft(axis, this.writing.rtl)}px)`;
    for (const plot of this.plots) plot.style.transform = value;
  }

  private readonly onBodyScroll = (): void => {
    const frame = this.frame;
    const body = this.body;
    if (!frame || !body) return;
    this.box.top = body.scrollTop;
    const rows = rowRange(this.box.top, this.box.height || 400, this.rowHeight, this.rowCount(), 4);
    if (rows.first !== frame.rows.first || rows.last !== frame.rows.last) this.requestUpdate();
  };

  private readonly onStripScroll = (): void => {
    const frame = this.frame;
    const strip = this.strip;
    if (!frame || !strip || this.synced) return;
    const physical = strip.scrollLeft;
    this.stripAt = physical;
    const a = frame.axis;
    const left = frame.rtl ? Math.max(0, a.width - a.viewport - physical) : physical;
    if (left === this.ownLeft) return;
    this.ownLeft = left;
    const axis = { ...a, left };
    const x = drawnWindow(axis);
    if (x.x0 !== frame.x.x0 || x.x1 !== frame.x.x1) this.requestUpdate();
    else {
      this.frame = { ...frame, axis };
      this.moveCanvas(axis);
    }
  };

  private readonly onFocus = (): void => {
    if (this.rowCount() > 0) this.say(this.describe());
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const count = this.rowCount();
    if (count === 0) return;
    const page = Math.max(1, Math.floor((this.box.height || 400) / this.rowHeight) - 1);
    let next = this.cursor;
    if (this.onKey(event)) {
      event.preventDefault();
      return;
    }
    if (event.key === 'ArrowDown') next++;
    else if (event.key === 'ArrowUp') next--;
    else if (event.key === 'PageDown') next += page;
    else if (event.key === 'PageUp') next -= page;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else return;
    event.preventDefault();
    this.cursor = Math.max(0, Math.min(count - 1, next));
    this.reveal(this.cursor);
    this.say(this.describe());
  };
}
