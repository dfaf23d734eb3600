import type { Project, RoadlineError, Task } from '@roadline/core';
import { announceChange, requestChange } from '../events/change-events.js';
import { createErrorEvent } from '../events/error-event.js';
import type { TaskChangeDetail } from '../events/task-change-event.js';

/** A task patch as a view makes it. */
export type TaskEditPatch = Partial<Omit<Task, 'id'>>;

/** What else {@link commitTaskEdit} does. */
export interface CommitTaskEditOptions {
  /** Neighbours renumbered in the same transaction (a drop between two cards sets `order`). */
  readonly others?: readonly { readonly id: string; readonly order: number }[];
  /** Tells screen readers the store refused the change ("Cannot change Design: …"). */
  readonly say?: (message: string) => void;
  /** Also fire `rl-error` with the store's error when it refuses (elements that document it). */
  readonly errorEvent?: boolean;
}

/**
 * The one way a view commits a user's change to a task: `rl-before-task-change` (a host may veto
 * it), then the change as one store transaction (one undo step, with any renumbered neighbours
 * and, for a moved summary, the tasks below it: `detail.subtree`),
 * then `rl-task-change`. When the store refuses the change (a constraint it cannot take, an end
 * before the start), nothing changes, the refusal is said through `say` (and fired as `rl-error`
 * with `errorEvent`), and no after-event fires. Returns whether the store changed.
 */
export function commitTaskEdit(
  host: HTMLElement,
  project: Project,
  detail: TaskChangeDetail,
  options: CommitTaskEditOptions = {},
): boolean {
  if (!requestChange(host, 'task-change', detail)) return false;
  const before = project.version;
  try {
    project.transaction(() => {
      for (const o of options.others ?? []) project.updateTask(o.id, { order: o.order });
      if (Object.keys(detail.patch).length > 0) project.updateTask(detail.taskId, detail.patch);
      for (const s of detail.subtree ?? []) project.updateTask(s.id, s.patch);
    });
  } catch (error) {
    const name = project.task(detail.taskId)?.name ?? detail.taskId;
    options.say?.(`Cannot change ${name}: ${(error as Error).message}`);
    if (options.errorEvent) host.dispatchEvent(createErrorEvent(error as RoadlineError));
    return false;
  }
  if (project.version === before) return false;
  announceChange(host, 'task-change', detail);
  return true;
}
