import { css } from 'lit';

export const notesStyles = css`
  [part='note'] .mark {
    flex: none;
    align-self: stretch;
    width: 4px;
    border-radius: 2px;
    background: var(--_note-color, var(--rl-note-color, var(--rl-color-accent, #2f6fed)));
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    min-width: 0;
    max-width: 100%;
    padding: 2px 6px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
  }
  [part='add'],
  [part='save'],
  [part='cancel'],
  [part='edit'],
  [part='delete'] {
    padding: 2px 8px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
  }
  [part='add'] {
    margin: 0 0 var(--rl-space-2, 8px);
  }
  [part='save'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--rl-color-accent-contrast, #ffffff);
  }
  [part='actions'] {
    flex: none;
    display: flex;
    gap: 4px;
    align-self: center;
  }
  [part='actions'] button {
    font-size: var(--rl-font-size-small, 12px);
  }
  [part='form'] {
    flex: 1;
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--rl-space-2, 8px);
    align-items: start;
    margin: 0 0 var(--rl-space-2, 8px);
  }
  [part='form'] > label {
    padding-top: 3px;
    font-size: var(--rl-font-size-small, 12px);
    color: var(--_muted);
  }
  .field {
    display: flex;
    flex-wrap: wrap;
    gap: 4px var(--rl-space-2, 8px);
    align-items: center;
    min-width: 0;
  }
  [part='text-input'] {
    flex: 1 1 12em;
    resize: vertical;
  }
  [part='text-input'][aria-invalid='true'] {
    border-color: var(--_danger);
  }
  /* The danger color marks the message, not its text: the text keeps its contrast in every theme. */
  [part='field-error'] {
    flex: 1 1 10em;
    padding-inline-start: 6px;
    border-inline-start: 3px solid var(--_danger);
    font-size: var(--rl-font-size-small, 12px);
  }
  [part='find'],
  [part='attach'] {
    flex: 1 1 10em;
  }
  [part='more'] {
    flex-basis: 100%;
    font-size: var(--rl-font-size-small, 12px);
  }
  [part='colors'] {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px;
    margin: 0;
    padding: 0;
    border: 0;
  }
  [part='colors'] legend {
    float: left;
    margin-inline-end: var(--rl-space-2, 8px);
    padding: 0;
    font-size: var(--rl-font-size-small, 12px);
    color: var(--_muted);
  }
  .swatch {
    position: relative;
    display: inline-grid;
    place-items: center;
    width: 24px;
    height: 24px;
    cursor: pointer;
  }
  /* The radio stays in the page (keyboard and screen readers use it); the dot is what shows. */
  .swatch input {
    position: absolute;
    inset: 0;
    margin: 0;
    padding: 0;
    opacity: 0;
    cursor: pointer;
  }
  .swatch .dot {
    width: 18px;
    height: 18px;
    border-radius: 50%;
    background: var(--_note-color);
    border: 2px solid var(--_surface);
    box-shadow: 0 0 0 1px var(--_border);
  }
  .swatch input:checked + .dot {
    box-shadow: 0 0 0 2px var(--rl-color-text, #1d2330);
  }
  .swatch input:focus-visible + .dot {
    outline: var(--rl-focus-ring-width, 2px) solid var(--rl-color-focus, #2f6fed);
    outline-offset: 2px;
  }
  .actions {
    grid-column: 1 / -1;
    display: flex;
    gap: var(--rl-space-2, 8px);
  }
`;
