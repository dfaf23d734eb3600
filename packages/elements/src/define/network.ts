import { RlNetwork } from '../network/network.js';

if (!customElements.get('rl-network')) customElements.define('rl-network', RlNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'rl-network': RlNetwork;
  }
}

export { RlNetwork };
