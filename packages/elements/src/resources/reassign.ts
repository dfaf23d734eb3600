import type { Project } from '@roadline/core';
import { planReassign, type ResourceSpan } from '@roadline/core/views/resources';
import type { AssignmentChangeDetail } from '../events/assignment-change-event.js';
import { announceChange, requestChange } from '../events/change-events.js';

/** What became of a reassignment. */
export type ReassignOutcome = 'moved' | 'same' | 'vetoed' | 'already-on';

/**
 * Moves `span` from person `from` to `to` as a user change: `rl-before-assignment-change`
 * (cancelable), the store steps of core's `planReassign` in one transaction (one undo step), then
 * `rl-assignment-change`. A person already on the task is refused without a change.
 */
export function reassign(
  host: HTMLElement,
  project: Project,
  span: ResourceSpan,
  from: string,
  to: string,
): ReassignOutcome {
  const task = project.task(span.taskId);
  if (!task) return 'same';
  let steps: ReturnType<typeof planReassign>;
  try {
    steps = planReassign(span, from, to, task, project.assignments(span.taskId));
  } catch {
    return 'already-on';
  }
  if (steps.length === 0) return 'same';
  const detail: AssignmentChangeDetail = { taskId: span.taskId, from, to, reason: 'reassign' };
  if (!requestChange(host, 'assignment-change', detail)) return 'vetoed';
  project.transaction(() => {
    for (const step of steps)
      if (step.kind === 'assignment') project.updateAssignment(step.id, step.patch);
      else project.updateTask(step.id, step.patch);
  });
  announceChange(host, 'assignment-change', detail);
  return 'moved';
}
