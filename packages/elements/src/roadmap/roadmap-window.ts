import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hostBoxBeforeRender } from '../base/host-box.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { drawnWindow, LANE_LABELS, type ViewWindow } from './roadmap-view.js';

let gutter: number | undefined;

/** The gutter a viewport keeps for its vertical scrollbar on this page (as the styles ask), measured once. */
function scrollbarWidth(): number {
  if (gutter === undefined) {
    const probe = document.createElement('div');
    probe.style.cssText =
      'position:absolute;top:-999px;width:100px;height:50px;overflow:auto;scrollbar-gutter:stable';
    document.body.append(probe);
    gutter = probe.offsetWidth - probe.clientWidth;
    probe.remove();
  }
  return gutter;
}

/**
 * The part of the timed roadmap to draw: the scrolled viewport widened to whole chunks (see
 * `drawnWindow`), measured after a scroll (once per frame) or a resize, and rendered only when it
 * moves into other chunks, not per pixel. While the page prints there is no window: everything
 * is drawn. It also keeps the chart's width (the viewport's, less the lane column): what the
 * `fit` zoom spreads the axis over, measured on resize only.
 */
export class RoadmapWindow implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly viewport: () => HTMLElement | null;
  private window: ViewWindow = { left: 0, top: 0, width: 1600, height: 1000 };
  private printing = false;
  private frame = 0;
  private width = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, viewport: () => HTMLElement | null) {
    this.host = host;
    this.viewport = viewport;
    host.addController(this);
    new ResizeController(host, { target: viewport, resized: () => this.measure(true) });
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** The window to draw; `undefined` (everything) while printing. */
  get drawn(): ViewWindow | undefined {
    return this.printing ? undefined : this.window;
  }

  /** The chart's width in px for `fit` (0 before anything could be measured). */
  get chartWidth(): number {
    return this.width;
  }

  /**
   * Before the first render, the window is the host's box: the first render draws about what fits
   * rather than a default 1600 × 1000, and the measure after it (the viewport is the box less the
   * toolbar) finds the same chunks. The chart's width is the box's less its border, the lane
   * column and the scrollbar gutter the viewport keeps, so a fitted first render is the last.
   */
  estimate(): void {
    const box = hostBoxBeforeRender(this.host);
    if (!box) return;
    this.window = drawnWindow({ left: 0, top: 0, ...box });
    this.width = Math.max(0, Math.floor(box.width - 2 - LANE_LABELS - scrollbarWidth()));
  }

  readonly onScroll = (): void => {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.measure();
    });
  };

  private measure(resized = false): void {
    const viewport = this.viewport();
    if (!viewport) return;
    let changed = false;
    if (resized && viewport.clientWidth > 0) {
      const lanes = viewport.querySelector<HTMLElement>('.corner')?.offsetWidth ?? LANE_LABELS;
      const width = Math.max(0, Math.floor(viewport.clientWidth - lanes));
      if (width !== this.width) {
        this.width = width;
        changed = true;
      }
    }
    const next = drawnWindow({
      // Right to left, Chromium counts scrollLeft from 0 at the start down to negative values.
      left: Math.abs(viewport.scrollLeft),
      top: viewport.scrollTop,
      width: viewport.clientWidth || 1600,
      height: viewport.clientHeight || 1000,
    });
    const w = this.window;
    if (w.left !== next.left || w.top !== next.top || w.width !== next.width || w.height !== next.height) {
      this.window = next;
      changed = true;
    }
    if (changed) this.host.requestUpdate();
  }

  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.host.requestUpdate();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
    this.host.requestUpdate();
  };
}
