import type { Dependency, Project } from '@roadline/core';
import {
  linkRows,
  linksInRows,
  rowRange,
  scaleWidth,
  timeScale,
  type ZoomLevel,
} from '@roadline/core/views/timeline';
import { render, svg } from 'lit';
import { svgToPng } from '../base/svg-png.js';
import { taskCalendar } from '../base/task-calendar.js';
import { arrowLayer, drawnLinks } from './arrow-layer.js';
import { barEnds, barLayer } from './bar-layer.js';
import type { Frame } from './frame.js';
import { gridLayer } from './grid-layer.js';
import { headerLayer } from './header-layer.js';
import { timelineStyles } from './timeline.styles.js';

/** What an export draws: the whole project at one zoom level. */
export interface ExportInput {
  readonly project: Project;
  readonly rows: readonly string[];
  readonly zoom: ZoomLevel;
  readonly start: number;
  readonly end: number;
  readonly rowHeight: number;
  readonly headerHeight: number;
  readonly rtl: boolean;
  readonly locale: string | undefined;
  readonly weekStart: number;
  readonly baseline: Readonly<Record<string, { start: string; end: string }>> | undefined;
  readonly compare?: Readonly<Record<string, { start: string; end: string }>> | undefined;
  readonly today: number | undefined;
  /** The element's computed style, to resolve its tokens into the file. */
  readonly style: CSSStyleDeclaration;
}

const MAX_ROWS = 5000;
const MAX_WIDTH = 32_000;
const TOKENS = [
  '--_bg',
  '--_header-bg',
  '--_line',
  '--_row-alt',
  '--_nonworking',
  '--_bar',
  '--_bar-track',
  '--_summary',
  '--_milestone',
  '--_critical',
  '--_baseline',
  '--_baseline-compare',
  '--_arrow',
  '--_today',
  '--_selected',
  '--_muted',
];

/**
 * A standalone SVG document of the chart, drawn by the same layers as the element (so it matches
 * what is on screen) with the theme's tokens resolved into an embedded style sheet.
 */
export function exportSvg(input: ExportInput): string {
  const { project, rowHeight, headerHeight } = input;
  const rows = input.rows.slice(0, MAX_ROWS);
  let scale = timeScale(input.zoom, input.start, input.end);
  if (scaleWidth(scale) > MAX_WIDTH) scale = { ...scale, end: scale.start + MAX_WIDTH / scale.pxPerMinute };
  const width = Math.round(scaleWidth(scale));
  const frame: Frame = {
    scale,
    zoom: input.zoom,
    width,
    rowHeight,
    headerHeight,
    rows,
    rowWindow: rowRange(0, rows.length * rowHeight, rowHeight, rows.length, 0),
    x: { x0: 0, x1: width },
    rtl: input.rtl,
    locale: input.locale,
    weekStart: input.weekStart,
  };
  const rowOf = new Map(rows.map((id, i) => [id, i]));
  const links = project.dependencies();
  const index = linkRows(links, (id) => rowOf.get(id) ?? -1);
  const shown = linksInRows(index, frame.rowWindow, Number.POSITIVE_INFINITY).map(
    (i) => links[i] as Dependency,
  );
  const ends = barEnds(frame, project, (id) => rowOf.get(id) ?? -1);
  const none = (): void => {};
  const height = headerHeight + rows.length * rowHeight;
  const container = document.createElement('div');
  render(
    svg`<svg xmlns="http://www.w3.org/2000/svg" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
      <rect width=${width} height=${height} fill="var(--_bg)"></rect>
      <g part="header">${headerLayer(frame)}</g>
      <g transform="translate(0 ${headerHeight})">
        ${gridLayer(frame, taskCalendar(project, undefined), new Set(), input.today)}
        ${arrowLayer(drawnLinks(frame, shown, ends), undefined)}
        ${barLayer(frame, { project, selected: new Set(), tabStop: undefined, hovered: undefined, readonly: true, baseline: input.baseline, compare: input.compare, onFocus: none, onBlur: none, onEnter: none, onLeave: none })}
      </g>
    </svg>`,
    container,
  );
  const root = container.firstElementChild;
  if (!root) return '';
  const tokens = TOKENS.map(
    (name) => `${name}: ${input.style.getPropertyValue(name).trim() || 'initial'};`,
  ).join(' ');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `svg { ${tokens} font-family: ${input.style.fontFamily}; color: ${input.style.color}; }\n${timelineStyles.cssText}`;
  root.insertBefore(style, root.firstChild);
  for (const el of root.querySelectorAll('[tabindex], [role]')) {
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
  }
  return new XMLSerializer().serializeToString(root).replace(/<!--[^>]*-->/g, '');
}

/** Rasterizes an SVG document to a PNG (the shared `svgToPng`). */
export const exportPng = svgToPng;
