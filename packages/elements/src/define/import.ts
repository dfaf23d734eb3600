import { RlImport } from '../import/import.js';

if (!customElements.get('rl-import')) customElements.define('rl-import', RlImport);

declare global {
  interface HTMLElementTagNameMap {
    'rl-import': RlImport;
  }
}

export { RlImport };
