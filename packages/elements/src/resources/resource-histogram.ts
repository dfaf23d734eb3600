import {
  type HistogramCell,
  type HistogramGeometry,
  type HistogramPaths,
  type HistogramRow,
  histogramBarX,
  histogramBounds,
  histogramCellStart,
  histogramPaths,
  histogramUnit,
  type ResourceIndex,
  type ResourcePerson,
  shiftedPersonCells,
} from '@roadline/core/views/resources';
import { nothing, type PropertyValues, svg } from 'lit';
import { baseStyles } from '../styles/tokens.js';
import { type PaneFrame, ResourcePane } from './resource-pane.js';
import { resourcePaneStyles } from './resource-pane.styles.js';

/** A person's cells over the drawn window and their drawing. */
interface DrawnRow {
  readonly row: HistogramRow;
  readonly paths: HistogramPaths;
}

/**
 * A resource histogram: for each person, their load per time cell (days, weeks or months, by
 * zoom) as a bar against their capacity (a line at their max units), over-allocated cells in the
 * critical colour. Load counts each assignment's units over the person's own calendar, so
 * part-time people (max units under 100 %) and people with other working days read right.
 *
 * Rows and time are virtualized: only the people and cells in view are computed (core
 * `histogramCells`), and each person's bars are two SVG paths (`path.load` within capacity,
 * `path.load.over` over it; core `histogramPaths`), so 50 people over two years scroll like a
 * handful: a scroll inside the drawn window moves the rows by a transform, one that leaves it
 * computes only the cells it gained. Standalone it has its own
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
  /** The drawn rows by row number, for the drawn window `drawnKey` (kept while it holds). */
  private drawn = new Map<number, DrawnRow>();
  private drawnKey = '';
  private drawnWin = '';
  /** The rows of the window before, while their cells can be reused. */
  private previous: Map<number, DrawnRow> | undefined;
  private drawnIndex: ResourceIndex | undefined;
  private bounds: number[] = [];

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
    return this.drawn.get(r)?.paths.over ? 'person over' : 'person';
  }

  protected texts(): { label: string; keys: string } {
    return { label: this.writing.t('resources.histogram'), keys: this.writing.t('resources.keys') };
  }

  /**
   * Computes the rows that came into view; rows already drawn for the same window, index and
   * geometry are kept (a vertical scroll computes only the rows it reveals, a horizontal one
   * nothing until the drawn window moves).
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const frame = this.frame as PaneFrame;
    const a = frame.axis;
    const unit = histogramUnit(this.zoom);
    const key = `${a.start}|${a.pxPerMinute}|${a.width}|${unit}|${frame.rtl}|${this.rowHeight}`;
    const win = `${frame.x.x0}|${frame.x.x1}`;
    if (key !== this.drawnKey || this.drawnIndex !== this.index || win !== this.drawnWin) {
      // The same axis and data with the window moved: the new rows reuse the cells they share
      // with the old ones; anything else starts afresh.
      this.previous = key === this.drawnKey && this.drawnIndex === this.index ? this.drawn : undefined;
      this.drawn = new Map();
      this.drawnKey = key;
      this.drawnWin = win;
      this.drawnIndex = this.index;
      this.bounds = histogramBounds(
        a.start + frame.x.x0 / a.pxPerMinute,
        a.start + frame.x.x1 / a.pxPerMinute,
        unit,
      );
    }
    const { first, last } = frame.rows;
    for (const r of this.drawn.keys())
      if ((r < first || r >= last) && r !== this.cursor) this.drawn.delete(r);
    const geometry: HistogramGeometry = {
      start: a.start,
      pxPerMinute: a.pxPerMinute,
      width: a.width,
      height: this.rowHeight,
      rtl: frame.rtl,
    };
    for (let r = first; r < last; r++) this.ensure(r, geometry);
    this.ensure(this.cursor, geometry);
    this.clampCursor(frame);
  }

  /** Computes row `r` over the drawn window unless it is drawn already. */
  private ensure(r: number, geometry: HistogramGeometry): void {
    const person = this.person(r);
    if (!person || this.drawn.has(r)) return;
    const row = shiftedPersonCells(person, this.bounds, this.previous?.get(r)?.row);
    this.drawn.set(r, { row, paths: histogramPaths(row, geometry) });
  }

  protected paintRow(r: number, frame: PaneFrame): unknown {
    const drawn = this.drawn.get(r);
    if (!drawn) return nothing;
    const { paths } = drawn;
    const h = this.rowHeight;
    const cursor = r === this.cursor ? this.cursorCell() : undefined;
    const cell = cursor === undefined ? undefined : drawn.row.cells.find((c) => c.start === cursor);
    const focus = cell ? histogramBarX(cell, { ...frame.axis, height: h, rtl: frame.rtl }) : undefined;
    const sx0 = frame.rtl ? frame.axis.width - frame.x.x1 : frame.x.x0;
    return svg`<path class="load" d=${paths.load || nothing}></path><path class="load over" d=${paths.over || nothing}></path>${
      focus
        ? svg`<rect class="focus" x=${focus.x} y="1" width=${focus.width} height=${h - 2}></rect>`
        : nothing
    }<line class="capacity" x1=${sx0} x2=${sx0 + frame.x.x1 - frame.x.x0} y1=${paths.capacity} y2=${paths.capacity}></line>`;
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
    return this.drawn.get(r)?.row.cells.find((c) => c.start === at);
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
