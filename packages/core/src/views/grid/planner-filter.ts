import type { Project } from '../../store/project.js';
import { parseWallTime } from '../../time/wall-time.js';
import { todayMinutes } from '../dates/today.js';
import { columnTextMatcher } from '../../query/column-query.js';
import { deadlineDue } from '../dates/deadline.js';
import { wbsCode } from './wbs-codes.js';

/**
 * The planner's filters of a Gantt (its toolbar's and the timeline's `filter`): by status, by
 * person, critical only, late only. Each given criterion must hold; within one criterion any of
 * its values will do. A task that matches keeps its summaries on show, so the tree still reads.
 */
export interface PlannerFilter {
  /** Status ids; a task with any of them matches. Empty or absent: any status. */
  readonly statuses?: readonly string[];
  /** Person ids; a task assigned to any of them matches. Empty or absent: anyone. */
  readonly people?: readonly string[];
  /** Only tasks on the critical path (no total slack). */
  readonly critical?: boolean;
  /** Only late tasks: not done and ended before today, or past their deadline. */
  readonly late?: boolean;
}

/** Whether a filter filters anything. */
export function isPlannerFilterActive(filter: PlannerFilter | undefined): filter is PlannerFilter {
  return (
    filter !== undefined &&
    ((filter.statuses?.length ?? 0) > 0 ||
      (filter.people?.length ?? 0) > 0 ||
      filter.critical === true ||
      filter.late === true)
  );
}

/**
 * A test of one task against the filter, or `undefined` when the filter keeps everything.
 * `today` is the viewer's day (`YYYY-MM-DD`, the local date when absent), for `late`.
 */
export function plannerFilterTest(
  project: Project,
  filter: PlannerFilter | undefined,
  today?: string,
): ((id: string) => boolean) | undefined {
  if (!isPlannerFilterActive(filter)) return undefined;
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : undefined;
  const people = filter.people?.length ? new Set(filter.people) : undefined;
  const done = new Set(
    project
      .statuses()
      .filter((s) => s.category === 'done')
      .map((s) => s.id),
  );
  const todayStart = todayMinutes(today);
  return (id) => {
    const task = project.task(id);
    if (!task) return false;
    if (statuses && (task.status === undefined || !statuses.has(task.status))) return false;
    if (people && !(task.assignees ?? []).some((p) => people.has(p))) return false;
    if (filter.critical || filter.late) {
      const scheduled = project.scheduled(id);
      if (filter.critical && scheduled?.critical !== true) return false;
      if (filter.late) {
        if ((task.status !== undefined && done.has(task.status)) || (task.progress ?? 0) >= 100) return false;
        const end = scheduled ? parseWallTime(scheduled.end) : undefined;
        const due = deadlineDue(task.deadline);
        const overdue = end !== undefined && end <= todayStart;
        const pastDeadline = end !== undefined && due !== undefined && end > due;
        if (!overdue && !pastDeadline) return false;
      }
    }
    return true;
  };
}

/**
 * The rows of a depth-first `order` (nesting `depth`) that a filter keeps: every task `keep`
 * accepts and the summaries above it, in order. Returns the kept order and its depths.
 */
export function keepWithAncestors(
  order: readonly string[],
  depth: ArrayLike<number>,
  keep: (id: string) => boolean,
): { order: string[]; depth: Int32Array } {
  const n = order.length;
  const kept = new Uint8Array(n);
  // The open chain of summaries above the current row: their indices by depth.
  const chain: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = depth[i] as number;
    chain.length = d;
    if (keep(order[i] as string)) {
      kept[i] = 1;
      for (let k = chain.length - 1; k >= 0; k--) {
        const at = chain[k] as number;
        if (kept[at] === 1) break;
        kept[at] = 1;
      }
    }
    chain[d] = i;
  }
  const ids: string[] = [];
  const depths: number[] = [];
  for (let i = 0; i < n; i++) {
    if (kept[i] !== 1) continue;
    ids.push(order[i] as string);
    depths.push(depth[i] as number);
  }
  return { order: ids, depth: Int32Array.from(depths) };
}

/**
 * The tasks a search finds, in `order`: every word in the task's name, WBS code, status or one of
 * its people's names. Words are plain text, never patterns. Empty search: none.
 */
export function searchTasks(project: Project, search: string, order: readonly string[]): string[] {
  if (search.trim() === '') return [];
  const match = columnTextMatcher(search, (task) => [
    task.name,
    wbsCode(project, task.id),
    task.status === undefined ? undefined : project.status(task.status)?.label,
    ...(task.assignees ?? []).map((p) => project.person(p)?.name),
  ]);
  const found: string[] = [];
  for (const id of order) {
    const task = project.task(id);
    if (task && match(task)) found.push(id);
  }
  return found;
}
