import type { GridSheet } from './grid-sheet.js';

const NS = 'http://www.w3.org/2000/svg';
/** Indentation per tree level in the name column, as in the grid. */
const INDENT = 16;
const PAD = 6;

/** The colors and font the grid's part of an image is drawn in, resolved from the Gantt's tokens. */
export interface SheetLook {
  readonly background: string;
  readonly headerBackground: string;
  readonly line: string;
  readonly text: string;
  readonly muted: string;
  readonly font: string;
}

/** The look of the grid in an export, read from the Gantt's computed style (once per export). */
export function sheetLook(style: CSSStyleDeclaration): SheetLook {
  const token = (fallback: string, ...names: string[]): string => {
    for (const name of names) {
      const value = style.getPropertyValue(name).trim();
      if (value !== '') return value;
    }
    return fallback;
  };
  return {
    background: token('#ffffff', '--rl-gantt-grid-background', '--rl-color-surface'),
    headerBackground: token('#f6f7f9', '--rl-gantt-grid-header-background', '--rl-color-surface-raised'),
    line: token('#d9dde5', '--rl-gantt-grid-line-color', '--rl-color-border'),
    text: token(style.color || '#1d2330', '--rl-color-text'),
    muted: token('#5b6475', '--rl-color-text-muted'),
    font: style.fontFamily || 'sans-serif',
  };
}

function el(doc: Document, name: string, attrs: Record<string, string | number>): Element {
  const node = doc.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/**
 * One SVG document of the whole Gantt: the grid's columns (headers, then a row of text per task,
 * summaries in bold, names indented by depth) beside the timeline's own export, rows in step.
 * Drawn with plain shapes and text (no `foreignObject`), so it rasterizes to PNG everywhere.
 * Right to left, the grid stands on the right and its columns run from the right.
 */
export function ganttSvg(
  timelineSvg: string,
  sheet: GridSheet,
  layout: { rowHeight: number; headerHeight: number; rtl: boolean },
  look: SheetLook,
): string {
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  const chart = timelineSvg
    ? new DOMParser().parseFromString(timelineSvg, 'image/svg+xml').documentElement
    : null;
  const chartWidth = Number(chart?.getAttribute('width') ?? 0) || 0;
  const { rowHeight, headerHeight, rtl } = layout;
  const gridWidth = Math.round(sheet.width);
  const height = Math.max(
    Number(chart?.getAttribute('height') ?? 0) || 0,
    headerHeight + sheet.rows.length * rowHeight,
  );
  const width = gridWidth + chartWidth;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);

  const grid = el(doc, 'g', {
    transform: `translate(${rtl ? chartWidth : 0} 0)`,
    'font-family': look.font,
    'font-size': 12,
    fill: look.text,
  });
  root.append(grid);
  grid.append(el(doc, 'rect', { width: gridWidth, height, fill: look.background }));
  grid.append(el(doc, 'rect', { width: gridWidth, height: headerHeight, fill: look.headerBackground }));
  const defs = el(doc, 'defs', {});
  grid.append(defs);

  // Each column's left edge in the drawing (mirrored right to left) and a clip so text stays in it.
  let at = 0;
  const lefts = sheet.columns.map((column, i) => {
    const left = rtl ? gridWidth - at - column.width : at;
    at += column.width;
    const clip = el(doc, 'clipPath', { id: `rl-sheet-col-${i}` });
    clip.append(el(doc, 'rect', { x: left, y: 0, width: column.width, height }));
    defs.append(clip);
    return left;
  });
  const textX = (i: number, indent: number): { x: number; anchor: string } => {
    const column = sheet.columns[i];
    const left = lefts[i] ?? 0;
    const width = column?.width ?? 0;
    const atEnd = (column?.align === 'end') !== rtl;
    return atEnd
      ? { x: left + width - PAD - (rtl ? indent : 0), anchor: 'end' }
      : { x: left + PAD + (rtl ? 0 : indent), anchor: 'start' };
  };
  const text = (
    content: string,
    x: number,
    y: number,
    anchor: string,
    extra: Record<string, string | number>,
    i: number,
  ) => {
    const node = el(doc, 'text', {
      x,
      y,
      'text-anchor': anchor,
      'dominant-baseline': 'central',
      'clip-path': `url(#rl-sheet-col-${i})`,
      ...extra,
    });
    node.textContent = content;
    grid.append(node);
  };

  sheet.columns.forEach((column, i) => {
    const { x, anchor } = textX(i, 0);
    text(column.header, x, headerHeight / 2, anchor, { 'font-weight': 600, fill: look.muted }, i);
  });
  sheet.rows.forEach((row, r) => {
    const top = headerHeight + r * rowHeight;
    grid.append(
      el(doc, 'line', {
        x1: 0,
        x2: gridWidth,
        y1: top + rowHeight - 0.5,
        y2: top + rowHeight - 0.5,
        stroke: look.line,
      }),
    );
    row.cells.forEach((cell, i) => {
      if (cell === '') return;
      const indent = sheet.columns[i]?.id === 'name' ? row.depth * INDENT : 0;
      const { x, anchor } = textX(i, indent);
      text(cell, x, top + rowHeight / 2, anchor, row.summary ? { 'font-weight': 600 } : {}, i);
    });
  });
  grid.append(
    el(doc, 'line', {
      x1: 0,
      x2: gridWidth,
      y1: headerHeight - 0.5,
      y2: headerHeight - 0.5,
      stroke: look.line,
    }),
  );
  for (let i = 1; i < lefts.length; i++) {
    const x = rtl ? (lefts[i - 1] ?? 0) : (lefts[i] ?? 0);
    grid.append(el(doc, 'line', { x1: x, x2: x, y1: 0, y2: height, stroke: look.line }));
  }
  const edge = rtl ? 0.5 : gridWidth - 0.5;
  grid.append(el(doc, 'line', { x1: edge, x2: edge, y1: 0, y2: height, stroke: look.line }));

  if (chart) {
    const pane = doc.importNode(chart, true) as Element;
    pane.setAttribute('x', String(rtl ? 0 : gridWidth));
    pane.setAttribute('y', '0');
    root.append(pane);
  }
  return new XMLSerializer().serializeToString(root);
}
