import { RlResourceUsage } from '../resources/resource-usage.js';

if (!customElements.get('rl-resource-usage')) customElements.define('rl-resource-usage', RlResourceUsage);

declare global {
  interface HTMLElementTagNameMap {
    'rl-resource-usage': RlResourceUsage;
  }
}

export { RlResourceUsage };
