import { css } from 'lit';

export const cumulativeFlowStyles = css`
  [part~='band'] {
    stroke: var(--_surface);
    stroke-width: 0.5;
    fill-opacity: 0.85;
  }
  [part='legend'] svg {
    display: inline-block;
    margin-inline-end: 4px;
    vertical-align: middle;
  }
`;
