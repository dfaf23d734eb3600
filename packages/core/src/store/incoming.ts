import type { ValidationIssue } from '../model/errors.js';
import { copyJson, isPlainObject } from '../model/json.js';
import type { EntityKind, Operation } from '../model/operations.js';
import { invalidData } from '../validate/validate.js';
import { ENTITY_KINDS } from './entities.js';
import type { ProjectState } from './state.js';

/**
 * Copies and checks the shape of one operation from outside (another store, storage) at
 * `operations[index]`; its `before` comes from `state`, never from the input. The content is
 * checked later, by `emit`, like a local change.
 */
export function incomingOperation(state: ProjectState, value: unknown, index: number): Operation {
  const path = `operations[${index}]`;
  if (!isPlainObject(value) || typeof value.id !== 'string' || !ENTITY_KINDS.has(String(value.entity))) {
    throw invalidData([{ path, code: 'WRONG_TYPE', message: `${path} is not an operation` }]);
  }
  if (value.kind !== 'add' && value.kind !== 'update' && value.kind !== 'remove') {
    throw invalidData([
      {
        path: `${path}.kind`,
        code: 'INVALID_VALUE',
        message: `${path}.kind must be add, update or remove`,
      },
    ]);
  }
  const entity = value.entity as EntityKind;
  const op: Operation = { kind: value.kind, entity, id: value.id };
  const current = entity === 'project' ? state.settings : state.tables[entity].get(value.id);
  if (current !== undefined && value.kind !== 'add') op.before = current;
  if (value.kind !== 'remove') {
    const issues: ValidationIssue[] = [];
    const after = copyJson(value.after, `${path}.after`, issues);
    if (issues.length > 0) throw invalidData(issues);
    op.after = after;
  }
  return op;
}
