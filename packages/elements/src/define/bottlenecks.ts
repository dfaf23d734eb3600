import { RlBottlenecks } from '../bottlenecks/bottlenecks.js';

if (!customElements.get('rl-bottlenecks')) customElements.define('rl-bottlenecks', RlBottlenecks);

declare global {
  interface HTMLElementTagNameMap {
    'rl-bottlenecks': RlBottlenecks;
  }
}

export { RlBottlenecks };
