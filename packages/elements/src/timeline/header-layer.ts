import {
  formatTick,
  headerCells,
  minutesAt,
  unitInterval,
  xOf,
  ZOOM_LEVELS,
} from '@roadline/core/views/timeline';
import { svg, type TemplateResult } from 'lit';
import { type Frame, screenLeft } from './frame.js';

/** The two header rows (coarse over fine): cells with their labels, only those in the x window. */
export function headerLayer(frame: Frame): TemplateResult[] {
  const spec = ZOOM_LEVELS[frame.zoom];
  const rowH = frame.headerHeight / 2;
  const from = minutesAt(frame.scale, frame.x.x0);
  const to = minutesAt(frame.scale, frame.x.x1);
  const out: TemplateResult[] = [];
  spec.header.forEach((row, r) => {
    const cells = headerCells(unitInterval(row.unit, row.step, frame.weekStart), from, to);
    const y = r * rowH;
    for (const cell of cells) {
      const x = xOf(frame.scale, cell.start);
      const w = xOf(frame.scale, cell.end) - x;
      const left = screenLeft(frame, x, w);
      out.push(
        svg`<g part="header-row-${r === 0 ? 'top' : 'bottom'}">
          <rect part="header-cell" x=${left} y=${y} width=${w} height=${rowH}></rect>
          <text part="header-label" x=${left + 6} y=${y + rowH / 2}>${formatTick(row.format, cell.start, frame.locale)}</text>
        </g>`,
      );
    }
  });
  return out;
}
