import { css } from 'lit';

export const progressStyles = css`
  :host {
    --_bar-color: var(--rl-progress-bar-color, var(--rl-color-accent, #2f6fed));
    --_track-color: var(--rl-progress-track-color, var(--rl-color-track, #e6e9ef));
    --_bar-height: var(--rl-progress-bar-height, 10px);
    --_expected-color: var(--rl-progress-expected-color, var(--rl-color-text, #1d2433));
    display: block;
    padding: var(--rl-space-3, 12px);
    background: var(--rl-progress-background, var(--rl-color-surface, #ffffff));
    border: 1px solid var(--rl-color-border, #d9dde5);
    border-radius: var(--rl-radius, 6px);
  }
  [part='label'] {
    display: flex;
    justify-content: space-between;
    gap: var(--rl-space-2, 8px);
    margin: 0 0 var(--rl-space-2, 8px);
    /* The percentage ends the row: keep it clear of what a container lays over it (the dashboard's handle). */
    padding-inline-end: var(--rl-widget-heading-inset-end, 0px);
    font-weight: 600;
  }
  [part='value'] {
    font-variant-numeric: tabular-nums;
  }
  svg {
    display: block;
    width: 100%;
    height: var(--_bar-height);
  }
  [part~='track'] {
    fill: var(--_track-color);
  }
  [part~='bar'] {
    fill: var(--_bar-color);
  }
  [part~='expected'] {
    stroke: var(--_expected-color);
    stroke-width: 2px;
  }
  [part='expected-text'] {
    margin: var(--rl-space-1, 4px) 0 0;
    font-size: var(--rl-font-size-small, 12px);
    color: var(--rl-color-text-muted, #5b6475);
  }
  [part='breakdown'] {
    display: grid;
    gap: var(--rl-space-1, 4px);
    margin: var(--rl-space-3, 12px) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--rl-font-size-small, 12px);
  }
  [part='row'] {
    display: grid;
    grid-template-columns: minmax(4em, 30%) minmax(60px, 1fr) 3.5em;
    gap: var(--rl-space-2, 8px);
    align-items: center;
  }
  [part='row-label'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='row-value'] {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  [part='more'] {
    margin: var(--rl-space-1, 4px) 0 0;
    font-size: var(--rl-font-size-small, 12px);
    color: var(--rl-color-text-muted, #5b6475);
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rl-space-3, 12px);
    margin: var(--rl-space-2, 8px) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--rl-font-size-small, 12px);
    color: var(--rl-color-text-muted, #5b6475);
  }
  [part='error'] {
    color: var(--rl-color-danger, #d93f3f);
  }
`;
