import { css } from 'lit';

export const ganttStyles = css`
  :host {
    display: block;
    height: var(--rl-gantt-height, 480px);
    background: var(--rl-gantt-background, var(--rl-color-surface, #ffffff));
    border: 1px solid var(--rl-color-border, #d9dde5);
    border-radius: var(--rl-radius, 6px);
    overflow: hidden;
  }
  .layout {
    display: grid;
    grid-template-columns: var(--_grid-width) 6px minmax(0, 1fr);
    height: 100%;
    min-height: 0;
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
  [part='error'] {
    color: var(--rl-color-danger, #d93f3f);
    padding: var(--rl-space-3, 12px);
  }
`;
