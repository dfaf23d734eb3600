import './timeline.js';
import { RlGantt } from '../gantt/gantt.js';
import { RlGanttGrid } from '../gantt/gantt-grid.js';

if (!customElements.get('rl-gantt-grid')) customElements.define('rl-gantt-grid', RlGanttGrid);
if (!customElements.get('rl-gantt')) customElements.define('rl-gantt', RlGantt);

declare global {
  interface HTMLElementTagNameMap {
    'rl-gantt': RlGantt;
    'rl-gantt-grid': RlGanttGrid;
  }
}

export { RlGantt, RlGanttGrid };
