import { RlNotes } from '../notes/notes.js';

if (!customElements.get('rl-notes')) customElements.define('rl-notes', RlNotes);

declare global {
  interface HTMLElementTagNameMap {
    'rl-notes': RlNotes;
  }
}

export { RlNotes };
