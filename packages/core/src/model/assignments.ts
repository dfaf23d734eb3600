/**
 * Who works on which task, and how much: the one place that combines `Task.assignees` (the
 * shorthand, 100 % each) with `ProjectData.assignments` (units and work). A task's people are the
 * union of both; an assignment overrides the shorthand for its person, so a person listed in
 * `assignees` and in an assignment at 50 % works at 50 %, once. Order: the task's `assignees`
 * first (in their order), then the people only an assignment names (in list order).
 */
import type { Assignment, ProjectData, Task } from './types.js';

/** One person on one task as resource math sees it: units always known. */
export interface TaskAssignment {
  /** The assignment's id; for the shorthand, `<taskId>:<personId>` with `implicit` set. */
  id: string;
  taskId: string;
  personId: string;
  /** Percent of the person's time (default 100). */
  units: number;
  /** Hours of work when the data states them; otherwise duration × units. */
  work?: number;
  /** True when the person is on the task only through `assignees`. */
  implicit: boolean;
}

/** The id an assignment without one is given: `<taskId>:<personId>`. */
export function assignmentKey(taskId: string, personId: string): string {
  return `${taskId}:${personId}`;
}

/** Units of an assignment, with the default. */
export function unitsOf(a: Pick<Assignment, 'units'>): number {
  return a.units ?? 100;
}

/**
 * The assignments of one task, shorthand included. `explicit` are the task's entries of
 * `assignments` (any order); pass `[]` when it has none.
 */
export function taskAssignments(
  task: Readonly<Task>,
  explicit: readonly Readonly<Assignment>[],
): TaskAssignment[] {
  const out: TaskAssignment[] = [];
  const byPerson = new Map<string, Readonly<Assignment>>();
  for (const a of explicit)
    if (a.taskId === task.id && !byPerson.has(a.personId)) byPerson.set(a.personId, a);
  const listed = new Set<string>();
  for (const personId of task.assignees ?? []) {
    if (listed.has(personId)) continue;
    listed.add(personId);
    const a = byPerson.get(personId);
    out.push(a === undefined ? implicit(task.id, personId) : fromData(a));
  }
  for (const a of byPerson.values()) if (!listed.has(a.personId)) out.push(fromData(a));
  return out;
}

/** Every task's assignments, shorthand included, by task id (tasks with nobody are left out). */
export function assignmentsByTask(
  data: Pick<ProjectData, 'tasks' | 'assignments'>,
): Map<string, TaskAssignment[]> {
  const explicit = new Map<string, Readonly<Assignment>[]>();
  for (const a of data.assignments ?? []) {
    const list = explicit.get(a.taskId);
    if (list === undefined) explicit.set(a.taskId, [a]);
    else list.push(a);
  }
  const out = new Map<string, TaskAssignment[]>();
  for (const task of data.tasks) {
    const own = explicit.get(task.id);
    const assignees = task.assignees;
    if (own !== undefined) out.set(task.id, taskAssignments(task, own));
    else if (assignees !== undefined && assignees.length > 0)
      out.set(task.id, shorthandOnly(task.id, assignees));
  }
  return out;
}

/** The common case without a Map per task: people by the shorthand only. */
function shorthandOnly(taskId: string, assignees: readonly string[]): TaskAssignment[] {
  const out: TaskAssignment[] = [];
  for (let i = 0; i < assignees.length; i++) {
    const personId = assignees[i] as string;
    if (assignees.indexOf(personId) === i) out.push(implicit(taskId, personId));
  }
  return out;
}

function implicit(taskId: string, personId: string): TaskAssignment {
  return { id: assignmentKey(taskId, personId), taskId, personId, units: 100, implicit: true };
}

function fromData(a: Readonly<Assignment>): TaskAssignment {
  const out: TaskAssignment = {
    id: a.id ?? assignmentKey(a.taskId, a.personId),
    taskId: a.taskId,
    personId: a.personId,
    units: unitsOf(a),
    implicit: false,
  };
  if (a.work !== undefined) out.work = a.work;
  return out;
}
