import { css } from 'lit';

export const importStyles = css`
  :host {
    --_line: 1px solid var(--rl-color-border, #d0d5de);
    --_accent: var(--rl-color-accent, #2f6fed);
    display: block;
    color: var(--rl-color-text, #1d2433);
    background: var(--rl-color-surface, #ffffff);
    font-family: var(--rl-font-family, system-ui, sans-serif);
    font-size: var(--rl-font-size, 14px);
  }
  [part='wizard'] {
    display: flex;
    flex-direction: column;
    gap: var(--rl-space-2, 8px);
  }
  h2 {
    font-size: 1.15em;
  }
  .drop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--rl-space-2, 8px);
    padding: var(--rl-space-3, 12px);
    border: 2px dashed var(--rl-import-drop-border, var(--rl-color-border, #d0d5de));
    border-radius: 6px;
  }
  .drop.dragging {
    border-color: var(--rl-import-drop-active, var(--_accent));
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  input:not([type='radio']),
  select {
    padding: 2px 6px;
    background: var(--rl-color-surface, #ffffff);
    border: var(--_line);
    border-radius: 4px;
  }
  button {
    padding: 3px 10px;
    background: var(--rl-color-surface-raised, #f6f7f9);
    border: var(--_line);
    border-radius: 4px;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--rl-color-accent-contrast, #ffffff);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  h2,
  p {
    margin: 0;
  }
  [part='error'] {
    color: var(--rl-color-danger, #c62828);
  }
  .scroll {
    max-block-size: 22em;
    overflow: auto;
    border: var(--_line);
    border-radius: 4px;
  }
  table {
    border-collapse: collapse;
    min-inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 4px 6px;
  }
  th,
  td {
    padding: 3px 6px;
    text-align: start;
    border-block-start: var(--_line);
    white-space: nowrap;
    max-inline-size: 20em;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: top;
  }
  [part~='issue'] td:last-child {
    white-space: normal;
  }
  td[part~='issue'] {
    background: var(--rl-import-issue-background, color-mix(in srgb, var(--rl-color-warning, #b26a00) 20%, transparent));
  }
  .severity {
    font-weight: 600;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rl-space-2, 8px) var(--rl-space-3, 12px);
    margin: 0;
    border: var(--_line);
    border-radius: 4px;
  }
  .inline {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .actions {
    display: flex;
    gap: var(--rl-space-2, 8px);
  }
`;
