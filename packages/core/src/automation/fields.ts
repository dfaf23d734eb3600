import type { StatusDef, Task } from '../model/types.js';

/** What reading a task's fields needs besides the task. */
export interface FieldSource {
  status(id: string): Readonly<StatusDef> | undefined;
  /** The scheduled dates, when a scheduler runs. */
  scheduled(taskId: string): { start: string; end: string } | undefined;
}

/**
 * The value of a field path of a rule for `task`: a task member (`status`, `priority`,
 * `progress`, `assignees`, `groupId`, `name`, …), `fields.<id>` (a custom field), `start` and
 * `end` (the scheduled dates when there are, else the stored ones) or `status.category` (the
 * category of the task's status).
 */
export function readField(task: Readonly<Task>, field: string, source: FieldSource): unknown {
  if (field.startsWith('fields.')) {
    const fields = task.fields;
    const id = field.slice(7);
    return fields !== undefined && Object.hasOwn(fields, id) ? fields[id] : undefined;
  }
  if (field === 'status.category') {
    return task.status === undefined ? undefined : source.status(task.status)?.category;
  }
  if (field === 'start' || field === 'end') {
    const s = source.scheduled(task.id);
    return s !== undefined ? s[field] : task[field];
  }
  return Object.hasOwn(task, field) ? (task as unknown as Record<string, unknown>)[field] : undefined;
}

/** Whether a task's status is of category `done`. */
export function isDone(task: Readonly<Task>, source: FieldSource): boolean {
  return task.status !== undefined && source.status(task.status)?.category === 'done';
}
