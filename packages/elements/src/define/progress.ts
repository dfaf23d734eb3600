import { RlProgress } from '../progress/progress.js';

if (!customElements.get('rl-progress')) customElements.define('rl-progress', RlProgress);

declare global {
  interface HTMLElementTagNameMap {
    'rl-progress': RlProgress;
  }
}

export { RlProgress };
