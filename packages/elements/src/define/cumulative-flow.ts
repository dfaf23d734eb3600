import { RlCumulativeFlow } from '../cumulative-flow/cumulative-flow.js';

if (!customElements.get('rl-cumulative-flow')) customElements.define('rl-cumulative-flow', RlCumulativeFlow);

declare global {
  interface HTMLElementTagNameMap {
    'rl-cumulative-flow': RlCumulativeFlow;
  }
}

export { RlCumulativeFlow };
