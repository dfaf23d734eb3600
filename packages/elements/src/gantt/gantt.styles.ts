import { css } from 'lit';
import { menuStyles } from '../editing/menu-button.js';

export const ganttStyles = css`
  :host {
    display: block;
    height: var(--rl-gantt-height, 480px);
    background: var(--rl-gantt-background, var(--rl-color-surface, #ffffff));
    border: 1px solid var(--rl-color-border, #d9dde5);
    border-radius: var(--rl-radius, 6px);
    overflow: hidden;
  }
  .frame {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  .layout {
    display: grid;
    grid-template-columns: var(--_grid-width) 6px minmax(0, 1fr);
    flex: 1 1 auto;
    min-height: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--rl-space-2, 8px) var(--rl-space-3, 12px);
    padding: var(--rl-space-1, 4px) var(--rl-space-2, 8px);
    background: var(--rl-gantt-toolbar-background, var(--rl-color-surface-raised, #f6f7f9));
    border-bottom: 1px solid var(--rl-color-border, #d9dde5);
  }
  .tool-group {
    display: inline-flex;
    align-items: center;
    gap: var(--rl-space-1, 4px);
  }
  .toolbar button,
  .toolbar input {
    font: inherit;
    font-size: var(--rl-font-size-small, 12px);
    color: var(--rl-color-text, #1d2330);
    background: var(--rl-color-surface, #ffffff);
    border: 1px solid var(--rl-color-border, #d9dde5);
    border-radius: var(--rl-radius, 6px);
    min-height: 26px;
    padding: 0 var(--rl-space-2, 8px);
  }
  .toolbar button {
    cursor: pointer;
  }
  .toolbar button[aria-pressed='true'] {
    color: var(--rl-color-accent-contrast, #ffffff);
    background: var(--rl-color-accent, #2f6fed);
    border-color: var(--rl-color-accent, #2f6fed);
  }
  .toolbar button[part~='active'] {
    border-color: var(--rl-color-accent, #2f6fed);
    box-shadow: inset 0 -2px 0 var(--rl-color-accent, #2f6fed);
  }
  .toolbar button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .toolbar input[type='search'] {
    width: 12em;
  }
  .found {
    min-width: 5em;
    font-size: var(--rl-font-size-small, 12px);
    color: var(--rl-color-text-muted, #5b6475);
  }
  rl-gantt-grid {
    grid-area: 1 / 1;
  }
  .splitter {
    grid-area: 1 / 2;
  }
  rl-timeline {
    grid-area: 1 / 3;
  }
  .empty-state {
    grid-area: 1 / 1;
    z-index: 1;
    align-self: center;
  }
  rl-gantt-grid,
  rl-timeline {
    height: 100%;
    min-width: 0;
    min-height: 0;
  }
  .splitter {
    cursor: col-resize;
    touch-action: none;
    background: var(--rl-gantt-splitter-color, var(--rl-color-border, #d9dde5));
  }
  .splitter:hover,
  .splitter:focus-visible {
    background: var(--rl-color-accent, #2f6fed);
  }
  .resource-pane {
    flex: none;
    --rl-resource-pane-height: var(--rl-gantt-resource-pane-height, 200px);
    border-top: 2px solid var(--rl-gantt-splitter-color, var(--rl-color-border, #d9dde5));
  }
  [part='error'] {
    color: var(--rl-color-danger, #d93f3f);
    padding: var(--rl-space-3, 12px);
  }
  ${menuStyles}
`;
