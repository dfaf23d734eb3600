import type { Operation } from '../model/operations.js';
import type { Dependency, Note, Task } from '../model/types.js';
import { type FieldSource, isDone } from './fields.js';
import { sameJson } from '../model/json.js';
import type { Trigger } from '../model/automation.js';

/**
 * What happened to one task in a run of operations, the change triggers match against. Several
 * operations on a task within one batch count as one change, from its state before the first to
 * its state now (a status changed there and back is no change).
 */
export type TaskEvent =
  | { kind: 'created'; taskId: string }
  | { kind: 'updated'; taskId: string; before: Readonly<Task>; after: Readonly<Task> }
  | { kind: 'note-added'; taskId: string }
  | { kind: 'predecessors-done'; taskId: string };

/** What finding events needs of the store. */
export interface EventSource extends FieldSource {
  task(id: string): Readonly<Task> | undefined;
  /** Links into a task. */
  predecessors(taskId: string): readonly Readonly<Dependency>[];
  /** Links out of a task. */
  successors(taskId: string): readonly Readonly<Dependency>[];
}

/** Which kinds of event beyond `created` and `updated` a caller wants (finding them costs reads). */
export interface EventKinds {
  notes: boolean;
  ready: boolean;
}

const ALL_KINDS: EventKinds = { notes: true, ready: true };

/** The events of `ops[from…]`, in the order their tasks first appear. */
export function eventsOf(
  ops: readonly Operation[],
  from: number,
  source: EventSource,
  kinds: EventKinds = ALL_KINDS,
): TaskEvent[] {
  const first = new Map<string, Readonly<Task> | undefined>();
  const notes: string[] = [];
  for (let i = from; i < ops.length; i++) {
    const op = ops[i] as Operation;
    if (op.entity === 'task') {
      if (!first.has(op.id)) first.set(op.id, op.before as Readonly<Task> | undefined);
    } else if (kinds.notes && op.entity === 'note' && op.kind === 'add') {
      const taskId = (op.after as Note).taskId;
      if (taskId !== undefined) notes.push(taskId);
    }
  }
  const events: TaskEvent[] = [];
  const finished: string[] = [];
  for (const [taskId, before] of first) {
    const after = source.task(taskId);
    if (after === undefined) continue;
    if (before === undefined) {
      events.push({ kind: 'created', taskId });
      continue;
    }
    if (before === after) continue;
    events.push({ kind: 'updated', taskId, before, after });
    if (kinds.ready && !isDone(before, source) && isDone(after, source)) finished.push(taskId);
  }
  for (const taskId of notes)
    if (source.task(taskId) !== undefined) events.push({ kind: 'note-added', taskId });
  const ready = new Set<string>();
  for (const taskId of finished) {
    for (const link of source.successors(taskId)) {
      if (ready.has(link.to) || !allPredecessorsDone(link.to, source)) continue;
      ready.add(link.to);
      events.push({ kind: 'predecessors-done', taskId: link.to });
    }
  }
  return events;
}

function allPredecessorsDone(taskId: string, source: EventSource): boolean {
  for (const link of source.predecessors(taskId)) {
    const pred = source.task(link.from);
    if (pred !== undefined && !isDone(pred, source)) return false;
  }
  return true;
}

/** The facts of the change a trigger matched, for `{{change.*}}`. */
export interface Matched {
  field?: string;
  from?: unknown;
  to?: unknown;
}

/**
 * Whether a `field-changed` trigger matches a change of its field from `from` to `to` (two
 * different stored values: {@link storedField} of the task before and after; for
 * `status.category`, the category), and with which facts. Its `from` and `to` must equal the old
 * and new values when given, and for a list field (`assignees`, `tags`) a single `to` matches an
 * item that was added and a single `from` one that was removed. The other change triggers match
 * their event kind (`task-created`: `created`, and so on; `rule-plan.ts` sorts rules by kind).
 */
export function matchChange(
  trigger: Extract<Trigger, { type: 'field-changed' }>,
  from: unknown,
  to: unknown,
): Matched | undefined {
  if (trigger.from !== undefined && !sideMatches(from, to, trigger.from)) return undefined;
  if (trigger.to !== undefined && !sideMatches(to, from, trigger.to)) return undefined;
  return { field: trigger.field, from, to };
}

/** Whether `value` (the side's value; `other`: the other side's) is what the trigger asks for. */
function sideMatches(value: unknown, other: unknown, wanted: unknown): boolean {
  if (Array.isArray(value) && !Array.isArray(wanted)) {
    const had = Array.isArray(other) && other.some((v) => sameJson(v, wanted));
    return !had && value.some((v) => sameJson(v, wanted));
  }
  return sameJson(value, wanted);
}

/** The stored value of a field (never the scheduled date). */
export function storedField(task: Readonly<Task>, field: string, source: FieldSource): unknown {
  if (field === 'status.category')
    return task.status === undefined ? undefined : source.status(task.status)?.category;
  if (field.startsWith('fields.')) {
    const id = field.slice(7);
    return task.fields !== undefined && Object.hasOwn(task.fields, id) ? task.fields[id] : undefined;
  }
  return Object.hasOwn(task, field) ? (task as unknown as Record<string, unknown>)[field] : undefined;
}
