import { RoadlineError } from '../../model/errors.js';
import { copyJson } from '../../model/json.js';
import type { FieldDef, Task } from '../../model/types.js';
import { invalidData } from '../../validate/validate.js';
import type { ValidationIssue } from '../../model/errors.js';
import { entityPath } from '../check-operation.js';
import { addEntity, type Input, type Patch, removeEntity, updateEntity } from './catalog.js';
import { emitUpdate, type MutationContext, requireEntity } from './context.js';

/** Adds a custom field (a column of the grid or board). */
export function addField(ctx: MutationContext, input: Input<'field'>): Readonly<FieldDef> {
  return addEntity(ctx, 'field', input);
}

/** Changes a custom field; rejected with `IN_USE` when a task holds a value the new definition does not allow. */
export function updateField(ctx: MutationContext, id: string, patch: Patch<'field'>): Readonly<FieldDef> {
  return updateEntity(ctx, 'field', id, patch);
}

/** Removes a custom field and every task's value for it. */
export function removeField(ctx: MutationContext, id: string): void {
  removeEntity(ctx, 'field', id, (task) => withoutField(task, id));
}

/** Sets (or, with `undefined`, clears) one task's value of a custom field. */
export function setFieldValue(
  ctx: MutationContext,
  taskId: string,
  fieldId: string,
  value: unknown,
): Readonly<Task> {
  const task = requireEntity(ctx, 'task', taskId);
  if (typeof fieldId !== 'string') throw new RoadlineError('INVALID_ARGUMENT', 'A field id must be a string');
  if (value === undefined) return emitUpdate(ctx, 'task', task, withoutField({ ...task }, fieldId));
  const issues: ValidationIssue[] = [];
  const path = `${entityPath('task', taskId)}.fields.${fieldId}`;
  const copy = copyJson(value, path, issues);
  if (issues.length > 0 || copy === undefined) throw invalidData(issues);
  return emitUpdate(ctx, 'task', task, { ...task, fields: { ...task.fields, [fieldId]: copy } });
}

function withoutField(task: Task, fieldId: string): Task {
  if (task.fields === undefined || !Object.hasOwn(task.fields, fieldId)) return task;
  const fields = { ...task.fields };
  delete fields[fieldId];
  if (Object.keys(fields).length > 0) task.fields = fields;
  else delete task.fields;
  return task;
}
