/**
 * Board geometry and helpers for `rl-board` (kanban and grouped table): columns and lanes by any
 * select-like field, card order kept in `order`, moves as one transaction, table rows and group
 * summaries. Day-level due dates are in `views/dates`; sorting and search are the query module's
 * (`query/`).
 */
export { boardFieldOptions, boardFieldPatch, boardFieldValue, NO_VALUE } from './board-fields.js';
export type { BoardField, BoardOption, BoardPatch } from './board-fields.js';
export { buildBoard, exceedsLimit } from './board-layout.js';
export type { BoardColumn, BoardInput, BoardLane, BoardLayout } from './board-layout.js';
export { insertionIndex, orderForPosition } from './board-order.js';
export type { OrderPlacement } from './board-order.js';
export { applyBoardMove, applyBoardUpdates, planBoardMove } from './board-move.js';
export type { BoardMove, BoardUpdate } from './board-move.js';
export { summarizeGroup, tableRows } from './board-table.js';
export type { GroupSummary, SummaryNumber, TableRow, TableRowKind } from './board-table.js';
