/**
 * The resource usage view's rows, as Microsoft Project's "Resource Usage": each person, then one
 * row per assignment of theirs (task order by start), flattened so the view virtualizes them like
 * the Gantt's rows. Built once per project change (one object per assignment); a frame reads only
 * its row window and, per row, its bar's x.
 *
 * Reassignment (`planReassign`) moves one person's share of a task to another person: an
 * explicit assignment changes its `personId` (units and work kept), a shorthand one (`assignees`)
 * swaps the id in the task's list (both when both name them). It refuses a person already on the task.
 */
import { RoadlineError } from '../../model/errors.js';
import type { Assignment, Task } from '../../model/types.js';
import { overlapsOverallocation, type ResourceIndex, type ResourceSpan } from './resource-index.js';

export interface UsagePersonRow {
  readonly kind: 'person';
  readonly personId: string;
  readonly name: string;
  /** Assignment rows under this one. */
  readonly count: number;
  /** The person is over their max units at some instant. */
  readonly over: boolean;
}

export interface UsageAssignmentRow {
  readonly kind: 'assignment';
  readonly personId: string;
  readonly span: ResourceSpan;
  /** The assignment runs while its person is over their max units. */
  readonly over: boolean;
}

export type UsageRow = UsagePersonRow | UsageAssignmentRow;

/** Every usage row; people in `collapsed` show without their assignment rows. */
export function usageRows(index: ResourceIndex, collapsed?: ReadonlySet<string>): UsageRow[] {
  const out: UsageRow[] = [];
  for (const p of index.people) {
    out.push({
      kind: 'person',
      personId: p.id,
      name: p.name,
      count: p.spans.length,
      over: p.over.length > 0,
    });
    if (collapsed?.has(p.id)) continue;
    for (const span of p.spans)
      out.push({
        kind: 'assignment',
        personId: p.id,
        span,
        over: p.over.length > 0 && overlapsOverallocation(p, span.start, span.end),
      });
  }
  return out;
}

/** The person a row belongs to (a drop on an assignment row lands on its person). */
export function usageRowPerson(rows: readonly UsageRow[], index: number): string | undefined {
  return rows[index]?.personId;
}

/** One store change of a reassignment; a plan's steps run in one transaction (one undo step). */
export type ReassignStep =
  | { readonly kind: 'assignment'; readonly id: string; readonly patch: Pick<Assignment, 'personId'> }
  | { readonly kind: 'task'; readonly id: string; readonly patch: Pick<Task, 'assignees'> };

/**
 * How to move `span` (of person `from`) to person `to`. `task` is the span's task and
 * `explicit` its assignments. Returns no step when `to` is `from`; throws a `RoadlineError`
 * (`INVALID_ARGUMENT`) when `to` is already on the task.
 */
export function planReassign(
  span: Pick<ResourceSpan, 'assignmentId' | 'implicit'>,
  from: string,
  to: string,
  task: Pick<Task, 'id' | 'assignees'>,
  explicit: readonly Pick<Assignment, 'personId'>[],
): ReassignStep[] {
  if (to === from) return [];
  const assignees = task.assignees ?? [];
  if (assignees.includes(to) || explicit.some((a) => a.personId === to))
    throw new RoadlineError('INVALID_ARGUMENT', `person "${to}" is already on task "${task.id}"`, {
      path: `tasks.${task.id}.assignees`,
    });
  const steps: ReassignStep[] = [];
  if (!span.implicit) steps.push({ kind: 'assignment', id: span.assignmentId, patch: { personId: to } });
  // The shorthand names `from` too: without the swap they would stay on the task at 100 %.
  if (assignees.includes(from))
    steps.push({
      kind: 'task',
      id: task.id,
      patch: { assignees: assignees.map((p) => (p === from ? to : p)) },
    });
  return steps;
}
