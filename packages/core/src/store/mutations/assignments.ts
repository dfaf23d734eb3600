import type { Assignment, DurationUnit, Task } from '../../model/types.js';
import { assignmentKey, taskAssignments, unitsOf } from '../../model/assignments.js';
import { recomputeWork, type WorkChange, type WorkItem } from '../../resources/task-type.js';
import { entityPath } from '../check-operation.js';
import {
  copyInput,
  emitAdd,
  emitRemove,
  emitUpdate,
  idFor,
  type MutationContext,
  patchEntity,
  requireEntity,
} from './context.js';
import { updateTask } from './tasks.js';

type Stored = Assignment & { id: string };

/** An assignment as a host adds it; the id is `<taskId>:<personId>` (or a fresh one) when absent. */
export type AssignmentInput = Assignment;

/** Members to change; `undefined` removes one (units back to 100 %, work back to duration × units). */
export type AssignmentPatch = Partial<Omit<Assignment, 'id'>>;

/**
 * Puts a person on a task. Rejected with `INVALID_DATA` for an unknown task or person, negative
 * units or work, or a person the task already has an assignment for. The task's duration and
 * the other assignments change as its task type says (see `resources/task-type.ts`).
 */
export function addAssignment(ctx: MutationContext, input: AssignmentInput): Readonly<Stored> {
  const { copy } = copyInput(input, 'assignment');
  let id = copy.id as string | undefined;
  if (id === undefined && typeof copy.taskId === 'string' && typeof copy.personId === 'string') {
    const key = assignmentKey(copy.taskId, copy.personId);
    if (!ctx.state.tables.assignment.has(key)) id = key;
  }
  const before = typeof copy.taskId === 'string' ? workOf(ctx, copy.taskId) : undefined;
  const added = emitAdd(ctx, 'assignment', {
    ...copy,
    id: idFor(ctx, 'assignment', id),
  } as unknown as Stored);
  if (before !== undefined) {
    rebalance(
      ctx,
      added.taskId,
      before,
      { kind: 'added', index: -1, workGiven: added.work !== undefined },
      added.id,
    );
  }
  return ctx.state.tables.assignment.get(added.id) as Readonly<Stored>;
}

/**
 * Changes an assignment. New units or work change the task's duration, or the other member, as
 * its task type says; a new `personId` reassigns the work as it is.
 */
export function updateAssignment(ctx: MutationContext, id: string, patch: AssignmentPatch): Readonly<Stored> {
  const previous = requireEntity(ctx, 'assignment', id);
  const { next, changed } = patchEntity<Stored>(previous, patch, entityPath('assignment', id));
  const before = workOf(ctx, previous.taskId);
  const updated = emitUpdate(ctx, 'assignment', previous, next);
  if (updated.taskId !== previous.taskId || before === undefined) return updated;
  if (changed.has('work') && updated.work !== undefined) {
    rebalance(ctx, updated.taskId, before, { kind: 'work', index: -1 }, id);
  } else if (changed.has('units') && unitsOf(updated) !== unitsOf(previous)) {
    rebalance(ctx, updated.taskId, before, { kind: 'units', index: -1 }, id);
  }
  return ctx.state.tables.assignment.get(id) as Readonly<Stored>;
}

/** Takes a person off a task; an effort-driven task shares the work among those who stay. */
export function removeAssignment(ctx: MutationContext, id: string): void {
  const previous = requireEntity(ctx, 'assignment', id);
  const before = workOf(ctx, previous.taskId);
  emitRemove(ctx, 'assignment', previous);
  const task = ctx.state.tasks.get(previous.taskId);
  if (task === undefined || before === undefined) return;
  const gone = before.items.get(previous.personId);
  if (task.assignees?.includes(previous.personId)) {
    // The shorthand still names the person: they stay on at 100 %, which is a units change.
    rebalance(ctx, task.id, before, { kind: 'units', index: -1 }, assignmentKey(task.id, previous.personId));
    return;
  }
  rebalance(ctx, task.id, before, { kind: 'removed', work: gone?.work ?? 0 }, undefined);
}

/** Task duration in working minutes and each person's units and work, before a change. */
interface WorkBefore {
  duration: number;
  items: Map<string, WorkItem>;
}

function minutesPer(ctx: MutationContext, task: Readonly<Task>, unit: DurationUnit): number {
  const wt = ctx.workingTime(task.calendarId);
  if (wt !== undefined) return wt.minutesPer(unit);
  return unit === 'minute' ? 1 : unit === 'hour' ? 60 : unit === 'day' ? 1440 : 7 * 1440;
}

function workOf(ctx: MutationContext, taskId: string): WorkBefore | undefined {
  const task = ctx.state.tasks.get(taskId);
  if (task === undefined) return undefined;
  const duration = (task.duration ?? 0) * minutesPer(ctx, task, task.durationUnit ?? 'day');
  const items = new Map<string, WorkItem>();
  for (const a of taskAssignments(task, ctx.state.assignmentsOf(taskId))) {
    items.set(a.personId, {
      units: a.units,
      work: a.work !== undefined ? a.work * 60 : (duration * a.units) / 100,
    });
  }
  return { duration, items };
}

/**
 * Recomputes a task after one of its assignments changed and writes back what moved: the task's
 * duration, and units or work of assignments (a shorthand assignee whose numbers change becomes
 * an assignment). `changedId` is the assignment the change is about.
 */
function rebalance(
  ctx: MutationContext,
  taskId: string,
  before: WorkBefore,
  change: WorkChange,
  changedId: string | undefined,
): void {
  const task = ctx.state.tasks.get(taskId);
  if (task === undefined || task.type === 'milestone' || ctx.state.childIds(taskId).length > 0) return;
  const now = taskAssignments(task, ctx.state.assignmentsOf(taskId));
  const items: WorkItem[] = [];
  let index = -1;
  for (const a of now) {
    const old = before.items.get(a.personId);
    const isChanged = a.id === changedId;
    if (isChanged) index = items.length;
    const work =
      a.work !== undefined && (isChanged || old === undefined)
        ? a.work * 60
        : (old?.work ?? (before.duration * a.units) / 100);
    items.push({ units: a.units, work });
  }
  if ((change.kind === 'units' || change.kind === 'work' || change.kind === 'added') && index < 0) return;
  const fixed = change.kind === 'removed' || change.kind === 'duration' ? change : { ...change, index };
  const result = recomputeWork(task.taskType, task.effortDriven, before.duration, items, fixed);
  writeBack(ctx, task, before.duration, result.duration, now, result.items);
}

function writeBack(
  ctx: MutationContext,
  task: Readonly<Task>,
  durationBefore: number,
  duration: number,
  now: ReturnType<typeof taskAssignments>,
  items: readonly WorkItem[],
): void {
  if (Math.abs(duration - durationBefore) > 1e-6) {
    const per = minutesPer(ctx, task, task.durationUnit ?? 'day');
    updateTask(ctx, task.id, { duration: round(duration / per) });
  }
  now.forEach((a, i) => {
    const item = items[i] as WorkItem;
    const units = round(item.units);
    const derived = (duration * item.units) / 100;
    const keepWork = a.work !== undefined || Math.abs(item.work - derived) > 0.5;
    const work = keepWork ? round(item.work / 60) : undefined;
    if (units === a.units && work === a.work) return;
    if (a.implicit) {
      const add: Stored = { id: a.id, taskId: a.taskId, personId: a.personId, units };
      if (work !== undefined) add.work = work;
      emitAdd(ctx, 'assignment', add);
      return;
    }
    const previous = ctx.state.tables.assignment.get(a.id);
    if (previous === undefined) return;
    const next: Stored = { ...previous };
    if (units === 100 && previous.units === undefined) delete next.units;
    else next.units = units;
    if (work === undefined) delete next.work;
    else next.work = work;
    emitUpdate(ctx, 'assignment', previous, next);
  });
}

/** Six decimals: enough for minutes, no binary noise in saved data. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
