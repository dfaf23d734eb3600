import { css } from 'lit';
import { menuStyles } from '../editing/menu-button.js';

export const gridStyles = css`
  :host {
    --_background: var(--rl-gantt-grid-background, var(--rl-color-surface, #ffffff));
    --_header-background: var(--rl-gantt-grid-header-background, var(--rl-color-surface-raised, #f6f7f9));
    --_line: var(--rl-gantt-grid-line-color, var(--rl-color-border, #d9dde5));
    --_selected: var(
      --rl-gantt-selected-background,
      color-mix(in srgb, var(--rl-color-accent, #2f6fed) 14%, transparent)
    );
    display: block;
    position: relative;
    height: 480px;
    min-height: 0;
    overflow: hidden;
    background: var(--_background);
  }
  .grid {
    position: relative;
    height: 100%;
    overflow: auto;
    outline: none;
  }
  /* The vertical scrollbar is pushed past the host's edge, which clips it: still scrollable. */
  .grid[data-no-scrollbar] {
    margin-inline-end: calc(-1 * var(--_scrollbar, 0px));
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 2;
    width: var(--_width);
    min-width: 100%;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    width: var(--_width);
    min-width: 100%;
    height: var(--_row-height);
  }
  .header {
    height: var(--_header-height);
    background: var(--_header-background);
    border-bottom: 1px solid var(--_line);
    font-weight: 600;
  }
  .body {
    position: relative;
    width: var(--_width);
    min-width: 100%;
  }
  .body .row {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    border-bottom: 1px solid var(--_line);
    background: var(--_background);
  }
  .body .row[aria-selected='true'] {
    background: linear-gradient(var(--_selected), var(--_selected)), var(--_background);
  }
  /* Cells are plain blocks of text (no flex, no inner elements): a scroll frame styles and lays
     out a few hundred of them. */
  .cell {
    position: relative;
    display: block;
    min-width: 0;
    padding: 0 var(--rl-space-2, 8px);
    line-height: calc(var(--_row-height) - 1px);
    border-inline-end: 1px solid var(--_line);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .cell.end {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .cell:focus-visible {
    outline-offset: -2px;
  }
  .head-cell {
    display: flex;
    align-items: center;
    gap: var(--rl-space-1, 4px);
    line-height: normal;
    user-select: none;
    cursor: pointer;
  }
  .head-cell.end {
    justify-content: flex-end;
  }
  .head-cell .label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .sort {
    font-size: 10px;
  }
  .resize {
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-end: 0;
    width: 6px;
    cursor: col-resize;
    touch-action: none;
    z-index: 1;
  }
  [part~='cell-name'] {
    padding-inline-start: calc(var(--_indent, 0px) + 4px);
  }
  /* Room for the drag handle at the start of a name cell (no handle when read-only). */
  :host(:not([readonly])) [part~='cell-name'] {
    padding-inline-start: calc(var(--_indent, 0px) + 16px);
  }
  .grip {
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: 0;
    width: 14px;
    cursor: grab;
    touch-action: none;
    opacity: 0.35;
    color: var(--rl-color-text-muted, #5b6475);
    text-align: center;
  }
  .grip::before {
    content: '⠿';
  }
  .row:hover .grip,
  .cell:focus .grip {
    opacity: 1;
  }
  .drop {
    position: absolute;
    top: 0;
    inset-inline-start: var(--_drop-indent, 0px);
    inset-inline-end: 0;
    z-index: 4;
    pointer-events: none;
  }
  .drop.line {
    height: 2px;
    margin-top: -1px;
    background: var(--rl-color-focus, #2f6fed);
  }
  .drop.box {
    height: var(--_row-height);
    outline: 2px solid var(--rl-color-focus, #2f6fed);
    outline-offset: -2px;
    background: color-mix(in srgb, var(--rl-color-focus, #2f6fed) 10%, transparent);
  }
  .drop.refused {
    background: var(--rl-color-danger, #d93f3f);
  }
  .drop.box.refused {
    outline-color: var(--rl-color-danger, #d93f3f);
    background: color-mix(in srgb, var(--rl-color-danger, #d93f3f) 10%, transparent);
  }
  [part~='summary'] [part~='cell-name'] {
    font-weight: 600;
  }
  .toggle {
    display: inline-block;
    width: 16px;
    text-align: center;
    cursor: pointer;
    color: var(--rl-color-text-muted, #5b6475);
  }
  .cell.editing {
    overflow: visible;
    padding: 0;
    line-height: normal;
    z-index: 3;
  }
  .body .row:has(.editing) {
    z-index: 3;
  }
  .editor {
    width: 100%;
    height: 100%;
    padding: 0 var(--rl-space-2, 8px);
    font: inherit;
    color: inherit;
    background: var(--_background);
    border: 2px solid var(--rl-color-focus, #2f6fed);
    border-radius: 0;
  }
  .editor[aria-invalid='true'] {
    border-color: var(--rl-color-danger, #d93f3f);
  }
  .cell-error {
    position: absolute;
    top: 100%;
    inset-inline-start: 0;
    z-index: 4;
    max-width: 280px;
    padding: var(--rl-space-1, 4px) var(--rl-space-2, 8px);
    white-space: normal;
    font-size: var(--rl-font-size-small, 12px);
    color: var(--rl-color-accent-contrast, #ffffff);
    background: var(--rl-color-danger, #d93f3f);
    border-radius: 0 0 var(--rl-radius, 6px) var(--rl-radius, 6px);
  }
  /* The column menu: a button over the header row's end corner, and its drop-down list. */
  .column-menu {
    position: absolute;
    top: 0;
    inset-inline-end: var(--_menu-end, 0px);
    z-index: 5;
    --_menu-line: var(--_line);
    --_menu-hover: var(--_selected);
  }
  .menu-button {
    display: block;
    width: 32px;
    height: var(--_header-height);
    padding: 0;
    font: inherit;
    font-size: 18px;
    color: var(--rl-color-text-muted, #5b6475);
    background: var(--_header-background);
    border: 0;
    border-inline-start: 1px solid var(--_line);
    border-bottom: 1px solid var(--_line);
    cursor: pointer;
  }
  .menu-button:hover,
  .menu-button[aria-expanded='true'] {
    color: var(--rl-color-text, #1d2433);
  }
  .menu-button:focus-visible {
    outline: 2px solid var(--rl-color-focus, #2f6fed);
    outline-offset: -2px;
  }
  [part='error'] {
    color: var(--rl-color-danger, #d93f3f);
    padding: var(--rl-space-3, 12px);
  }
  ${menuStyles}
`;
