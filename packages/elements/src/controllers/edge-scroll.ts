/**
 * Keeps a box scrolling while a drag holds the pointer in a band along one of its edges, once per
 * animation frame, faster the nearer the pointer is to the edge, until the pointer leaves the band
 * or the drag ends. The pointer need not move: a held pointer keeps scrolling.
 */
export class EdgeScroll {
  private frame = 0;
  private speed = 0;
  private readonly scroller: () => HTMLElement | null;
  private readonly scrolled: (top: number) => void;

  /** `scrolled` hears each new offset (the owner re-renders and re-reads the drop place). */
  constructor(scroller: () => HTMLElement | null, scrolled: (top: number) => void) {
    this.scroller = scroller;
    this.scrolled = scrolled;
  }

  /**
   * The pointer is at `y` (client pixels); the band is `size` pixels inside `[top, bottom]`. Starts,
   * changes or stops the scrolling.
   */
  follow(y: number, top: number, bottom: number, size: number): void {
    const depth = y < top + size ? top + size - y : y > bottom - size ? y - (bottom - size) : 0;
    // From 2 px a frame at the band's inner side up to the band's size at the box's edge.
    const pixels = depth <= 0 ? 0 : Math.max(2, Math.round(Math.min(depth, size)));
    this.speed = y < top + size ? -pixels : pixels;
    if (this.speed === 0) this.stop();
    else if (this.frame === 0) this.frame = requestAnimationFrame(this.step);
  }

  stop(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.speed = 0;
  }

  private readonly step = (): void => {
    this.frame = 0;
    const box = this.scroller();
    if (!box || this.speed === 0) return;
    const before = box.scrollTop;
    box.scrollTop = before + this.speed;
    if (box.scrollTop === before) return; // at the end: nothing more to scroll
    this.scrolled(box.scrollTop);
    this.frame = requestAnimationFrame(this.step);
  };
}
