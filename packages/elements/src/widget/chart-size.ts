import type { ReactiveControllerHost } from 'lit';
import { ResizeController } from '../controllers/resize-controller.js';

/** A chart's drawn size in CSS pixels. */
export interface ChartSize {
  width: number;
  height: number;
}

/**
 * Measures a chart widget's `[part="chart"]` and hands on each new size, so the chart is drawn at
 * the size it is shown (its labels keep their size). A hidden chart (no box) keeps the size it
 * was drawn at.
 */
export function watchChartSize(
  host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
  current: () => ChartSize,
  set: (size: ChartSize) => void,
): void {
  new ResizeController(host, {
    target: () => host.renderRoot.querySelector('[part="chart"]'),
    resized: (entry) => {
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      if (width === 0 || height === 0) return;
      const size = current();
      if (width !== size.width || height !== size.height) set({ width, height });
    },
  });
}
