/**
 * Registers every Roadline element and exports the classes. `rl-network` is left out: its layout
 * and view would push this entry (and the script-tag bundle) past their size budgets, so it
 * registers from its own entry, `@roadline/elements/define/network`. So do the resource views
 * (`…/define/resource-histogram`, `…/resource-usage`), `rl-workflow` (`…/define/workflow`), and
 * `rl-import` and `rl-export-menu` (`…/define/import`, `…/define/export-menu`): their parsers are
 * chunks loaded on demand, which the one-file script-tag bundle cannot do.
 */
import './define/progress.js';
import './define/board.js';
import './define/timeline.js';
import './define/gantt.js';
import './define/roadmap.js';
import './define/dashboard.js';
import './define/notifications.js';

export * from './classes.js';
