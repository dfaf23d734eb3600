import { deriveDates, rederiveDates } from '../../time/derive-dates.js';
import type { Task } from '../../model/types.js';
import { entityPath } from '../check-operation.js';
import { ROOT } from '../state.js';
import { workFollowsDuration } from './work-follows.js';
import {
  copyInput,
  type Draft,
  emitAdd,
  emitRemove,
  emitUpdate,
  idFor,
  type MutationContext,
  patchEntity,
  requireEntity,
} from './context.js';

/** A task as a host adds it: everything optional but the name; the id is generated when absent. */
export type TaskInput = Omit<Task, 'id'> & { id?: string };

/** Members to change; a member set to `undefined` is removed. The id cannot change. */
export type TaskPatch = Partial<Omit<Task, 'id'>> & { id?: string };

/** The `order` that puts a task after the last child of `parentId`. */
export function orderAfterLast(ctx: MutationContext, parentId: string | undefined): number {
  const siblings = ctx.state.childIds(parentId ?? ROOT);
  const last = siblings.length > 0 ? ctx.state.tasks.get(siblings[siblings.length - 1] as string) : undefined;
  return last === undefined ? 0 : Math.floor(last.order ?? 0) + 1;
}

/**
 * Adds a task, last among its siblings unless it gives an `order`, with its derived dates
 * (end from start and duration, or duration from start and end) filled in.
 */
export function addTask(ctx: MutationContext, input: TaskInput): Readonly<Task> {
  const { copy } = copyInput(input, 'task');
  const task = { ...copy, id: idFor(ctx, 'task', copy.id) } as unknown as Draft<Task>;
  if (task.order === undefined && (task.parentId === undefined || typeof task.parentId === 'string')) {
    task.order = orderAfterLast(ctx, task.parentId);
  }
  deriveDates(task, ctx.workingTime(task.calendarId));
  return emitAdd(ctx, 'task', task);
}

/**
 * Changes members of a task. Moving `start` or changing `duration` keeps the duration and moves
 * `end`; moving `end` alone changes the duration. A new `parentId` without an `order` puts the
 * task last under its new parent.
 */
export function updateTask(ctx: MutationContext, id: string, patch: TaskPatch): Readonly<Task> {
  const previous = requireEntity(ctx, 'task', id);
  const { next, changed } = patchEntity<Task>(previous, patch, entityPath('task', id));
  if (changed.has('parentId') && !changed.has('order') && next.parentId !== previous.parentId) {
    if (next.parentId === undefined || typeof next.parentId === 'string')
      next.order = orderAfterLast(ctx, next.parentId);
  }
  rederiveDates(previous, next, changed, ctx.workingTime(next.calendarId));
  const updated = emitUpdate(ctx, 'task', previous, next);
  workFollowsDuration(ctx, previous, updated);
  return updated;
}

/** One task change among several: which task and its patch. */
export interface TaskUpdate {
  id: string;
  patch: TaskPatch;
}

/** Applies several task patches in order, each as {@link updateTask} does; returns the updated tasks. */
export function updateTasks(ctx: MutationContext, updates: readonly TaskUpdate[]): Readonly<Task>[] {
  return updates.map((u) => updateTask(ctx, u.id, u.patch));
}

/**
 * Removes a task with everything that hangs on it: its subtasks, the dependencies touching any
 * of them, the notes about them and their assignments. Emits links first, then notes and
 * assignments, then tasks deepest first, so
 * every operation (and every inverse, replayed backwards) leaves a valid project.
 */
export function removeTask(ctx: MutationContext, id: string): void {
  const root = requireEntity(ctx, 'task', id);
  const { state } = ctx;
  const subtree: Readonly<Task>[] = [];
  const stack = [root.id];
  while (stack.length > 0) {
    const at = stack.pop() as string;
    const task = state.tasks.get(at);
    if (task === undefined) continue;
    subtree.push(task);
    for (const child of state.childIds(at)) stack.push(child);
  }
  const inSubtree = new Set(subtree.map((t) => t.id));
  const links = new Set<string>();
  for (const t of subtree) {
    for (const d of state.outgoing.get(t.id) ?? []) links.add(d);
    for (const d of state.incoming.get(t.id) ?? []) links.add(d);
  }
  for (const d of links) {
    const dep = state.dependencies.get(d);
    if (dep !== undefined) emitRemove(ctx, 'dependency', dep);
  }
  for (const note of Array.from(state.tables.note.values())) {
    if (note.taskId !== undefined && inSubtree.has(note.taskId)) emitRemove(ctx, 'note', note);
  }
  for (const a of Array.from(state.tables.assignment.values())) {
    if (inSubtree.has(a.taskId)) emitRemove(ctx, 'assignment', a);
  }
  for (let i = subtree.length - 1; i >= 0; i--) emitRemove(ctx, 'task', subtree[i] as Readonly<Task>);
}
