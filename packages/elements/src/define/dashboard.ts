import { RlDashboard } from '../dashboard/dashboard.js';
import './progress.js';
import './status-chart.js';
import './workload.js';
import './burndown.js';
import './milestones.js';
import './late-list.js';
import './bottlenecks.js';
import './portfolio.js';
import './kpi.js';
import './notes.js';
import './cumulative-flow.js';

if (!customElements.get('rl-dashboard')) customElements.define('rl-dashboard', RlDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'rl-dashboard': RlDashboard;
  }
}

export { RlDashboard };
