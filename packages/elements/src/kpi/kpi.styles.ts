import { css } from 'lit';

export const kpiStyles = css`
  [part='tiles'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(110px, 1fr));
    gap: var(--rl-space-2, 8px);
    margin: 0;
  }
  [part~='tile'] {
    padding: var(--rl-space-2, 8px);
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 6px);
    background: var(--rl-color-surface-raised, #f6f7f9);
  }
  dt {
    font-size: var(--rl-font-size-small, 12px);
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  [part='value'] {
    font-size: var(--rl-kpi-value-size, 24px);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  dd.muted {
    font-size: var(--rl-font-size-small, 12px);
  }
`;
