import type { Task } from '../model/types.js';
import { type FieldSource, readField } from './fields.js';
import { sameJson } from '../model/json.js';
import type { Condition } from '../model/automation.js';

/**
 * Whether `condition` holds for `task`. `eq`/`ne` compare JSON values; `in` holds when the value
 * is one of the list (for a list field such as `assignees`: when one of its items is); the
 * order operators compare numbers with numbers and strings with strings (ISO dates sort as text)
 * and are false otherwise; `contains` looks for a text in a text (ignoring case) or an item in a
 * list; `empty` holds for an absent value, `null`, `''` and `[]`.
 */
export function holds(condition: Condition | undefined, task: Readonly<Task>, source: FieldSource): boolean {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((c) => holds(c, task, source));
  if ('any' in condition) return condition.any.some((c) => holds(c, task, source));
  if ('not' in condition) return !holds(condition.not, task, source);
  const actual = readField(task, condition.field, source);
  const expected = condition.value;
  switch (condition.op) {
    case 'eq':
      return sameJson(actual, expected);
    case 'ne':
      return !sameJson(actual, expected);
    case 'in': {
      const list = Array.isArray(expected) ? expected : [];
      if (Array.isArray(actual)) return actual.some((a) => list.some((e) => sameJson(a, e)));
      return list.some((e) => sameJson(actual, e));
    }
    case 'gt':
      return compare(actual, expected) > 0;
    case 'gte':
      return compare(actual, expected) >= 0;
    case 'lt':
      return compare(actual, expected) < 0;
    case 'lte':
      return compare(actual, expected) <= 0;
    case 'contains':
      if (typeof actual === 'string' && typeof expected === 'string')
        return actual.toLowerCase().includes(expected.toLowerCase());
      return Array.isArray(actual) && actual.some((a) => sameJson(a, expected));
    case 'empty':
      return isEmpty(actual);
    case 'not-empty':
      return !isEmpty(actual);
  }
}

/** Values that cannot be ordered compare as NaN, so every order operator is false for them. */
const NOT_COMPARABLE = Number.NaN;

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return NOT_COMPARABLE;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}
