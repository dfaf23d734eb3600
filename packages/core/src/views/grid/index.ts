/**
 * The headless grid model of Roadline's task grids (the Gantt's WBS tree and the board's grouped
 * table): each feature in its own file with its own state slice and types, every slice usable
 * controlled or uncontrolled through {@link Updater}s. No DOM.
 */
export * from './board-table.js';
export * from './columns.js';
export * from './editing.js';
export * from './filter.js';
export * from './grouping.js';
export * from './keyboard.js';
export * from './row-move.js';
export * from './rows.js';
export * from './selection.js';
export * from './sizing.js';
export * from './sort.js';
export * from './state.js';
export * from './tree.js';
export * from './visible-rows.js';
export * from './wbs-codes.js';
export * from './planner-filter.js';
