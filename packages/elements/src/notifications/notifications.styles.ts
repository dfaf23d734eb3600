import { css } from 'lit';

export const notificationsStyles = css`
  :host {
    --_surface: var(--rl-notifications-background, var(--rl-color-surface, #ffffff));
    --_text: var(--rl-color-text, #1d2330);
    --_muted: var(--rl-color-text-muted, #5b6475);
    --_border: var(--rl-color-border, #d9dde5);
    --_accent: var(--rl-notifications-badge-color, var(--rl-color-accent, #2f6fed));
    --_accent-contrast: var(--rl-color-accent-contrast, #ffffff);
    --_focus: var(--rl-color-focus, #2f6fed);
    display: inline-block;
    position: relative;
    font-family: var(--rl-font-family, system-ui, sans-serif);
    font-size: var(--rl-font-size, 14px);
    color: var(--_text);
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 6px);
    cursor: pointer;
  }
  button:focus-visible {
    outline: var(--rl-focus-ring-width, 2px) solid var(--_focus);
    outline-offset: 1px;
  }
  [part~='bell'] {
    display: inline-flex;
    align-items: center;
    gap: var(--rl-space-1, 4px);
    padding: var(--rl-space-1, 4px) var(--rl-space-2, 8px);
  }
  [part~='bell'] svg {
    width: 16px;
    height: 16px;
    fill: currentColor;
  }
  [part~='count'] {
    min-width: 1.5em;
    padding: 0 4px;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: var(--rl-font-size-small, 12px);
    text-align: center;
  }
  [part~='popup'] {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + var(--rl-space-1, 4px));
    z-index: 10;
    width: var(--rl-notifications-width, 320px);
    max-height: var(--rl-notifications-max-height, 360px);
    overflow: auto;
    padding: var(--rl-space-2, 8px);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 6px);
    box-shadow: 0 4px 16px color-mix(in srgb, var(--_text) 20%, transparent);
  }
  [part~='popup'][hidden] {
    display: none;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--rl-space-2, 8px);
    margin-bottom: var(--rl-space-2, 8px);
  }
  h2 {
    margin: 0;
    font-size: inherit;
    font-weight: 600;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='entry'] {
    display: flex;
    gap: var(--rl-space-1, 4px);
    align-items: flex-start;
    padding: var(--rl-space-1, 4px) 0;
    border-top: 1px solid var(--_border);
  }
  [part~='open'] {
    flex: 1;
    min-width: 0;
    text-align: start;
    border-color: transparent;
    padding: 2px 4px;
  }
  [part~='unread'] [part~='open'] {
    font-weight: 600;
  }
  .message {
    display: block;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .at {
    display: block;
    color: var(--_muted);
    font-size: var(--rl-font-size-small, 12px);
    font-weight: normal;
  }
  [part~='mark-read'],
  [part~='mark-all'] {
    flex: none;
    padding: 0 6px;
  }
  [part~='empty'] {
    margin: 0;
    color: var(--_muted);
  }
`;
