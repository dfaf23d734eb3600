import type { Task } from '../model/types.js';
import type { TableKind } from './entities.js';
import type { ProjectState } from './state.js';

/**
 * Whether `task` refers to the catalog entry `id` of `kind` (a status, priority, person, group,
 * release, calendar or custom field). Person references include person-typed field values.
 */
export function taskRefers(state: ProjectState, task: Readonly<Task>, kind: TableKind, id: string): boolean {
  switch (kind) {
    case 'status':
      return task.status === id;
    case 'priority':
      return task.priority === id;
    case 'group':
      return task.groupId === id;
    case 'release':
      return task.releaseId === id;
    case 'calendar':
      return task.calendarId === id;
    case 'field':
      return task.fields !== undefined && Object.hasOwn(task.fields, id);
    case 'person':
      return (task.assignees?.includes(id) ?? false) || personInFields(state, task, id);
    default:
      return false;
  }
}

function personInFields(state: ProjectState, task: Readonly<Task>, person: string): boolean {
  if (task.fields === undefined) return false;
  for (const key of Object.keys(task.fields)) {
    if (task.fields[key] === person && state.field(key)?.type === 'person') return true;
  }
  return false;
}

/** Tasks that refer to the catalog entry `id` of `kind`, in WBS order. A scan: catalog removal is rare. */
export function tasksReferring(state: ProjectState, kind: TableKind, id: string): Readonly<Task>[] {
  const out: Readonly<Task>[] = [];
  for (const taskId of state.wbsOrder()) {
    const task = state.tasks.get(taskId);
    if (task !== undefined && taskRefers(state, task, kind, id)) out.push(task);
  }
  return out;
}

/** A short account of what still refers to an entity about to be removed, or `undefined` when nothing does. */
export function inUse(state: ProjectState, kind: TableKind, id: string): string | undefined {
  if (kind === 'task') {
    if (state.childIds(id).length > 0) return 'it has subtasks';
    if (state.outgoing.has(id) || state.incoming.has(id)) return 'dependencies link to it';
    for (const note of state.tables.note.values())
      if (note.taskId === id) return `note "${note.id}" is about it`;
    for (const a of state.tables.assignment.values())
      if (a.taskId === id) return `assignment "${a.id}" is on it`;
    return undefined;
  }
  if (kind === 'dependency' || kind === 'note' || kind === 'baseline' || kind === 'assignment')
    return undefined;
  if (kind === 'automation' || kind === 'fired') return undefined;
  if (kind === 'person') {
    for (const a of state.tables.assignment.values())
      if (a.personId === id) return `assignment "${a.id}" is theirs`;
  }
  if (kind === 'calendar') {
    for (const p of state.tables.person.values())
      if (p.calendarId === id) return `person "${p.id}" works on it`;
  }
  return firstUser(state, kind, id);
}

function firstUser(state: ProjectState, kind: TableKind, id: string): string | undefined {
  for (const task of state.tasks.values()) {
    if (taskRefers(state, task, kind, id)) return `task "${task.id}" uses it`;
  }
  return undefined;
}
