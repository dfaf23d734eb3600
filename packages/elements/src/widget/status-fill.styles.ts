import { css } from 'lit';

/** Fills of status shapes without a color of their own, by status category (status chart, cumulative flow). */
export const statusFillStyles = css`
  :host {
    --_todo: var(--rl-status-todo-color, var(--rl-color-text-muted, #5b6475));
    --_active: var(--rl-status-active-color, var(--rl-color-accent, #2f6fed));
    --_done: var(--rl-status-done-color, var(--rl-color-success, #2e9e5b));
    --_blocked: var(--rl-status-blocked-color, var(--rl-color-danger, #d93f3f));
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
`;
