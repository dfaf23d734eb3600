import { css } from 'lit';

export const networkStyles = css`
  :host {
    --_bg: var(--rl-network-background, var(--rl-color-surface, #ffffff));
    --_card: var(--rl-network-card-background, var(--rl-color-surface-raised, #f6f7f9));
    --_node-border: var(--rl-network-card-border-color, var(--rl-color-border, #d9dde5));
    --_muted: var(--rl-network-muted-color, var(--rl-color-text-muted, #5b6475));
    --_critical: var(--rl-network-critical-color, var(--rl-color-critical, #d93f3f));
    --_milestone: var(--rl-network-milestone-color, var(--rl-color-warning, #c77800));
    --_edge: var(--rl-network-edge-color, var(--rl-color-text-muted, #5b6475));
    --_frame: var(--rl-network-frame-color, var(--rl-color-border, #d9dde5));
    --_selected: var(--rl-network-selected-color, var(--rl-color-focus, #2f6fed));
    --_accent: var(--rl-color-accent, #2f6fed);
    display: block;
    position: relative;
    height: var(--rl-network-height, 480px);
    background: var(--_bg);
    border: 1px solid var(--_frame);
    overflow: hidden;
  }
  .viewport {
    position: absolute;
    inset: 0;
    overflow: hidden;
    touch-action: none;
    user-select: none;
    cursor: grab;
  }
  .viewport:focus-visible {
    outline-offset: -2px;
  }
  svg.content,
  canvas.overview {
    position: absolute;
    inset: 0;
    display: block;
  }
  text {
    fill: currentColor;
    font-size: var(--rl-font-size-small, 12px);
    dominant-baseline: central;
  }
  [part~='node'] {
    cursor: pointer;
    outline: none;
  }
  [part~='node'] .shape {
    fill: var(--_card);
    stroke: var(--_node-border);
    stroke-width: 1;
  }
  [part~='node'] .stack {
    fill: none;
    stroke: var(--_node-border);
  }
  .texts .name {
    font-weight: 600;
    font-size: var(--rl-font-size, 14px);
  }
  .texts .meta {
    fill: var(--_muted);
  }
  [part~='milestone'] .shape {
    fill: var(--_milestone);
  }
  [part~='critical'] .shape {
    stroke: var(--_critical);
    stroke-width: 2;
  }
  .texts.critical .slack {
    fill: var(--_critical);
  }
  [part~='node'] .outline {
    fill: none;
    stroke: var(--_selected);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  [part~='selected'] .outline,
  [part~='node']:focus-visible .outline {
    stroke-dasharray: none;
  }
  [part~='link-target'] .shape {
    stroke: var(--_selected);
    stroke-width: 3;
  }
  .avatar {
    fill: var(--_accent);
  }
  .avatar-text {
    fill: var(--rl-color-accent-contrast, #ffffff);
    font-size: 9px;
  }
  .handle {
    fill: var(--_bg);
    stroke: var(--_selected);
    stroke-width: 2;
    cursor: crosshair;
    opacity: 0;
  }
  [part~='node']:hover .handle,
  [part~='hovered'] .handle,
  [part~='selected'] .handle,
  [part~='node']:focus .handle {
    opacity: 1;
  }
  [part~='frame'] .frame {
    fill: color-mix(in srgb, var(--_frame) 18%, transparent);
    stroke: var(--_frame);
  }
  .frame-title {
    fill: var(--_muted);
    font-weight: 600;
  }
  .toggle {
    cursor: pointer;
  }
  .toggle rect {
    fill: var(--_bg);
    stroke: var(--_frame);
  }
  .toggle path {
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  [part~='edge'] .line {
    fill: none;
    stroke: var(--_edge);
    stroke-width: 1.25;
  }
  [part~='edge'] .head {
    fill: var(--_edge);
  }
  [part~='edge'] .hit {
    fill: none;
    stroke: transparent;
    stroke-width: 10;
    cursor: pointer;
  }
  [part~='edge'][part~='critical'] .line {
    stroke: var(--_critical);
    stroke-width: 2;
  }
  [part~='edge'][part~='critical'] .head {
    fill: var(--_critical);
  }
  [part~='edge'][part~='selected'] .line {
    stroke: var(--_selected);
    stroke-width: 3;
  }
  [part~='edge-label'] {
    fill: var(--_muted);
    font-size: 10px;
  }
  [part~='link-preview'] {
    stroke: var(--_selected);
    stroke-width: 2;
    stroke-dasharray: 5 4;
    fill: none;
    pointer-events: none;
  }
  [part~='controls'] {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-end: 8px;
    display: flex;
    gap: 4px;
  }
  [part~='controls'] button {
    font: inherit;
    min-width: 28px;
    height: 28px;
    border: 1px solid var(--_frame);
    border-radius: var(--rl-radius, 6px);
    background: var(--_card);
    color: inherit;
    cursor: pointer;
  }
  [part~='minimap'] {
    position: absolute;
    inset-block-end: 8px;
    inset-inline-end: 8px;
    width: 180px;
    height: 120px;
    border: 1px solid var(--_frame);
    background: var(--_bg);
    cursor: pointer;
  }
  [part~='minimap'] canvas {
    display: block;
    width: 100%;
    height: 100%;
  }
  .view-box {
    position: absolute;
    left: var(--_vx);
    top: var(--_vy);
    width: var(--_vw);
    height: var(--_vh);
    border: 2px solid var(--_selected);
    pointer-events: none;
  }
  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
  }
`;
