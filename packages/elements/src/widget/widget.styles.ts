import { css } from 'lit';

/** The card look and the parts every widget shares (heading, empty state, tables, item buttons). */
export const widgetStyles = css`
  :host {
    --_surface: var(--rl-widget-background, var(--rl-color-surface, #ffffff));
    --_border: var(--rl-color-border, #d9dde5);
    --_muted: var(--rl-color-text-muted, #5b6475);
    --_accent: var(--rl-color-accent, #2f6fed);
    --_success: var(--rl-color-success, #2e9e5b);
    --_warning: var(--rl-color-warning, #c77800);
    --_danger: var(--rl-color-danger, #d93f3f);
    --_track: var(--rl-color-track, #e6e9ef);
    display: block;
    padding: var(--rl-space-3, 12px);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 6px);
    overflow: auto;
  }
  [part='heading'] {
    margin: 0 0 var(--rl-space-2, 8px);
    /* Keeps the end of the heading row clear of what a container lays over it (the dashboard's handle). */
    padding-inline-end: var(--rl-widget-heading-inset-end, 0px);
    font-size: 1em;
    font-weight: 600;
  }
  [part='empty'] {
    margin: 0;
    color: var(--_muted);
  }
  [part='error'] {
    margin: 0;
    color: var(--_danger);
  }
  svg {
    display: block;
    max-width: 100%;
    overflow: visible;
  }
  svg text {
    fill: var(--_muted);
    font-size: var(--rl-font-size-small, 12px);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--rl-font-size-small, 12px);
  }
  th,
  td {
    padding: 4px 6px;
    text-align: start;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  ul[part~='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul[part~='list'] > li {
    display: flex;
    gap: var(--rl-space-2, 8px);
    align-items: baseline;
    padding: 4px 0;
    border-bottom: 1px solid var(--_border);
  }
  button[part~='item'] {
    all: unset;
    cursor: pointer;
    color: inherit;
    text-decoration: underline;
    text-decoration-color: var(--_border);
    text-underline-offset: 3px;
    border-radius: 2px;
  }
  button[part~='item']:hover {
    text-decoration-color: currentColor;
  }
  button[part~='item']:focus-visible {
    outline: var(--rl-focus-ring-width, 2px) solid var(--rl-color-focus, #2f6fed);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0 6px;
    border-radius: 999px;
    border: 1px solid;
    font-size: var(--rl-font-size-small, 12px);
    white-space: nowrap;
  }
  /* Verdict colors mark borders and dots, never text: the text keeps its contrast in every theme. */
  .badge::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 4px;
    border-radius: 50%;
    background: var(--_mark, var(--_muted));
  }
  .badge {
    border-color: var(--_mark, var(--_border));
  }
  .late,
  .over {
    --_mark: var(--_danger);
  }
  .at-risk {
    --_mark: var(--_warning);
  }
  .on-track,
  .done {
    --_mark: var(--_success);
  }
  .grow {
    flex: 1;
    min-width: 0;
  }
`;
