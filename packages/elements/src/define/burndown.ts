import { RlBurndown } from '../burndown/burndown.js';

if (!customElements.get('rl-burndown')) customElements.define('rl-burndown', RlBurndown);

declare global {
  interface HTMLElementTagNameMap {
    'rl-burndown': RlBurndown;
  }
}

export { RlBurndown };
