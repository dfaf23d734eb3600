import { css } from 'lit';

export const exportMenuStyles = css`
  :host {
    display: inline-block;
    font-family: var(--rl-font-family, system-ui, sans-serif);
    font-size: var(--rl-font-size, 14px);
  }
  select {
    font: inherit;
    color: var(--rl-color-text, #1d2433);
    padding: 2px 6px;
    background: var(--rl-color-surface, #ffffff);
    border: 1px solid var(--rl-color-border, #d0d5de);
    border-radius: 4px;
  }
`;
