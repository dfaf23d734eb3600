import { css } from 'lit';

/**
 * The layout of a chart widget (burndown, cumulative flow): a column where the chart takes the
 * height heading and legend leave, so the legend always shows; half as high as wide where the
 * card's height is not set. Grid lines and the legend row too.
 */
export const chartCardStyles = css`
  :host {
    display: flex;
    flex-direction: column;
  }
  [part='heading'],
  [part='legend'] {
    flex: none;
  }
  [part='chart'] {
    flex: 1 1 auto;
    width: 100%;
    height: auto;
    min-height: 0;
    aspect-ratio: 2 / 1;
  }
  .grid {
    stroke: var(--_border);
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--rl-space-3, 12px);
    margin: var(--rl-space-1, 4px) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--rl-font-size-small, 12px);
  }
`;
