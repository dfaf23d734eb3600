/**
 * `@roadline/core/views/resources`: the model of `rl-resource-histogram` and `rl-resource-usage`:
 * a project's work resources with their assignment spans (`resourceIndex`, once per change), the
 * histogram's load cells for a drawn window (`histogramCells`, `shiftedPersonCells` when it moved)
 * drawn as two paths per person (`histogramPaths`), the usage view's rows (`usageRows`) and how a
 * drag reassigns (`planReassign`).
 */
export * from './histogram-cells.js';
export * from './histogram-paths.js';
export * from './resource-index.js';
export * from './usage-rows.js';
