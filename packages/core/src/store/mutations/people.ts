import type { Person, Task } from '../../model/types.js';
import { addEntity, type Input, type Patch, removeEntity, updateEntity } from './catalog.js';
import type { MutationContext } from './context.js';

export function addPerson(ctx: MutationContext, input: Input<'person'>): Readonly<Person> {
  return addEntity(ctx, 'person', input);
}

export function updatePerson(ctx: MutationContext, id: string, patch: Patch<'person'>): Readonly<Person> {
  return updateEntity(ctx, 'person', id, patch);
}

/** Removes a person: unassigned from every task, cleared from person-typed custom fields. */
export function removePerson(ctx: MutationContext, id: string): void {
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
