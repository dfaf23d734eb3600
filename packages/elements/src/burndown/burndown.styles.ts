import { css } from 'lit';

export const burndownStyles = css`
  :host {
    --_planned: var(--rl-burndown-planned-color, var(--rl-color-text-muted, #5b6475));
    --_actual: var(--rl-burndown-actual-color, var(--rl-color-accent, #2f6fed));
    --_forecast: var(--rl-burndown-forecast-color, var(--rl-color-warning, #c77800));
  }
  path {
    fill: none;
    stroke-width: 2;
  }
  [part='planned'] {
    stroke: var(--_planned);
    stroke-dasharray: 5 4;
  }
  [part='actual'] {
    stroke: var(--_actual);
  }
  [part='forecast'] {
    stroke: var(--_forecast);
    stroke-dasharray: 2 3;
  }
  [part='scope'] {
    stroke: var(--_muted);
  }
  [part='today'] {
    stroke: var(--_danger);
    stroke-width: 1;
  }
  [part='legend'] li::before {
    content: '';
    display: inline-block;
    width: 16px;
    height: 0;
    margin-inline-end: 4px;
    vertical-align: middle;
    border-top: 2px solid var(--_c);
  }
  .planned {
    --_c: var(--_planned);
  }
  .actual {
    --_c: var(--_actual);
  }
  .forecast {
    --_c: var(--_forecast);
  }
  .planned::before {
    border-top-style: dashed !important;
  }
  .forecast::before {
    border-top-style: dotted !important;
  }
`;
