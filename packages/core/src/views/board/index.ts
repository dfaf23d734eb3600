/**
 * `@roadline/core/views/board`: the board's geometry and planners for `rl-board`: columns and
 * lanes by any select-like field, card order kept in `order`, and the task changes a card move
 * makes (applied by the store's `Project.updateTasks`, one undo step). Sorting and search are the
 * root's query module; table rows and due dates are still root exports (`layout/`).
 */
export { boardFieldOptions, boardFieldPatch, boardFieldValue, NO_VALUE } from './board-fields.js';
export type { BoardField, BoardOption, BoardPatch } from './board-fields.js';
export { buildBoard, exceedsLimit } from './board-layout.js';
export type { BoardColumn, BoardInput, BoardLane, BoardLayout } from './board-layout.js';
export { insertionIndex, orderForPosition } from './board-order.js';
export type { OrderPlacement } from './board-order.js';
export { planBoardMove } from './board-move.js';
export type { BoardMove, BoardUpdate } from './board-move.js';
