import type { Task } from '../model/types.js';
import { type QueryContext, type TaskField, fieldValue } from './context.js';

/** Comparison operators of a {@link Condition}. */
export type ConditionOp =
  | 'eq'
  | 'neq'
  | 'in'
  | 'nin'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte'
  | 'contains'
  | 'empty'
  | 'notEmpty';

/** One test on one field; for list fields (`assignees`, `tags`), `eq` and `in` match any element. */
export interface Condition {
  field: TaskField;
  op: ConditionOp;
  value?: unknown;
}

/** Every condition must hold, and `text` must appear (case-insensitively) in the name, tags, text fields or assignee names. */
export interface TaskFilter {
  text?: string;
  where?: readonly Condition[];
}

/** The tasks that pass `filter`, in their given order. */
export function filterTasks<T extends Readonly<Task>>(
  tasks: readonly T[],
  filter: TaskFilter,
  context?: QueryContext,
): T[] {
  const needle = filter.text?.trim().toLocaleLowerCase() ?? '';
  const names =
    needle !== '' && context !== undefined
      ? new Map(context.people().map((p) => [p.id, p.name.toLocaleLowerCase()]))
      : undefined;
  const conditions = filter.where ?? [];
  return tasks.filter((task) => {
    for (const c of conditions)
      if (!holds(fieldValue(task as Record<string, unknown>, c.field), c)) return false;
    return needle === '' || matchesText(task, needle, names);
  });
}

function holds(value: unknown, c: Condition): boolean {
  const list = Array.isArray(value) ? (value as unknown[]) : undefined;
  switch (c.op) {
    case 'empty':
      return (
        value === undefined || value === null || value === '' || (list !== undefined && list.length === 0)
      );
    case 'notEmpty':
      return !holds(value, { ...c, op: 'empty' });
    case 'eq':
      return list !== undefined ? list.includes(c.value) : value === c.value;
    case 'neq':
      return !holds(value, { ...c, op: 'eq' });
    case 'in': {
      const options = Array.isArray(c.value) ? (c.value as unknown[]) : [];
      return list !== undefined ? list.some((v) => options.includes(v)) : options.includes(value);
    }
    case 'nin':
      return !holds(value, { ...c, op: 'in' });
    case 'contains':
      if (list !== undefined) return list.includes(c.value);
      return (
        typeof value === 'string' &&
        typeof c.value === 'string' &&
        value.toLocaleLowerCase().includes(c.value.toLocaleLowerCase())
      );
    default: {
      if (value === undefined || value === null || c.value === undefined || c.value === null) return false;
      if (typeof value !== typeof c.value) return false;
      const a = value as number | string;
      const b = c.value as number | string;
      if (c.op === 'lt') return a < b;
      if (c.op === 'lte') return a <= b;
      if (c.op === 'gt') return a > b;
      return a >= b;
    }
  }
}

function matchesText(task: Readonly<Task>, needle: string, names: Map<string, string> | undefined): boolean {
  if (task.name.toLocaleLowerCase().includes(needle)) return true;
  if (task.tags?.some((t) => t.toLocaleLowerCase().includes(needle))) return true;
  if (names !== undefined && task.assignees?.some((a) => names.get(a)?.includes(needle))) return true;
  if (task.fields !== undefined) {
    for (const key of Object.keys(task.fields)) {
      const v = task.fields[key];
      if (typeof v === 'string' && v.toLocaleLowerCase().includes(needle)) return true;
    }
  }
  return false;
}
