import { css } from 'lit';

export const statusChartStyles = css`
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rl-space-3, 12px);
    align-items: center;
  }
  [part~='slice'] {
    stroke: var(--_surface);
    stroke-width: 1;
  }
  [part='total'] {
    font-size: 18px;
    font-weight: 600;
    fill: var(--rl-color-text, #1d2330);
  }
  [part='legend'] {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--rl-font-size-small, 12px);
  }
  [part='legend'] li {
    display: flex;
    gap: 6px;
    align-items: center;
  }
  .swatch svg {
    display: inline-block;
  }
`;
