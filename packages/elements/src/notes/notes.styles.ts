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
`;
