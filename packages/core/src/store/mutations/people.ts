import type { Person, Task } from '../../model/types.js';
import { addEntity, type Input, type Patch, removeEntity, updateEntity } from './catalog.js';
import { emitRemove, type MutationContext } from './context.js';

export function addPerson(ctx: MutationContext, input: Input<'person'>): Readonly<Person> {
  return addEntity(ctx, 'person', input);
}

export function updatePerson(ctx: MutationContext, id: string, patch: Patch<'person'>): Readonly<Person> {
  return updateEntity(ctx, 'person', id, patch);
}

/**
 * Removes a person: their assignments go (the work goes with them; no task is rebalanced),
 * they are unassigned from every task and cleared from person-typed custom fields.
 */
export function removePerson(ctx: MutationContext, id: string): void {
  for (const a of Array.from(ctx.state.tables.assignment.values())) {
    if (a.personId === id) emitRemove(ctx, 'assignment', a);
  }
  removeEntity(ctx, 'person', id, (task) => withoutPerson(ctx, task, id));
}

function withoutPerson(ctx: MutationContext, task: Task, person: string): Task {
  if (task.assignees?.includes(person)) {
    const rest = task.assignees.filter((a) => a !== person);
    if (rest.length > 0) task.assignees = rest;
    else delete task.assignees;
  }
  if (task.fields !== undefined) {
    const fields = { ...task.fields };
    for (const key of Object.keys(fields)) {
      if (fields[key] === person && ctx.state.field(key)?.type === 'person') delete fields[key];
    }
    task.fields = fields;
  }
  return task;
}
