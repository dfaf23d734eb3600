import type { Project } from '@roadline/core';
import { announceChange, requestChange } from '../events/change-events.js';
import type { TaskRemoveDetail } from '../events/task-remove-event.js';
import { attempt } from '../grid/store-attempt.js';
import type { Translate } from '../i18n/catalogue.js';

/** What deleting a set of tasks takes away. */
export interface Removal {
  /** The tasks to remove, in the order given, without those under another one of them. */
  readonly roots: readonly string[];
  /** How many tasks go in all, subtasks included. */
  readonly count: number;
  /** How many of `roots` are summaries. */
  readonly summaries: number;
}

/** What deleting `ids` would remove; unknown ids are left out. */
export function removalOf(project: Project, ids: readonly string[]): Removal {
  const chosen = new Set(ids.filter((id) => project.task(id) !== undefined));
  const roots: string[] = [];
  for (const id of chosen) {
    let up = project.task(id)?.parentId;
    let covered = false;
    while (up !== undefined && !covered) {
      covered = chosen.has(up);
      up = project.task(up)?.parentId;
    }
    if (!covered) roots.push(id);
  }
  let count = 0;
  let summaries = 0;
  for (const id of roots) {
    const size = subtreeSize(project, id);
    count += size;
    if (size > 1) summaries++;
  }
  return { roots, count, summaries };
}

function subtreeSize(project: Project, id: string): number {
  let size = 0;
  const stack = [id];
  while (stack.length > 0) {
    const at = stack.pop() as string;
    size++;
    for (const child of project.children(at)) stack.push(child.id);
  }
  return size;
}

/** The question a deletion asks before it removes summaries, or `undefined` when it asks none. */
export function removalQuestion(project: Project, removal: Removal, t: Translate): string | undefined {
  if (removal.summaries === 0) return undefined;
  const count = removal.count - removal.roots.length;
  if (removal.roots.length === 1) {
    const name = project.task(removal.roots[0] as string)?.name ?? '';
    return t('remove.askOne', { name, count });
  }
  return t('remove.askMany', { tasks: removal.roots.length, count });
}

/** What {@link removeTasks} needs from the element the user deletes in. */
export interface RemoveTasksHost {
  /** Where the events are fired. */
  readonly element: HTMLElement;
  /** Asks before summaries go (the element's confirm dialog). */
  confirm(message: string, yes: string): Promise<boolean>;
  announce(message: string): void;
  /** The question's and the announcement's words, in the element's language. */
  readonly t: Translate;
  /** Called once the deletion is certain, just before the store changes (to move focus away). */
  beforeRemove?(): void;
}

/**
 * Deletes tasks the way every view does: a summary asks first (with its subtask count), then
 * the cancelable `rl-before-task-remove`, then one transaction (one undo step that brings the
 * tasks back with their links and notes), `rl-task-remove` and an announcement. Resolves the ids
 * removed (none when asked no, vetoed or refused).
 */
export async function removeTasks(
  host: RemoveTasksHost,
  project: Project,
  ids: readonly string[],
): Promise<readonly string[]> {
  const removal = removalOf(project, ids);
  if (removal.roots.length === 0) return [];
  const question = removalQuestion(project, removal, host.t);
  if (question !== undefined && !(await host.confirm(question, host.t('remove.confirm')))) return [];
  // The store may have changed while the question was open.
  const now = removalOf(project, removal.roots);
  if (now.roots.length === 0) return [];
  const detail: TaskRemoveDetail = { taskIds: now.roots, count: now.count };
  if (!requestChange(host.element, 'task-remove', detail)) return [];
  const name = now.roots.length === 1 ? project.task(now.roots[0] as string)?.name : undefined;
  host.beforeRemove?.();
  const error = attempt(() =>
    project.transaction(() => {
      for (const id of now.roots) project.removeTask(id);
    }),
  );
  if (error !== undefined) {
    host.announce(error);
    return [];
  }
  announceChange(host.element, 'task-remove', detail);
  host.announce(
    name !== undefined && now.count === 1
      ? host.t('remove.doneNamed', { name })
      : host.t('remove.done', { count: now.count }),
  );
  return now.roots;
}
