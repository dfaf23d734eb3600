import { RlResourceHistogram } from '../resources/resource-histogram.js';

if (!customElements.get('rl-resource-histogram'))
  customElements.define('rl-resource-histogram', RlResourceHistogram);

declare global {
  interface HTMLElementTagNameMap {
    'rl-resource-histogram': RlResourceHistogram;
  }
}

export { RlResourceHistogram };
