import { css } from 'lit';

export const workflowStyles = css`
  :host {
    --_surface: var(--rl-workflow-node-background, var(--rl-color-surface, #ffffff));
    --_text: var(--rl-color-text, #1d2330);
    --_muted: var(--rl-color-text-muted, #5b6475);
    --_border: var(--rl-color-border, #d9dde5);
    --_edge: var(--rl-workflow-edge-color, var(--rl-color-text-muted, #5b6475));
    --_back: var(--rl-workflow-back-color, var(--rl-color-warning, #c77800));
    --_bottleneck: var(--rl-workflow-bottleneck-color, var(--rl-color-danger, #d93f3f));
    --_accent: var(--rl-color-accent, #2f6fed);
    --_focus: var(--rl-color-focus, #2f6fed);
    display: block;
    color: var(--_text);
    font-family: var(--rl-font-family, system-ui, sans-serif);
  }
  [part~='flow'] {
    overflow: auto;
  }
  svg {
    display: block;
  }
  [part~='status'] {
    cursor: pointer;
    outline: none;
  }
  [part~='status'] rect.box {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1;
  }
  [part~='status'][part~='filtered'] rect.box {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  [part~='status'][part~='bottleneck'] rect.box {
    stroke: var(--_bottleneck);
    stroke-width: 2;
  }
  [part~='status']:focus-visible rect.focus {
    stroke: var(--_focus);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  rect.focus {
    fill: none;
  }
  rect.swatch.none {
    fill: var(--_muted);
  }
  text {
    fill: var(--_text);
    font-size: var(--rl-font-size-small, 12px);
  }
  text.name {
    font-weight: 600;
    font-size: var(--rl-font-size, 14px);
  }
  text.count,
  text.age {
    fill: var(--_muted);
  }
  [part~='over-limit'] text.count,
  [part~='bottleneck-flag'] {
    fill: var(--_bottleneck);
    font-weight: 600;
  }
  [part~='edge'] {
    fill: none;
    stroke: var(--_edge);
    stroke-width: 1.5;
  }
  [part~='edge'][part~='back'] {
    stroke: var(--_back);
    stroke-dasharray: 5 3;
  }
  marker path {
    fill: var(--_edge);
  }
  marker#back path {
    fill: var(--_back);
  }
  [part~='edge-count'] {
    fill: var(--_muted);
    text-anchor: middle;
  }
  [part~='empty'],
  [part~='error'] {
    margin: 0;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
