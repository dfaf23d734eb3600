import { css } from 'lit';

/**
 * The editing chrome every view shares: the confirm dialog and the task menu (a context menu of
 * `menuitem`s at the pointer or the focused item). Semantic tokens only.
 */
export const editingStyles = css`
  dialog.confirm {
    max-width: min(420px, 90vw);
    padding: var(--rl-space-3, 12px) calc(var(--rl-space-3, 12px) * 1.5);
    color: var(--rl-color-text, #1d2330);
    background: var(--rl-color-surface, #ffffff);
    border: 1px solid var(--rl-color-border, #d9dde5);
    border-radius: var(--rl-radius, 6px);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.24);
    font: inherit;
  }
  dialog.confirm::backdrop {
    background: rgb(0 0 0 / 0.24);
  }
  .confirm-buttons {
    display: flex;
    justify-content: flex-end;
    gap: var(--rl-space-2, 8px);
  }
  .confirm-buttons button,
  .task-menu [role='menuitem'] {
    font: inherit;
    color: inherit;
  }
  .confirm-buttons button {
    padding: var(--rl-space-1, 4px) var(--rl-space-3, 12px);
    background: var(--rl-color-surface-raised, #f6f7f9);
    border: 1px solid var(--rl-color-border, #d9dde5);
    border-radius: var(--rl-radius, 6px);
    cursor: pointer;
  }
  .confirm-buttons button[value='yes'] {
    color: var(--rl-color-accent-contrast, #ffffff);
    background: var(--rl-color-accent, #2f6fed);
    border-color: var(--rl-color-accent, #2f6fed);
  }
  .task-menu {
    position: fixed;
    z-index: 20;
    min-width: 200px;
    margin: 0;
    padding: var(--rl-space-1, 4px) 0;
    color: var(--rl-color-text, #1d2330);
    background: var(--rl-color-surface-raised, #f6f7f9);
    border: 1px solid var(--rl-color-border, #d9dde5);
    border-radius: var(--rl-radius, 6px);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.16);
  }
  .task-menu [role='menuitem'] {
    display: block;
    width: 100%;
    padding: var(--rl-space-1, 4px) var(--rl-space-3, 12px);
    text-align: start;
    white-space: nowrap;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .task-menu [role='menuitem'][aria-disabled='true'] {
    color: var(--rl-color-text-muted, #5b6475);
    cursor: default;
  }
  .task-menu [role='menuitem']:hover,
  .task-menu [role='menuitem']:focus {
    background: color-mix(in srgb, var(--rl-color-accent, #2f6fed) 14%, transparent);
    outline: none;
  }
  .task-menu [role='menuitem']:focus-visible {
    outline: 2px solid var(--rl-color-focus, #2f6fed);
    outline-offset: -2px;
  }
  .task-menu [role='separator'] {
    height: 1px;
    margin: var(--rl-space-1, 4px) 0;
    background: var(--rl-color-border, #d9dde5);
  }
`;

/** An empty view's invitation, centred in the view's box. */
export const emptyStateStyles = css`
  .empty-state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--rl-space-2, 8px);
    padding: var(--rl-space-3, 12px);
    color: var(--rl-color-text-muted, #5b6475);
    text-align: center;
  }
  .empty-state p {
    margin: 0;
  }
  .empty-state button {
    font: inherit;
    padding: var(--rl-space-1, 4px) var(--rl-space-3, 12px);
    color: var(--rl-color-accent-contrast, #ffffff);
    background: var(--rl-color-accent, #2f6fed);
    border: 1px solid var(--rl-color-accent, #2f6fed);
    border-radius: var(--rl-radius, 6px);
    cursor: pointer;
  }
`;
