import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    --_handle-size: 24px;
    --_handle-inset: 6px;
    display: block;
    container-type: inline-size;
    padding: var(--rl-dashboard-padding, var(--rl-space-3, 12px));
    background: var(--rl-dashboard-background, var(--rl-color-surface-raised, #f6f7f9));
  }
  [part='heading'] {
    margin: 0 0 var(--rl-space-3, 12px);
    font-size: 1.25em;
  }
  [part='grid'] {
    display: grid;
    grid-template-columns: repeat(var(--_columns, 12), minmax(0, 1fr));
    grid-auto-rows: var(--_row-height, 120px);
    gap: var(--rl-dashboard-gap, var(--rl-space-3, 12px));
  }
  [part~='widget'] {
    position: relative;
    min-width: 0;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  [part~='widget'] > :not([part='handle']):not([part='resize']) {
    flex: 1;
    min-height: 0;
    /* The handle sits over the widget's top end: its heading row (a title, a percentage) ends before it. */
    --rl-widget-heading-inset-end: calc(var(--_handle-inset) + var(--_handle-size) + 4px - var(--rl-space-3, 12px));
  }
  [part~='dragging'] {
    opacity: 0.85;
    outline: 2px dashed var(--rl-color-accent, #2f6fed);
    outline-offset: 2px;
    z-index: 1;
  }
  [part='handle'] {
    position: absolute;
    top: var(--_handle-inset);
    inset-inline-end: var(--_handle-inset);
    z-index: 1;
    display: grid;
    place-items: center;
    width: var(--_handle-size);
    height: var(--_handle-size);
    padding: 0;
    border: 1px solid var(--rl-color-border, #d9dde5);
    border-radius: 4px;
    background: var(--rl-color-surface, #ffffff);
    color: var(--rl-color-text-muted, #5b6475);
    cursor: grab;
    touch-action: none;
  }
  [part='handle'] path {
    stroke: currentColor;
    stroke-width: 1.5;
  }
  [part='resize'] {
    position: absolute;
    right: 0;
    bottom: 0;
    width: 14px;
    height: 14px;
    cursor: nwse-resize;
    touch-action: none;
    background: linear-gradient(135deg, transparent 50%, var(--rl-color-border, #d9dde5) 50%);
    border-bottom-right-radius: var(--rl-radius, 6px);
  }
  @container (max-width: 640px) {
    [part='grid'] {
      grid-auto-rows: minmax(var(--_row-height, 120px), auto);
    }
    [part~='widget'] {
      grid-column: 1 / -1 !important;
      grid-row: auto !important;
      min-height: calc(var(--_row-height, 120px) * 2);
    }
    [part='resize'] {
      display: none;
    }
  }
`;
