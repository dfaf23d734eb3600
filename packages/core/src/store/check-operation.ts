import { checkAutomationRule, checkFiredRecord } from '../validate/check-automation.js';
import {
  checkAssignment,
  checkBaseline,
  checkCalendar,
  checkDependency,
  checkField,
  checkGroup,
  checkNote,
  checkPerson,
  checkPriority,
  checkRelease,
  checkSettings,
  checkStatus,
  checkTask,
  fieldValueFits,
} from '../validate/check-entities.js';
import { RoadlineError, type ValidationIssue } from '../model/errors.js';
import { findPath } from '../model/graph.js';
import { isPlainObject } from '../model/json.js';
import type { Operation } from '../model/operations.js';
import type { Assignment, Dependency, FieldDef, Task } from '../model/types.js';
import { invalidData } from '../validate/validate.js';
import { ENTITY_KINDS, type TableKind } from './entities.js';
import { inUse } from './references.js';
import type { ProjectState } from './state.js';

type Issues = ValidationIssue[];

const CHECKERS: Record<
  TableKind,
  (value: unknown, path: string, issues: Issues, state: ProjectState) => void
> = {
  task: checkTask,
  dependency: checkDependency,
  calendar: (v, p, i) => checkCalendar(v, p, i, true),
  assignment: checkAssignment,
  person: checkPerson,
  group: checkGroup,
  status: checkStatus,
  priority: checkPriority,
  release: checkRelease,
  field: checkField,
  note: checkNote,
  baseline: checkBaseline,
  automation: checkAutomationRule,
  fired: checkFiredRecord,
};

/** How an entity is named in issue paths and messages: `task "t1"`. */
export function entityPath(entity: string, id: string): string {
  return `${entity}[${JSON.stringify(id)}]`;
}

/**
 * Checks that `op` can be applied to `state` as it is now (including the operations already
 * applied in the pending transaction) and leaves it valid: the entity exists or not as the kind
 * requires, the new snapshot is well-formed and refers only to what exists, no cycle appears, and
 * nothing is removed that is still referred to. Throws `RoadlineError` (`NOT_FOUND`,
 * `DUPLICATE_ID`, `CYCLE`, `INVALID_ARGUMENT` or `INVALID_DATA` with issues); never changes state.
 */
export function checkOperation(state: ProjectState, op: Operation): void {
  if (!ENTITY_KINDS.has(op.entity))
    throw new RoadlineError('INVALID_ARGUMENT', `Unknown entity kind "${String(op.entity)}"`);
  if (typeof op.id !== 'string')
    throw new RoadlineError('INVALID_ARGUMENT', 'An operation needs a string id');
  const path = entityPath(op.entity, op.id);
  if (op.entity === 'project') {
    if (op.kind !== 'update') throw new RoadlineError('INVALID_ARGUMENT', 'The project can only be updated');
    const issues: Issues = [];
    checkSettings(op.after, 'project', issues);
    if (issues.length > 0) throw invalidData(issues);
    return;
  }
  const kind = op.entity as TableKind;
  const exists = state.tables[kind].has(op.id);
  if (op.kind === 'add' && exists)
    throw new RoadlineError('DUPLICATE_ID', `${path} already exists`, { id: op.id });
  if (op.kind !== 'add' && !exists)
    throw new RoadlineError('NOT_FOUND', `${path} does not exist`, { id: op.id });
  if (op.kind === 'remove') {
    const user = inUse(state, kind, op.id);
    if (user !== undefined) {
      throw invalidData([{ path, code: 'IN_USE', message: `${path} cannot be removed: ${user}` }]);
    }
    return;
  }
  if (op.kind !== 'add' && op.kind !== 'update') {
    throw new RoadlineError('INVALID_ARGUMENT', `Unknown operation kind "${String(op.kind)}"`);
  }
  const after = op.after;
  const issues: Issues = [];
  CHECKERS[kind](after, path, issues, state);
  if (isPlainObject(after) && after.id !== op.id) {
    issues.push({ path: `${path}.id`, code: 'INVALID_VALUE', message: `${path} cannot change its id` });
  }
  if (issues.length > 0) throw invalidData(issues);
  if (kind === 'task') checkParent(state, after as Task, path);
  if (kind === 'dependency') checkLink(state, after as Dependency, path);
  if (kind === 'assignment') checkSecondAssignment(state, after as Assignment, path);
  if (kind === 'field' && op.kind === 'update') checkFieldValues(state, after as FieldDef, path);
}

/**
 * A new parent must not be the task itself or one of its descendants, and no link may join the
 * moved subtree to one of its new ancestors (a summary linked to its own subtask).
 */
function checkParent(state: ProjectState, task: Task, path: string): void {
  const previous = state.tasks.get(task.id);
  if (task.parentId === undefined || previous?.parentId === task.parentId) return;
  const ancestors = new Set<string>();
  const loop = [task.id];
  let at: string | undefined = task.parentId;
  while (at !== undefined) {
    loop.push(at);
    if (at === task.id) {
      throw invalidData([
        {
          path: `${path}.parentId`,
          code: 'HIERARCHY_CYCLE',
          message: `${path} cannot move under its own subtask "${task.parentId}"`,
          tasks: loop.slice(0, -1),
        },
      ]);
    }
    ancestors.add(at);
    at = state.tasks.get(at)?.parentId;
  }
  if (previous === undefined || state.dependencies.size === 0) return;
  const stack = [task.id];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const other of linkedTasks(state, id)) {
      if (ancestors.has(other)) {
        throw new RoadlineError(
          'CYCLE',
          `${path} cannot move under "${task.parentId}": "${id}" is linked to "${other}", which would become its summary`,
          {
            tasks: [id, other],
          },
        );
      }
    }
    for (const child of state.childIds(id)) stack.push(child);
  }
}

function linkedTasks(state: ProjectState, id: string): string[] {
  const out: string[] = [];
  for (const d of state.outgoing.get(id) ?? []) {
    const to = state.dependencies.get(d)?.to;
    if (to !== undefined) out.push(to);
  }
  for (const d of state.incoming.get(id) ?? []) {
    const from = state.dependencies.get(d)?.from;
    if (from !== undefined) out.push(from);
  }
  return out;
}

function isAncestor(state: ProjectState, ancestor: string, of: string): boolean {
  let at = state.tasks.get(of)?.parentId;
  while (at !== undefined) {
    if (at === ancestor) return true;
    at = state.tasks.get(at)?.parentId;
  }
  return false;
}

/** No second link between the same tasks, no link between a summary and its subtask, no cycle. */
function checkLink(state: ProjectState, dep: Dependency, path: string): void {
  for (const other of state.outgoing.get(dep.from) ?? []) {
    if (other !== dep.id && state.dependencies.get(other)?.to === dep.to) {
      throw invalidData([
        {
          path,
          code: 'DUPLICATE_LINK',
          message: `${path} repeats link "${other}" from "${dep.from}" to "${dep.to}"`,
        },
      ]);
    }
  }
  if (isAncestor(state, dep.from, dep.to) || isAncestor(state, dep.to, dep.from)) {
    throw new RoadlineError('CYCLE', `${path} would link the summary task and its own subtask`, {
      tasks: [dep.from, dep.to],
    });
  }
  const previous = state.dependencies.get(dep.id);
  if (previous !== undefined && previous.from === dep.from && previous.to === dep.to) return;
  const successors = (id: string): string[] =>
    (state.outgoing.get(id) ?? []).flatMap((d) => {
      const link = state.dependencies.get(d);
      return link === undefined || d === dep.id ? [] : [link.to];
    });
  const back = findPath(dep.to, dep.from, successors);
  if (back !== undefined) {
    throw new RoadlineError(
      'CYCLE',
      `${path} would close a dependency cycle: ${[dep.from, ...back].map((t) => `"${t}"`).join(' → ')}`,
      { tasks: back.length > 0 ? [dep.from, ...back.slice(0, -1)] : [dep.from] },
    );
  }
}

/** A changed field definition must still fit every value tasks hold for it. */
function checkFieldValues(state: ProjectState, def: FieldDef, path: string): void {
  for (const task of state.tasks.values()) {
    const value = task.fields?.[def.id];
    if (value === undefined || value === null || fieldValueFits(def, value, state)) continue;
    throw invalidData([
      { path, code: 'IN_USE', message: `${path} no longer fits the value task "${task.id}" holds for it` },
    ]);
  }
}

/** A person is assigned to a task at most once. */
function checkSecondAssignment(state: ProjectState, a: Assignment, path: string): void {
  for (const other of state.assignmentsOf(a.taskId)) {
    if (other.id !== a.id && other.personId === a.personId) {
      throw invalidData([
        {
          path,
          code: 'DUPLICATE_ASSIGNMENT',
          message: `${path} assigns "${a.personId}" to task "${a.taskId}", as "${other.id}" already does`,
        },
      ]);
    }
  }
}
