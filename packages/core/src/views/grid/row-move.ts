import type { MoveTarget } from '../../store/mutations/hierarchy.js';
import type { Project } from '../../store/project.js';
import { type DisplayRows, ROW_EXPANDED } from './rows.js';

/**
 * Moving rows of a task tree by hand: where a dragged row lands, and the store move that asks for
 * (a view's row drag and its keyboard twin). Pure reads of the store.
 */

/** Where on a row a dragged row is dropped: above it, onto it (to become its child) or below it. */
export type RowDropPlace = 'before' | 'inside' | 'after';

/** A drop position: a shown row and the place on it. */
export interface RowDrop {
  readonly row: number;
  readonly place: RowDropPlace;
}

/** What {@link planRowDrop} says of a drop that would leave the task where it is. */
export const NO_ROW_MOVE = 'No move';

/** Why rows cannot be reordered while the grid is sorted (reparenting still works). */
export const ROWS_SORTED = 'Rows are sorted: turn the sort off to reorder them';

/** A move the grid can make, with the target the store takes. */
export interface PlannedRowMove {
  readonly target: MoveTarget;
  /** The new parent (`undefined`: the top level). */
  readonly parentId: string | undefined;
}

/**
 * The drop position at `y` CSS pixels from the top of the rows: the top quarter of a row drops
 * above it, the bottom quarter below it, the middle half onto it. Past the last row drops below
 * it; `undefined` with no rows.
 */
export function rowDropAt(y: number, rowHeight: number, count: number): RowDrop | undefined {
  if (count === 0 || rowHeight <= 0) return undefined;
  if (y >= count * rowHeight) return { row: count - 1, place: 'after' };
  const row = Math.max(0, Math.floor(y / rowHeight));
  const within = (Math.max(0, y) - row * rowHeight) / rowHeight;
  return { row, place: within < 0.25 ? 'before' : within > 0.75 ? 'after' : 'inside' };
}

/** Whether `id` is `ancestor` or lies in its subtree (walks up the parents: depth steps, no recursion). */
export function isInSubtree(project: Project, id: string, ancestor: string): boolean {
  // The store keeps parent chains acyclic, so this ends at the top level.
  for (let at: string | undefined = id; at !== undefined; at = project.task(at)?.parentId) {
    if (at === ancestor) return true;
  }
  return false;
}

/**
 * The move that dropping task `id` at `drop` asks for, or the reason it cannot be made: onto a
 * row makes it that task's last child; above or below a row makes it a sibling there, except
 * below an expanded summary, where the line drawn sits above its first child, so it becomes that
 * first child. A task cannot go into its own subtree; a drop that leaves it where it is, is none.
 */
export function planRowDrop(
  project: Project,
  rows: DisplayRows,
  id: string,
  drop: RowDrop,
): PlannedRowMove | string {
  const targetId = rows.ids[drop.row];
  const task = project.task(id);
  if (targetId === undefined || !task) return 'Nothing to move';
  // On its own row, anywhere, it stays where it is.
  if (targetId === id) return NO_ROW_MOVE;
  if (isInSubtree(project, targetId, id)) return `${task.name} cannot move into itself`;
  const flags = rows.flags[drop.row] ?? 0;
  if (drop.place === 'inside' || (drop.place === 'after' && (flags & ROW_EXPANDED) !== 0)) {
    const index = drop.place === 'inside' ? undefined : 0;
    return noChange(project, id, targetId, index) ? NO_ROW_MOVE : plan(targetId, index);
  }
  const target = project.task(targetId);
  if (!target) return 'Nothing to move';
  const siblings = project
    .children(target.parentId)
    .map((t) => t.id)
    .filter((s) => s !== id);
  const index = siblings.indexOf(targetId) + (drop.place === 'after' ? 1 : 0);
  return noChange(project, id, target.parentId, index) ? NO_ROW_MOVE : plan(target.parentId, index);
}

/**
 * The move one place up (`-1`) or down (`1`) among a task's siblings (Alt+Shift+↑/↓), or the
 * reason there is none: it is already first or last.
 */
export function planRowStep(project: Project, id: string, step: -1 | 1): PlannedRowMove | string {
  const task = project.task(id);
  if (!task) return 'Nothing to move';
  const siblings = project.children(task.parentId).map((t) => t.id);
  const index = siblings.indexOf(id) + step;
  if (index < 0) return `${task.name} is already first`;
  if (index >= siblings.length) return `${task.name} is already last`;
  return plan(task.parentId, index);
}

function plan(parentId: string | undefined, index: number | undefined): PlannedRowMove {
  const target: MoveTarget = { parentId: parentId ?? null, ...(index === undefined ? {} : { index }) };
  return { target, parentId };
}

/** Whether moving `id` under `parentId` at `index` (among the others; absent: last) leaves it as it is. */
function noChange(
  project: Project,
  id: string,
  parentId: string | undefined,
  index: number | undefined,
): boolean {
  if (project.task(id)?.parentId !== parentId) return false;
  const siblings = project.children(parentId).map((t) => t.id);
  const at = siblings.indexOf(id);
  return index === undefined ? at === siblings.length - 1 : at === index;
}
