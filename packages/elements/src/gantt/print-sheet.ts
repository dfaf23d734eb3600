import { css, html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../base/style-props.js';
import type { GridSheet, SheetRow } from './grid-sheet.js';

/** How print mode lays the timeline out: scaled to the page's width, or cut into page-wide parts. */
export type PrintLayout = 'fit' | 'pages';

/** The timeline's image for print: an object URL of its SVG export and that image's size. */
export interface PrintChart {
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

/** The timeline's width per page in the `pages` layout, in CSS pixels (a landscape page's). */
export const PAGE_WIDTH = 960;
const INDENT = 16;

/**
 * The part of the timeline's image (`x`, `w` in its pixels) that page column `p` of `parts`
 * shows. Time reads in the writing direction: left to right the first page holds the image's
 * left end; right to left (where the image draws the first dates on the right) its right end.
 */
export function pageStrip(
  p: number,
  width: number,
  layout: PrintLayout,
  rtl: boolean,
): { x: number; w: number } {
  if (layout === 'fit') return { x: 0, w: width };
  const near = p * PAGE_WIDTH;
  const w = Math.max(0, Math.min(PAGE_WIDTH, width - near));
  return { x: rtl ? width - near - w : near, w };
}

/**
 * The Gantt in print mode: every row (not the scrolled window) in a table whose header (the
 * column headers and the time scale) the browser repeats on every printed page, no row cut
 * across pages. The timeline column shows the matching strip of one image of the whole timeline
 * (its SVG export), scaled to the column (`fit`), or cut into page-wide parts each printed as a
 * table of its own, the name column repeated (`pages`); right to left, the columns and the page
 * parts run from the right. The grid's columns take what they would take of a landscape page, at
 * most 60 % of it: the timeline always keeps 40 % or more, its strip scaled down to fit. The
 * sheet paints its theme's background and asks the browser to print it
 * (`print-color-adjust: exact`), so light text of a dark theme never lands on white paper.
 */
export function printSheet(
  sheet: GridSheet,
  chart: PrintChart | undefined,
  options: { layout: PrintLayout; rowHeight: number; headerHeight: number; label: string; rtl: boolean },
): TemplateResult {
  const { layout, rowHeight, headerHeight, rtl } = options;
  const width = chart?.width ?? 0;
  const parts = layout === 'pages' ? Math.max(1, Math.ceil(width / PAGE_WIDTH)) : 1;
  const name = Math.max(
    0,
    sheet.columns.findIndex((c) => c.id === 'name'),
  );
  // A short last part sits against the name column: on the start side.
  const align = rtl ? 'xMaxYMid meet' : 'xMinYMid meet';
  const tables: TemplateResult[] = [];
  for (let p = 0; p < parts; p++) {
    const { x, w } = pageStrip(p, width, layout, rtl);
    // The first part has every column; the others repeat the name column only.
    const shown = p === 0 ? sheet.columns.map((_, i) => i) : sheet.columns.length > 0 ? [name] : [];
    const total = shown.reduce((sum, i) => sum + (sheet.columns[i]?.width ?? 0), 0);
    const strip = (y: number, h: number) =>
      chart
        ? html`<svg viewBox="${x} ${y} ${w} ${h}" preserveAspectRatio=${align} aria-hidden="true">
            <image href=${chart.url} width=${chart.width} height=${chart.height}></image>
          </svg>`
        : nothing;
    tables.push(html`<table
      part="print-page"
      class=${layout === 'pages' ? 'pages' : 'fit'}
    >
      <colgroup>
        ${shown.map((i) => html`<col ${styleProps({ width: columnWidth(sheet.columns[i]?.width ?? 0, total) })} />`)}
        <col class="time" />
      </colgroup>
      <thead>
        <tr>
          ${shown.map((i) => html`<th scope="col" class=${sheet.columns[i]?.align ?? 'start'}>${sheet.columns[i]?.header}</th>`)}
          <th scope="col" class="time"><span class="visually-hidden">${options.label}</span>${strip(0, headerHeight)}</th>
        </tr>
      </thead>
      <tbody>
        ${sheet.rows.map((row, r) => printRow(row, shown, sheet, strip(headerHeight + r * rowHeight, rowHeight)))}
      </tbody>
    </table>`);
  }
  return html`<div class="print-sheet" part="print" ${styleProps({ '--_row-height': `${rowHeight}px`, '--_header-height': `${headerHeight}px` })}>
    ${tables}
  </div>`;
}

/** The printable width of a landscape page in CSS pixels (A4 or Letter, default margins). */
const FIT_PAGE_WIDTH = 1000;
/** The grid's columns share at most this part of a page (%): the timeline keeps the rest. */
const FIT_GRID_SHARE = 60;

/**
 * The width of a grid column on a page, a percentage of the page: the columns together take what
 * they would take of a landscape page, at most 60 %, and the timeline's strip the rest, scaled
 * down when it does not fit (never up), so nothing is cut at the page's edge. (A table column
 * sized by `min(px, %)` counts as auto in Chromium's table layout, so percentages only.)
 */
function columnWidth(width: number, total: number): string {
  if (total <= 0) return '0';
  const share = Math.min(FIT_GRID_SHARE, (total / FIT_PAGE_WIDTH) * 100);
  return `${((width / total) * share).toFixed(3)}%`;
}

function printRow(
  row: SheetRow,
  shown: readonly number[],
  sheet: GridSheet,
  strip: TemplateResult | typeof nothing,
): TemplateResult {
  return html`<tr data-id=${row.id} class=${row.summary ? 'summary' : ''}>
    ${shown.map((i) => {
      const column = sheet.columns[i];
      const indent = column?.id === 'name' ? row.depth * INDENT : 0;
      return html`<td class=${column?.align ?? 'start'} ${styleProps({ paddingInlineStart: indent ? `${indent + 6}px` : null })}>${row.cells[i]}</td>`;
    })}
    <td class="time">${strip}</td>
  </tr>`;
}

export const printSheetStyles = css`
  .print-sheet {
    display: none;
  }
  :host([print-mode]) {
    height: auto;
    overflow: visible;
  }
  :host([print-mode]) .frame {
    display: none;
  }
  :host([print-mode]) .print-sheet {
    display: block;
    background: var(--rl-gantt-background, var(--rl-color-surface, #ffffff));
    color: var(--rl-color-text, #1d2330);
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  .print-sheet table {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    font-size: var(--rl-font-size-small, 12px);
    color: var(--rl-color-text, #1d2330);
  }
  .print-sheet table + table {
    break-before: page;
  }
  .print-sheet thead {
    display: table-header-group;
  }
  .print-sheet tr {
    break-inside: avoid;
    height: var(--_row-height);
  }
  .print-sheet thead tr {
    height: var(--_header-height);
  }
  .print-sheet th {
    font-weight: 600;
    color: var(--rl-color-text-muted, #5b6475);
    background: var(--rl-gantt-grid-header-background, var(--rl-color-surface-raised, #f6f7f9));
    print-color-adjust: exact;
  }
  .print-sheet th,
  .print-sheet td {
    padding: 0 6px;
    border-bottom: 1px solid var(--rl-gantt-grid-line-color, var(--rl-color-border, #d9dde5));
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    text-align: start;
  }
  .print-sheet .end {
    text-align: end;
  }
  .print-sheet tr.summary td {
    font-weight: 600;
  }
  .print-sheet .time {
    padding: 0;
  }
  .print-sheet td.time svg {
    height: var(--_row-height);
  }
  .print-sheet th.time svg {
    height: var(--_header-height);
  }
  .print-sheet svg {
    display: block;
    width: 100%;
  }
  @media print {
    :host([print-mode]) {
      border: 0;
      border-radius: 0;
    }
  }
`;
