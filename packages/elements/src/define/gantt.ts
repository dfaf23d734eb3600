import './timeline.js';
import { RlGantt } from '../gantt/gantt.js';
import { RlGanttGrid } from '../gantt/gantt-grid.js';

// The grid is internal to rl-gantt (`@internal`: no manifest entry, class export or tag map
// entry), but registered with it, so a page imports nothing more.
if (!customElements.get('rl-gantt-grid')) customElements.define('rl-gantt-grid', RlGanttGrid);
if (!customElements.get('rl-gantt')) customElements.define('rl-gantt', RlGantt);

declare global {
  interface HTMLElementTagNameMap {
    'rl-gantt': RlGantt;
  }
}

export { RlGantt };
