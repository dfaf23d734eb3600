import {
  type HistogramCell,
  type HistogramRow,
  histogramCellStart,
  histogramCells,
  histogramUnit,
  type ResourcePerson,
} from '@roadline/core/views/resources';
import { nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { baseStyles } from '../styles/tokens.js';
import { type PaneFrame, ResourcePane } from './resource-pane.js';
import { resourcePaneStyles } from './resource-pane.styles.js';

/**
 * A resource histogram: for each person, their load per time cell (days, weeks or months, by
 * zoom) as a bar against their capacity (a line at their max units), over-allocated cells in the
 * critical colour. Load counts each assignment's units over the person's own calendar, so
 * part-time people (max units under 100 %) and people with other working days read right.
 *
 * Rows and time are virtualized: only the people and cells in view are computed and drawn (core
 * `histogramCells`), so 50 people over two years scroll like a handful. Standalone it has its own
 * time header and a scroll strip under the rows; under a gantt's timeline (`rl-gantt
 * resource-pane="histogram"`) it draws on the timeline's axis and scrolls with it (`syncAxis`).
 *
 * Keyboard: the body takes focus; Up and Down move between people, Left and Right (mirrored right
 * to left) between time cells, Home and End to the first and last person; the live region reads
 * the cell (`Ana, 3 Mar 2026: 150 % of 100 %, over-allocated`).
 *
 * @summary Load per person and time cell against capacity.
 *
 * @fires rl-error - The data does not parse or is not valid.
 *
 * @csspart header - The time header (standalone only).
 * @csspart body - The scrolling, focusable rows.
 * @csspart row - A person's row (also `over` when over-allocated in view, `cursor` on the keyboard's row).
 * @csspart name - A row's name cell.
 * @csspart strip - The horizontal scroll strip (standalone only).
 * @csspart empty - The message shown when there are no people.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-resource-load-color=var(--rl-color-accent)] - Load within capacity.
 * @cssprop [--rl-resource-over-color=var(--rl-color-critical)] - Over-allocated load.
 * @cssprop [--rl-resource-capacity-color=var(--rl-color-text-muted)] - The capacity line.
 * @cssprop [--rl-resource-pane-height=240px] - The view's height when the page sets none.
 */
export class RlResourceHistogram extends ResourcePane {
  static override styles = [baseStyles, resourcePaneStyles];

  /** The keyboard's time cell (its start, wall minutes); the first shown cell until a key moves it. */
  private cellAt: number | undefined;
  private drawn = new Map<number, HistogramRow>();

  protected rowCount(): number {
    return this.index.people.length;
  }

  private person(r: number): ResourcePerson | undefined {
    return this.index.people[r];
  }

  protected rowName(r: number): string {
    return this.person(r)?.name ?? '';
  }

  protected rowParts(r: number): string {
    return this.drawn.get(r)?.cells.some((c) => c.over) ? 'person over' : 'person';
  }

  protected texts(): { label: string; keys: string } {
    return { label: this.writing.t('resources.histogram'), keys: this.writing.t('resources.keys') };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const frame = this.frame as PaneFrame;
    const a = frame.axis;
    const rows = histogramCells(this.index, {
      first: frame.rows.first,
      last: frame.rows.last,
      from: a.start + frame.x.x0 / a.pxPerMinute,
      to: a.start + frame.x.x1 / a.pxPerMinute,
      unit: histogramUnit(this.zoom),
    });
    this.drawn = new Map(rows.map((row, i) => [frame.rows.first + i, row]));
    this.clampCursor(frame);
  }

  protected paintRow(r: number, frame: PaneFrame): unknown {
    const row = this.drawn.get(r);
    if (!row) return nothing;
    const h = this.rowHeight;
    const plot = h - 6;
    const top = Math.max(row.maxUnits * 1.25, row.peak, 1);
    const y = (units: number) => h - 2 - (units / top) * plot;
    const bars: TemplateResult[] = [];
    const ppm = frame.axis.pxPerMinute;
    const cursor = r === this.cursor ? this.cursorCell() : undefined;
    for (const c of row.cells) {
      const width = (c.end - c.start) * ppm;
      const x = this.sx(this.xAt(frame.rtl ? c.end : c.start));
      if (c.units > 0) {
        const top = y(c.units);
        bars.push(
          svg`<rect class=${c.over ? 'load over' : 'load'} x=${x + 0.5} y=${top} width=${Math.max(1, width - 1)} height=${h - 2 - top}></rect>`,
        );
      }
      if (c.start === cursor)
        bars.push(
          svg`<rect class="focus" x=${x + 0.5} y="1" width=${Math.max(1, width - 1)} height=${h - 2}></rect>`,
        );
    }
    const cap = y(row.maxUnits);
    const sx0 = frame.rtl ? frame.axis.width - frame.x.x1 : frame.x.x0;
    return svg`${bars}<line class="capacity" x1=${sx0} x2=${sx0 + frame.x.x1 - frame.x.x0} y1=${cap} y2=${cap}></line>`;
  }

  /** The keyboard's cell start (kept in view by `willUpdate`). */
  private cursorCell(): number | undefined {
    return this.cellAt;
  }

  /** Keeps the keyboard's cell in view: the first cell shown when it left the view. */
  private clampCursor(frame: PaneFrame): void {
    const a = frame.axis;
    const unit = histogramUnit(this.zoom);
    const first = histogramCellStart(a.start + a.left / a.pxPerMinute, unit);
    const last = a.start + (a.left + (a.viewport || 1200)) / a.pxPerMinute;
    if (this.cellAt === undefined || this.cellAt < first || this.cellAt >= last) this.cellAt = first;
  }

  private cellOf(r: number, at: number): HistogramCell | undefined {
    const row = this.drawn.get(r);
    return row?.cells.find((c) => c.start === at);
  }

  protected override onKey(event: KeyboardEvent): boolean {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return false;
    const at = this.cursorCell();
    if (at === undefined) return true;
    const forward = (event.key === 'ArrowRight') !== this.writing.rtl;
    this.cellAt = forward ? this.nextStart(at) : histogramCellStart(at - 1, histogramUnit(this.zoom));
    this.revealX(this.xAt(this.cellAt));
    this.requestUpdate();
    void this.updateComplete.then(() => this.say(this.describe()));
    return true;
  }

  private nextStart(at: number): number {
    const cell = this.cellOf(this.cursor, at);
    if (cell) return cell.end;
    return histogramCellStart(
      at + (histogramUnit(this.zoom) === 'day' ? 1440 : 7 * 1440),
      histogramUnit(this.zoom),
    );
  }

  protected describe(): string {
    const person = this.person(this.cursor);
    const at = this.cursorCell();
    if (!person || at === undefined) return '';
    const cell = this.cellOf(this.cursor, at);
    const units = Math.round(cell?.units ?? 0);
    return this.writing.t(cell?.over ? 'resources.cellOver' : 'resources.cell', {
      name: person.name,
      date: this.dateText(at),
      units,
      max: person.maxUnits,
    });
  }
}
