import { type DependencyType, formatWallTime, type Project, type Task } from '@roadline/core';
import { announceChange, requestChange } from '../events/change-events.js';
import type { LinkCreateDetail } from '../events/link-create-event.js';
import type { LinkRemoveDetail } from '../events/link-remove-event.js';
import type { TaskChangeDetail } from '../events/task-change-event.js';
import type { TaskFacts } from './task-facts.js';

/** A task patch as the timeline makes it. */
export type TimelinePatch = Partial<Omit<Task, 'id'>>;

/**
 * The patch that moves a task to start at `start` (wall minutes). A task with predecessors gets
 * an SNET constraint at the new start, as Microsoft Project does when a bar is dragged: without
 * it the engine would pull the task straight back to its links (and an older SNET would hold it).
 */
export function movePatch(project: Project, facts: TaskFacts, start: number): TimelinePatch {
  const task = project.task(facts.id);
  const date = formatWallTime(start);
  if (task && !task.manual && project.predecessors(facts.id).length > 0) {
    return { start: date, constraint: { type: 'SNET', date } };
  }
  return { start: date };
}

/** The patch that makes a task span `[start, end)`: new dates, duration derived from them. */
export function spanPatch(project: Project, facts: TaskFacts, start: number, end: number): TimelinePatch {
  const patch = movePatch(project, facts, start);
  return { ...patch, end: formatWallTime(end) };
}

/**
 * Applies a user's change to a task as one transaction, between `rl-before-task-change` (a host
 * may veto it) and `rl-task-change`. Returns whether the store changed.
 */
export function commitTaskChange(
  host: HTMLElement,
  project: Project,
  taskId: string,
  patch: TimelinePatch,
  source: string,
): boolean {
  const detail: TaskChangeDetail = { taskId, patch, source };
  if (!requestChange(host, 'task-change', detail)) return false;
  const before = project.version;
  project.transaction(() => project.updateTask(taskId, patch));
  if (project.version === before) return false;
  announceChange(host, 'task-change', detail);
  return true;
}

/** Links two tasks as one transaction between `rl-before-link-create` and `rl-link-create`. */
export function commitLinkCreate(
  host: HTMLElement,
  project: Project,
  from: string,
  to: string,
  type: DependencyType,
): string | undefined {
  const detail: LinkCreateDetail = { from, to, type };
  if (!requestChange(host, 'link-create', detail)) return undefined;
  const link = project.transaction(() => project.addDependency({ from, to, type }));
  announceChange<LinkCreateDetail>(host, 'link-create', { ...detail, dependencyId: link.id });
  return link.id;
}

/** Removes a link as one transaction between `rl-before-link-remove` and `rl-link-remove`. */
export function commitLinkRemove(host: HTMLElement, project: Project, dependencyId: string): boolean {
  const link = project.dependency(dependencyId);
  if (!link) return false;
  const detail: LinkRemoveDetail = { dependencyId, from: link.from, to: link.to, type: link.type ?? 'FS' };
  if (!requestChange(host, 'link-remove', detail)) return false;
  project.transaction(() => project.removeDependency(dependencyId));
  announceChange(host, 'link-remove', detail);
  return true;
}
