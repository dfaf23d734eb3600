import {
  type DayIntervals,
  minutesAt,
  nonWorkingSpans,
  xOf,
  ZOOM_LEVELS,
} from '@roadline/core/views/timeline';
import { nothing, svg, type TemplateResult } from 'lit';
import { type Frame, screenLeft, screenWindow, screenX } from './frame.js';

/** Row stripes, selected rows, non-working shading and the today line, behind the bars. */
export function gridLayer(
  frame: Frame,
  calendar: DayIntervals | undefined,
  selected: ReadonlySet<string>,
  today: number | undefined,
): TemplateResult {
  const { x0, x1 } = screenWindow(frame);
  const rows: TemplateResult[] = [];
  for (let r = frame.rowWindow.first; r < frame.rowWindow.last; r++) {
    const id = frame.rows[r] as string;
    const part = `row${r % 2 ? ' alt' : ''}${selected.has(id) ? ' selected' : ''}`;
    rows.push(
      svg`<rect part=${part} x=${x0} y=${r * frame.rowHeight} width=${x1 - x0} height=${frame.rowHeight}></rect>`,
    );
  }
  const top = frame.rowWindow.first * frame.rowHeight;
  const height = (frame.rowWindow.last - frame.rowWindow.first) * frame.rowHeight;
  const shades: TemplateResult[] = [];
  if (calendar && ZOOM_LEVELS[frame.zoom].shadeNonWorking && height > 0) {
    const spans = nonWorkingSpans(
      calendar,
      minutesAt(frame.scale, frame.x.x0),
      minutesAt(frame.scale, frame.x.x1),
    );
    for (let i = 0; i < spans.length; i += 2) {
      const x = xOf(frame.scale, spans[i] as number);
      const w = xOf(frame.scale, spans[i + 1] as number) - x;
      shades.push(
        svg`<rect part="nonworking" x=${screenLeft(frame, x, w)} y=${top} width=${w} height=${height}></rect>`,
      );
    }
  }
  const todayX = today === undefined ? undefined : xOf(frame.scale, today);
  const todayLine =
    todayX !== undefined && todayX >= frame.x.x0 && todayX <= frame.x.x1 && height > 0
      ? svg`<line part="today" x1=${screenX(frame, todayX)} x2=${screenX(frame, todayX)} y1=${top} y2=${top + height}></line>`
      : nothing;
  return svg`<g part="grid">${shades}${rows}${todayLine}</g>`;
}
