import { css } from 'lit';
import { presenceBarStyles } from '../base/presence-marks.js';

export const roadmapStyles = css`
  :host {
    --_surface: var(--rl-roadmap-background, var(--rl-color-surface, #ffffff));
    --_raised: var(--rl-roadmap-lane-alt-background, var(--rl-color-surface-raised, #f6f7f9));
    --_border: var(--rl-roadmap-border-color, var(--rl-color-border, #d9dde5));
    --_text: var(--rl-color-text, #1d2330);
    --_muted: var(--rl-color-text-muted, #5b6475);
    --_accent: var(--rl-roadmap-release-color, var(--rl-color-accent, #2f6fed));
    --_today: var(--rl-roadmap-today-color, var(--rl-color-danger, #d93f3f));
    --_bar-bg: var(--rl-roadmap-bar-background, var(--rl-color-surface-raised, #f6f7f9));
    --_bar-default: var(--rl-roadmap-bar-color, var(--rl-color-accent, #2f6fed));
    --_labels: var(--rl-roadmap-lane-width, 180px);
    display: block;
    height: var(--rl-roadmap-height, 480px);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 6px);
    overflow: hidden;
  }
  /* The column of toolbar and view fills the host whatever display the page gives the host: the
     view scrolls (and renders only what is in sight) inside the host's height. */
  .frame {
    display: flex;
    flex-direction: column;
    width: 100%;
    height: 100%;
    min-height: 0;
    /* Its width comes from the host, never from the (wide) chart: as a grid or flex item it would
       otherwise grow to the chart's width and draw every bar of that width. */
    contain: inline-size;
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--rl-space-2, 8px);
    padding: var(--rl-space-2, 8px);
    border-bottom: 1px solid var(--_border);
    font-size: var(--rl-font-size-small, 12px);
  }
  [part='toolbar'] label {
    display: inline-flex;
    align-items: center;
    gap: var(--rl-space-1, 4px);
  }
  button,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 6px);
    padding: 2px 8px;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--rl-color-accent-contrast, #ffffff);
  }
  .viewport {
    flex: 1;
    min-height: 0;
    overflow: auto;
    position: relative;
    /* The fitted chart's width must not change as lanes collapse and the scrollbar comes and goes. */
    scrollbar-gutter: stable;
  }
  .canvas {
    display: grid;
    grid-template-columns: var(--_labels) var(--_chart-w);
    grid-template-rows: var(--_header-h, 68px) var(--_chart-h);
  }
  .corner,
  [part='header'] {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .corner {
    inset-inline-start: 0;
    z-index: 3;
    border-inline-end: 1px solid var(--_border);
  }
  [part='header'] text {
    fill: var(--_muted);
    font-size: 12px;
  }
  [part='header'] text.year {
    fill: var(--_text);
    font-weight: 600;
  }
  [part='header'] line {
    stroke: var(--_border);
  }
  [part='header'] text.release,
  [part='header'] text.milestone {
    font-size: 11px;
  }
  [part='header'] text.release {
    fill: var(--_accent);
  }
  [part='header'] line.tick.release {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  [part='header'] line.tick.milestone {
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
  }
  [part='header'] .badge rect {
    fill: var(--_surface);
    stroke: var(--_accent);
  }
  [part='header'] .badge text {
    fill: var(--_accent);
    font-size: 11px;
    font-weight: 600;
  }
  .lanes {
    position: sticky;
    inset-inline-start: 0;
    z-index: 2;
    background: var(--_surface);
    border-inline-end: 1px solid var(--_border);
  }
  [part~='lane-header'] {
    position: absolute;
    left: 0;
    right: 0;
    display: flex;
    align-items: flex-start;
    border-bottom: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_lane, transparent);
    overflow: hidden;
  }
  [part~='lane-toggle'] {
    border: 0;
    background: none;
    text-align: start;
    padding: 8px;
    width: 100%;
    font-weight: 600;
    cursor: pointer;
  }
  [part~='lane-toggle'] .count {
    font-weight: 400;
    color: var(--_muted);
  }
  .chart {
    position: relative;
  }
  /*
   * Right to left, time runs leftwards: the header's drawing and the chart are mirrored (they are
   * laid out in left-to-right pixels), and their text is mirrored back so it reads as written.
   */
  .canvas.rtl [part='header'] svg,
  .canvas.rtl .chart {
    transform: scaleX(-1);
  }
  .canvas.rtl [part='header'] text,
  .canvas.rtl .chart .label {
    transform: scaleX(-1);
    transform-box: fill-box;
    transform-origin: center;
  }
  /* Right to left, a text's start is its right end: anchor its left end at x, as left to right. */
  .canvas.rtl [part='header'] text {
    text-anchor: end;
  }
  .canvas.rtl [part='header'] .badge text {
    text-anchor: middle;
  }
  .chart svg {
    position: absolute;
    inset: 0;
    overflow: visible;
  }
  .stripe {
    fill: var(--_raised);
  }
  .grid-line,
  .lane-line {
    stroke: var(--_border);
  }
  .marker.release {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .marker.milestone {
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
  }
  [part~='today'] {
    stroke: var(--_today);
    stroke-width: 2;
  }
  [part~='bar'] {
    position: absolute;
    display: flex;
    align-items: center;
    box-sizing: border-box;
    /* No padding: the label is placed by the model, and a short bar keeps its true width. */
    padding: 0;
    background: var(--_bar-bg);
    border: 1px solid var(--_c, var(--_bar-default));
    border-left-width: 4px;
    border-radius: 4px;
    color: var(--_text);
    font-size: var(--rl-font-size-small, 12px);
    white-space: nowrap;
    cursor: grab;
    touch-action: none;
    user-select: none;
  }
  :host([readonly]) [part~='bar'] {
    cursor: default;
  }
  [part~='bar'][part~='selected'] {
    box-shadow: 0 0 0 2px var(--_accent);
  }
  [part~='bar'].preview {
    opacity: 0.85;
    z-index: 1;
    box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
  }
  [part~='progress'] {
    position: absolute;
    left: 0;
    bottom: 0;
    height: 3px;
    background: var(--_c, var(--_bar-default));
  }
  /* A name inside its bar, or after its end (\`after\`): the model places it, never a layout read. */
  .label {
    position: absolute;
    left: 8px;
    /* A name reads in its own direction, whatever the page's. */
    unicode-bidi: plaintext;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .label.after {
    pointer-events: none;
  }
  .arrows path {
    fill: none;
    stroke: var(--_muted);
  }
  .arrows polygon {
    fill: var(--_muted);
  }
  .arrows {
    pointer-events: none;
    z-index: 1;
  }
  [part~='tooltip'] {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 10;
    max-width: 280px;
    padding: 6px 8px;
    background: var(--_text);
    color: var(--_surface);
    border-radius: var(--rl-radius, 6px);
    font-size: var(--rl-font-size-small, 12px);
    pointer-events: none;
  }
  [part~='tooltip'] strong {
    display: block;
  }
  [part~='buckets'] {
    flex: 1;
    min-height: 0;
    overflow: auto;
  }
  [part~='buckets'] table {
    border-collapse: collapse;
    width: 100%;
  }
  [part~='buckets'] th,
  [part~='buckets'] td {
    border: 1px solid var(--_border);
    padding: 6px;
    vertical-align: top;
    text-align: start;
  }
  [part~='buckets'] thead th {
    position: sticky;
    top: 0;
    background: var(--_surface);
  }
  [part~='buckets'] ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
    /* Lanes out of view are not styled, laid out or painted until scrolled near (2k cards). */
    content-visibility: auto;
    contain-intrinsic-size: auto 240px;
  }
  [part~='card'] {
    padding: 6px 8px;
    background: var(--_bar-bg);
    border: 1px solid var(--_c, var(--_bar-default));
    border-left-width: 4px;
    border-radius: 4px;
    font-size: var(--rl-font-size-small, 12px);
  }
  [part~='card'] .meta {
    display: block;
    color: var(--_muted);
  }
  [part~='card'] {
    color: var(--_text);
    cursor: grab;
    touch-action: none;
    user-select: none;
  }
  :host([readonly]) [part~='card'] {
    cursor: default;
    touch-action: auto;
    user-select: text;
  }
  [part~='card'][part~='selected'] {
    box-shadow: 0 0 0 2px var(--_accent);
  }
  [part~='card'][part~='preview'] {
    outline: 2px dashed var(--_accent);
    outline-offset: 2px;
  }
  [part~='buckets'] td.drop-target {
    background: var(--_raised);
  }
  [part~='drop-indicator'] {
    height: 0;
    border-top: 3px solid var(--_accent);
    border-radius: 2px;
  }
  [part='error'] {
    color: var(--rl-color-danger, #d93f3f);
    padding: var(--rl-space-3, 12px);
  }
  @media print {
    :host {
      height: auto;
      overflow: visible;
      border: 0;
      print-color-adjust: exact;
    }
    [part='toolbar'],
    [part~='tooltip'] {
      display: none;
    }
    .viewport {
      overflow: visible;
    }
    .corner,
    [part='header'] {
      position: static;
    }
    .lanes {
      position: relative;
    }
    [part~='lane-header'] {
      break-inside: avoid;
    }
    /* Every lane on paper, rendered or not on screen. */
    [part~='buckets'] ul {
      content-visibility: visible;
    }
  }
  /* Another person's selection (a shared project), on a bar or a card. The roadmap paints its own
     outlines and adopts no other sheet: the avatar stack's few rules are folded into this one. */
  [part~='peer-selected'] {
    outline: 2px solid var(--_peer);
    outline-offset: -2px;
  }
  ${presenceBarStyles}
`;
