/**
 * `@roadline/core/views/dashboard`: the dashboard's grid geometry for `rl-dashboard`: widgets as
 * whole-cell rectangles, moves and resizes that push the covered widgets down. The figures the
 * widgets show are the root's analytics.
 */
export * from './dashboard-grid.js';
