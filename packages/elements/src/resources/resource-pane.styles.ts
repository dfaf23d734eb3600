import { css } from 'lit';

/** The resource views' frame: header, virtual rows with a names column, scroll strip. */
export const resourcePaneStyles = css`
  :host {
    display: block;
    height: var(--rl-resource-pane-height, 240px);
    background: var(--rl-color-surface, #ffffff);
    color: var(--rl-color-text, #1d2330);
    font-size: var(--rl-font-size-small, 12px);
    --_load: var(--rl-resource-load-color, var(--rl-color-accent, #2f6fed));
    --_over: var(--rl-resource-over-color, var(--rl-color-critical, #d93f3f));
    --_capacity: var(--rl-resource-capacity-color, var(--rl-color-text-muted, #5b6475));
  }
  .frame {
    display: flex;
    flex-direction: column;
    height: 100%;
    position: relative;
  }
  .head,
  .row {
    display: flex;
  }
  .head {
    flex: none;
    height: 20px;
    border-bottom: 1px solid var(--rl-color-border, #d9dde5);
    background: var(--rl-color-surface-raised, #f6f7f9);
  }
  .head text {
    fill: var(--rl-color-text-muted, #5b6475);
    font-size: 11px;
  }
  .body {
    flex: 1 1 auto;
    min-height: 0;
    overflow-x: hidden;
    overflow-y: auto;
    position: relative;
  }
  .body:focus-visible {
    outline-offset: -2px;
  }
  .spacer {
    position: relative;
  }
  .row {
    position: absolute;
    inset-inline: 0;
    border-bottom: 1px solid var(--rl-color-border, #d9dde5);
  }
  .name {
    flex: none;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    padding-inline: var(--rl-space-2, 8px);
    align-self: center;
    border-inline-end: 1px solid var(--rl-color-border, #d9dde5);
  }
  .row .name {
    align-self: stretch;
    display: flex;
    align-items: center;
  }
  .chart {
    flex: 1 1 auto;
    min-width: 0;
    position: relative;
    overflow: hidden;
  }
  .plot {
    position: absolute;
    top: 0;
  }
  .body:focus-visible .row.cursor {
    background: color-mix(in srgb, var(--rl-color-accent, #2f6fed) 10%, transparent);
  }
  .load {
    fill: var(--_load);
    opacity: 0.75;
  }
  .load.over,
  .bar.over,
  .band {
    fill: var(--_over);
  }
  .band {
    opacity: 0.35;
  }
  .capacity {
    stroke: var(--_capacity);
    stroke-dasharray: 3 3;
  }
  .focus {
    fill: none;
    stroke: var(--rl-color-focus, #2f6fed);
    stroke-width: 2;
  }
  .bar {
    fill: var(--_load);
    cursor: grab;
  }
  .bar.lifted {
    stroke: var(--rl-color-focus, #2f6fed);
    stroke-width: 2;
  }
  [part~='person'] .name {
    font-weight: 600;
  }
  [part~='assignment'] .name {
    padding-inline-start: calc(var(--rl-space-3, 12px) * 2);
  }
  [part~='over'] .name {
    border-inline-start: 3px solid var(--_over);
  }
  [part~='target'] {
    background: color-mix(in srgb, var(--rl-color-accent, #2f6fed) 14%, transparent);
  }
  .strip {
    flex: none;
    overflow-x: auto;
    overflow-y: hidden;
    height: 14px;
    direction: ltr;
  }
  .strip > div {
    height: 1px;
  }
  .empty {
    padding: var(--rl-space-3, 12px);
    color: var(--rl-color-text-muted, #5b6475);
  }
  [part='error'] {
    color: var(--rl-color-danger, #d93f3f);
    padding: var(--rl-space-3, 12px);
  }
`;
