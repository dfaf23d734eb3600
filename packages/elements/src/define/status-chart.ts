import { RlStatusChart } from '../status-chart/status-chart.js';

if (!customElements.get('rl-status-chart')) customElements.define('rl-status-chart', RlStatusChart);

declare global {
  interface HTMLElementTagNameMap {
    'rl-status-chart': RlStatusChart;
  }
}

export { RlStatusChart };
