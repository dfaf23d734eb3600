import { css } from 'lit';

/*
 * A tile is two lines: its name, then its number with the caption beside it. Tiles are as wide as
 * their content on one line (a long finish date, "in the next 14 days") and share out what is
 * left, so a row of tiles fits a one-row dashboard widget without cutting a line off; when the
 * widget is narrower, tiles wrap onto further rows, and a tile alone on a row too narrow for it
 * lets its caption wrap rather than overflow.
 */
export const kpiStyles = css`
  [part='tiles'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rl-space-2, 8px);
    margin: 0;
  }
  [part~='tile'] {
    flex: 1 1 auto;
    min-width: 0;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 6px;
    align-items: baseline;
    padding: 4px var(--rl-space-2, 8px);
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 6px);
    background: var(--rl-color-surface-raised, #f6f7f9);
    line-height: 1.2;
  }
  dt {
    grid-column: 1 / -1;
    font-size: var(--rl-font-size-small, 12px);
    color: var(--_muted);
    white-space: nowrap;
  }
  dd {
    margin: 0;
  }
  [part='value'] {
    font-size: var(--rl-kpi-value-size, 24px);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  dd.muted {
    font-size: var(--rl-font-size-small, 12px);
  }
`;
