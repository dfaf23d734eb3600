import { rowWindow, scrollToRow } from '@roadline/core/views/grid';

export interface RowViewportOptions {
  /** The scrolling box of the rows. */
  scroller(): HTMLElement | null;
  /** Rows in the whole (virtual) grid. */
  count(): number;
  rowHeight(): number;
  /** The height the rows are seen in: the scroller's less a sticky header. */
  bodyHeight(): number;
  /** Rows rendered beyond each edge of the view. */
  overscan: number;
  /** The window of rendered rows moved: render again. */
  moved(): void;
}

/** The first row and the end of the rendered window. */
export interface RowRange {
  readonly first: number;
  readonly end: number;
}

/**
 * Which rows of a virtualized task grid are rendered for its scroll offset (core's `rowWindow`):
 * those in view and a few either side. Scrolling within the window renders nothing; the window
 * object stays the same while its rows do, so the row slots and their guards see no change.
 */
export class RowViewport {
  /** The vertical scroll offset the window was last placed for. */
  top = 0;
  private window: RowRange = { first: 0, end: 0 };
  private readonly options: RowViewportOptions;

  constructor(options: RowViewportOptions) {
    this.options = options;
  }

  /** The window to render now, kept as the one rendered. */
  place(count = this.options.count()): RowRange {
    this.window = this.windowAt(this.top, count);
    return this.window;
  }

  /** Adopts a scroll offset; asks for a render only when the window of rendered rows moves. */
  follow(top: number): void {
    this.top = top;
    if (this.windowAt(top, this.options.count()) !== this.window) this.options.moved();
  }

  /** Scrolls the least that brings a row into view, and follows at once. */
  reveal(row: number): void {
    const scroller = this.options.scroller();
    if (!scroller) return;
    const height = this.options.rowHeight();
    const body = Math.max(height, this.options.bodyHeight());
    const top = scrollToRow(row, scroller.scrollTop, body, height);
    if (top !== scroller.scrollTop) {
      scroller.scrollTop = top;
      this.follow(scroller.scrollTop);
    }
  }

  /** Sets the scroll offset and renders for it in this frame, not after the next scroll event. */
  scrollTo(value: number): void {
    const scroller = this.options.scroller();
    if (!scroller || Math.abs(scroller.scrollTop - value) < 1) return;
    scroller.scrollTop = value;
    this.follow(scroller.scrollTop);
  }

  private windowAt(top: number, count: number): RowRange {
    const o = this.options;
    const win = rowWindow(top, o.bodyHeight(), o.rowHeight(), count, o.overscan);
    const last = this.window;
    return last.first === win.first && last.end === win.end ? last : { first: win.first, end: win.end };
  }
}
