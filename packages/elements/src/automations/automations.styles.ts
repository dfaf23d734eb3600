import { css } from 'lit';

export const automationsStyles = css`
  :host {
    --_surface: var(--rl-automations-background, var(--rl-color-surface, #ffffff));
    --_text: var(--rl-color-text, #1d2330);
    --_muted: var(--rl-color-text-muted, #5b6475);
    --_border: var(--rl-color-border, #d9dde5);
    --_accent: var(--rl-automations-accent, var(--rl-color-accent, #2f6fed));
    --_accent-contrast: var(--rl-color-accent-contrast, #ffffff);
    --_danger: var(--rl-color-danger, #c62828);
    --_focus: var(--rl-color-focus, #2f6fed);
    display: block;
    padding: var(--rl-space-2, 8px);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--rl-font-family, system-ui, sans-serif);
    font-size: var(--rl-font-size, 14px);
  }
  h2,
  h3,
  h4 {
    margin: var(--rl-space-2, 8px) 0 var(--rl-space-1, 4px);
    font-size: inherit;
    font-weight: 600;
  }
  h2 {
    font-size: 1.15em;
  }
  h4 {
    color: var(--_muted);
    font-weight: 500;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 4px);
    padding: 2px 8px;
  }
  button {
    cursor: pointer;
  }
  :is(button, input, select, [role='listbox']):focus-visible {
    outline: var(--rl-focus-ring-width, 2px) solid var(--_focus);
    outline-offset: 1px;
  }
  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='rule'],
  [part~='recipe'] {
    display: flex;
    gap: var(--rl-space-2, 8px);
    align-items: center;
    padding: var(--rl-space-1, 4px) 0;
    border-top: 1px solid var(--_border);
  }
  .grow {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part~='sentence'] strong,
  [part~='recipe'] strong,
  [part~='preview'] strong {
    font-weight: 600;
  }
  [part~='switch'] {
    flex: none;
    position: relative;
    width: 2.4em;
    height: 1.4em;
    padding: 0;
    border-radius: 999px;
    background: var(--_border);
  }
  [part~='switch']::after {
    content: '';
    position: absolute;
    top: 2px;
    inset-inline-start: 2px;
    width: calc(1.4em - 6px);
    height: calc(1.4em - 6px);
    border-radius: 50%;
    background: var(--_surface);
    border: 1px solid var(--_text);
  }
  [part~='switch'][aria-checked='true'] {
    background: var(--_accent);
  }
  [part~='switch'][aria-checked='true']::after {
    inset-inline-start: calc(100% - 1.4em + 4px);
  }
  [part~='off'] [part~='sentence'] {
    color: var(--_muted);
  }
  [part~='editor'] {
    margin: var(--rl-space-2, 8px) 0;
    padding: var(--rl-space-2, 8px);
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 6px);
  }
  fieldset {
    margin: var(--rl-space-2, 8px) 0;
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 4px);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rl-space-1, 4px);
    align-items: center;
    margin: var(--rl-space-1, 4px) 0;
  }
  .rows > li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rl-space-1, 4px);
    align-items: center;
    padding: var(--rl-space-1, 4px) 0;
  }
  .blank-wrap {
    position: relative;
    display: inline-block;
  }
  [part~='blank'] {
    font-weight: 600;
    border-style: dashed;
  }
  [part~='blank'][aria-invalid='true'],
  [part~='blank-input'][aria-invalid='true'] {
    border-color: var(--_danger);
    border-style: solid;
  }
  [part~='menu'] {
    position: absolute;
    z-index: 10;
    top: calc(100% + 2px);
    inset-inline-start: 0;
    min-width: 12em;
    max-height: 16em;
    overflow: auto;
    padding: 2px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 4px);
    box-shadow: 0 4px 16px color-mix(in srgb, var(--_text) 20%, transparent);
  }
  [part~='option'] {
    padding: 2px 8px;
    border-radius: 3px;
    cursor: pointer;
    white-space: nowrap;
  }
  [part~='option'][aria-selected='true'] {
    font-weight: 600;
  }
  [part~='option'][aria-selected='true']::before {
    content: '✓ ';
  }
  [part~='active'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  [part~='field-error'],
  [part~='form-error'] {
    padding-inline-start: 6px;
    border-inline-start: 3px solid var(--_danger);
    font-size: var(--rl-font-size-small, 12px);
  }
  .hint,
  .muted,
  [part~='empty'],
  [part~='log-empty'] {
    color: var(--_muted);
    font-size: var(--rl-font-size-small, 12px);
  }
  .buttons {
    display: flex;
    gap: var(--rl-space-2, 8px);
  }
  [part~='save'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
    border-color: var(--_accent);
  }
  [part~='log-table'] {
    width: 100%;
    border-collapse: collapse;
  }
  [part~='log-table'] :is(th, td) {
    padding: 2px 6px;
    text-align: start;
    vertical-align: top;
    border-top: 1px solid var(--_border);
  }
  [part~='failed'] td:first-child,
  [part~='loop'] td:first-child {
    font-weight: 600;
    border-inline-start: 3px solid var(--_danger);
  }
`;
