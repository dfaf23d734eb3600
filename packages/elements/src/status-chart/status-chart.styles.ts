import { css } from 'lit';

export const statusChartStyles = css`
  :host {
    --_todo: var(--rl-status-todo-color, var(--rl-color-text-muted, #5b6475));
    --_active: var(--rl-status-active-color, var(--rl-color-accent, #2f6fed));
    --_done: var(--rl-status-done-color, var(--rl-color-success, #2e9e5b));
    --_blocked: var(--rl-status-blocked-color, var(--rl-color-danger, #d93f3f));
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rl-space-3, 12px);
    align-items: center;
  }
  .fill.todo:not([fill]) {
    fill: var(--_todo);
  }
  .fill.active:not([fill]) {
    fill: var(--_active);
  }
  .fill.done:not([fill]) {
    fill: var(--_done);
  }
  .fill.blocked:not([fill]) {
    fill: var(--_blocked);
  }
  [part~='slice'] {
    stroke: var(--_surface);
    stroke-width: 1;
  }
  [part='total'] {
    font-size: 18px;
    font-weight: 600;
    fill: var(--rl-color-text, #1d2330);
  }
  [part='legend'] {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--rl-font-size-small, 12px);
  }
  [part='legend'] li {
    display: flex;
    gap: 6px;
    align-items: center;
  }
  .swatch svg {
    display: inline-block;
  }
`;
