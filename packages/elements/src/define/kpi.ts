import { RlKpi } from '../kpi/kpi.js';

if (!customElements.get('rl-kpi')) customElements.define('rl-kpi', RlKpi);

declare global {
  interface HTMLElementTagNameMap {
    'rl-kpi': RlKpi;
  }
}

export { RlKpi };
