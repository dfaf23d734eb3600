/**
 * Registers every Roadline element and exports the classes. `rl-network` is left out: its layout
 * and view would push this entry (and the script-tag bundle) past their size budgets, so it
 * registers from its own entry, `@roadline/elements/define/network`; `rl-workflow` likewise
 * (`@roadline/elements/define/workflow`), keeping this entry's headroom for the views every page loads.
 */
import './define/progress.js';
import './define/board.js';
import './define/timeline.js';
import './define/gantt.js';
import './define/roadmap.js';
import './define/dashboard.js';
import './define/notifications.js';

export * from './classes.js';
