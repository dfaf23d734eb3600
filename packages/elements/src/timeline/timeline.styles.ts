import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_bg: var(--rl-timeline-background, var(--rl-color-surface, #ffffff));
    --_header-bg: var(--rl-timeline-header-background, var(--rl-color-surface-raised, #f6f7f9));
    --_line: var(--rl-timeline-line-color, var(--rl-color-border, #d9dde5));
    --_row-alt: var(--rl-timeline-row-alt-color, transparent);
    --_nonworking: var(--rl-timeline-nonworking-color, var(--rl-color-surface-raised, #f6f7f9));
    --_bar: var(--rl-timeline-bar-color, var(--rl-color-accent, #2f6fed));
    --_bar-track: var(--rl-timeline-bar-track-color, var(--rl-color-track, #e6e9ef));
    --_summary: var(--rl-timeline-summary-color, var(--rl-color-text, #1d2330));
    --_milestone: var(--rl-timeline-milestone-color, var(--rl-color-warning, #c77800));
    --_critical: var(--rl-timeline-critical-color, var(--rl-color-critical, #d93f3f));
    --_baseline: var(--rl-timeline-baseline-color, var(--rl-color-text-muted, #5b6475));
    --_baseline-compare: var(--rl-timeline-compare-baseline-color, var(--rl-color-warning, #c77800));
    --_deadline: var(--rl-timeline-deadline-color, var(--rl-color-success, #2e9e5b));
    --_late: var(--rl-timeline-late-color, var(--rl-color-danger, #d93f3f));
    --_arrow: var(--rl-timeline-arrow-color, var(--rl-color-text-muted, #5b6475));
    --_today: var(--rl-timeline-today-color, var(--rl-color-danger, #d93f3f));
    --_selected: var(--rl-timeline-selected-color, var(--rl-color-focus, #2f6fed));
    --_muted: var(--rl-color-text-muted, #5b6475);
    display: block;
    position: relative;
    height: 400px;
    background: var(--_bg);
    border: 1px solid var(--_line);
    overflow: hidden;
  }
  .scroller {
    position: absolute;
    inset: 0;
    overflow: auto;
    /* The element mirrors time itself in right-to-left; the scroll axis stays left-to-right. */
    direction: ltr;
    touch-action: pan-x pan-y;
    overscroll-behavior: contain;
  }
  [part~='header'] {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_header-bg);
    border-bottom: 1px solid var(--_line);
  }
  .body {
    position: relative;
  }
  svg.layer {
    position: absolute;
    display: block;
    overflow: visible;
  }
  text {
    fill: currentColor;
    font-size: var(--rl-font-size-small, 12px);
    dominant-baseline: central;
    user-select: none;
  }
  [part~='header-cell'] {
    fill: none;
    stroke: var(--_line);
  }
  [part~='header-label'] {
    fill: var(--_muted);
  }
  [part~='row'] {
    fill: transparent;
    stroke: var(--_line);
    stroke-opacity: 0.5;
  }
  [part~='row'][part~='alt'] {
    fill: var(--_row-alt);
  }
  [part~='row'][part~='selected'] {
    fill: var(--_selected);
    fill-opacity: 0.08;
  }
  [part~='nonworking'] {
    fill: var(--_nonworking);
  }
  [part~='today'] {
    stroke: var(--_today);
    stroke-width: 2;
  }
  [part~='bar'] {
    cursor: grab;
    outline: none;
  }
  [part~='bar'][part~='readonly'] {
    cursor: default;
  }
  .track {
    fill: var(--_bar-track);
    stroke: var(--_bar);
  }
  .fill {
    fill: var(--_bar);
  }
  [part~='critical'] .track {
    stroke: var(--_critical);
  }
  [part~='critical'] .fill,
  [part~='critical'][part~='milestone'] .shape {
    fill: var(--_critical);
  }
  [part~='summary'] .shape {
    fill: var(--_summary);
  }
  [part~='summary'] .fill {
    fill: var(--_bar);
  }
  /* Scheduled by hand: a dashed outline and a lighter body, as Microsoft Project draws them. */
  [part~='manual'] .track {
    stroke-dasharray: 4 2;
    fill-opacity: 0.5;
  }
  [part~='manual'] .fill {
    fill-opacity: 0.6;
  }
  [part~='deadline'] {
    fill: var(--_deadline);
    pointer-events: none;
  }
  [part~='deadline'][part~='late'] {
    fill: var(--_late);
  }
  [part~='bar'][part~='late'] .track {
    stroke: var(--_late);
    stroke-width: 2;
  }
  [part~='milestone'] .shape {
    fill: var(--_milestone);
  }
  [part~='bar']:focus-visible .outline,
  [part~='bar'][part~='selected'] .outline {
    fill: none;
    stroke: var(--_selected);
    stroke-width: var(--rl-focus-ring-width, 2px);
  }
  .outline {
    fill: none;
  }
  .handle {
    fill: var(--_bg);
    stroke: var(--_bar);
    opacity: 0;
  }
  [part~='bar']:hover .handle,
  [part~='bar']:focus-visible .handle {
    opacity: 1;
  }
  [part~='bar-label'] {
    fill: var(--rl-color-text, #1d2330);
    pointer-events: none;
  }
  [part~='baseline'] {
    fill: var(--_baseline);
    fill-opacity: 0.45;
  }
  [part~='baseline'][part~='compare'] {
    fill: var(--_baseline-compare);
    fill-opacity: 0.8;
  }
  [part~='arrow'] {
    fill: none;
    stroke: var(--_arrow);
    stroke-width: 1.25;
    pointer-events: none;
  }
  [part~='arrow-head'] {
    fill: var(--_arrow);
    pointer-events: none;
  }
  [part~='arrow'][part~='critical'] {
    stroke: var(--_critical);
  }
  [part~='arrow-head'][part~='critical'] {
    fill: var(--_critical);
  }
  [part~='arrow'][part~='selected'] {
    stroke: var(--_selected);
    stroke-width: 2.5;
  }
  [part~='arrow-head'][part~='selected'] {
    fill: var(--_selected);
  }
  .arrow-hit {
    fill: none;
    stroke: transparent;
    stroke-width: 10;
    cursor: pointer;
    pointer-events: stroke;
  }
  [part~='link-preview'] {
    stroke: var(--_selected);
    stroke-dasharray: 4 3;
    pointer-events: none;
  }
  [part~='tooltip'] {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 3;
    max-width: 280px;
    padding: var(--rl-space-2, 8px);
    border-radius: var(--rl-radius, 6px);
    background: var(--rl-timeline-tooltip-background, var(--rl-color-text, #1d2330));
    color: var(--rl-timeline-tooltip-color, var(--rl-color-surface, #ffffff));
    font-size: var(--rl-font-size-small, 12px);
    pointer-events: none;
  }
  [part~='tooltip'] dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 8px;
    margin: 4px 0 0;
  }
  [part~='tooltip'] dd {
    margin: 0;
  }
  [part~='tooltip'] strong {
    display: block;
  }
  [part='error'] {
    color: var(--rl-color-danger, #d93f3f);
    padding: var(--rl-space-3, 12px);
  }
  @media (forced-colors: active) {
    .fill,
    [part~='milestone'] .shape,
    [part~='summary'] .shape {
      fill: Highlight;
    }
    .track {
      stroke: CanvasText;
    }
    [part~='summary'] .fill {
      fill: CanvasText;
    }
  }
`;
