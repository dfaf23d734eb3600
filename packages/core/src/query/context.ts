import type { FieldDef, Group, Person, PriorityDef, Release, StatusDef } from '../model/types.js';

/** The catalogs queries read labels, ranks and order from; a `Project` satisfies it. */
export interface QueryContext {
  statuses(): readonly Readonly<StatusDef>[];
  priorities(): readonly Readonly<PriorityDef>[];
  people(): readonly Readonly<Person>[];
  groups(): readonly Readonly<Group>[];
  releases(): readonly Readonly<Release>[];
  field(id: string): Readonly<FieldDef> | undefined;
  wbsOrder(): readonly string[];
}

/** A task member, a custom field (`fields.<id>`), or `assignee` (any of `assignees`). */
export type TaskField = string;

/** The raw value of `field` on a task: a member, `fields.<id>`, or the assignee list. */
export function fieldValue(task: Readonly<Record<string, unknown>>, field: TaskField): unknown {
  if (field === 'assignee') return task.assignees;
  if (field.startsWith('fields.')) {
    const fields = task.fields as Record<string, unknown> | undefined;
    const id = field.slice(7);
    return fields !== undefined && Object.hasOwn(fields, id) ? fields[id] : undefined;
  }
  return Object.hasOwn(task, field) ? task[field] : undefined;
}
