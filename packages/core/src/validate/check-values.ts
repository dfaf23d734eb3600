import { parseWallTimeCached } from '../time/date-cache.js';
import type { ValidationIssue } from '../model/errors.js';
import { isSafeKey } from '../model/keys.js';
import type { ReferenceIndex } from '../model/references.js';

/**
 * Small checks of one member of a copied JSON object. Each pushes at most one issue and returns
 * whether the member is usable, so callers can skip dependent checks (no "end before start"
 * when `start` is malformed).
 */
type Obj = Readonly<Record<string, unknown>>;

function push(issues: ValidationIssue[], path: string, code: string, message: string): false {
  issues.push({ path, code, message });
  return false;
}

/** A required, non-empty, safe id. */
export function checkId(obj: Obj, path: string, issues: ValidationIssue[]): boolean {
  const id = obj.id;
  if (id === undefined || id === null || id === '')
    return push(issues, `${path}.id`, 'MISSING_ID', `${path} has no id`);
  if (typeof id !== 'string') return push(issues, `${path}.id`, 'WRONG_TYPE', `${path}.id must be a string`);
  if (!isSafeKey(id)) return push(issues, `${path}.id`, 'UNSAFE_KEY', `${path}.id "${id}" is a forbidden id`);
  return true;
}

/** A string member; `required` reports its absence as `MISSING_FIELD`. */
export function checkString(
  obj: Obj,
  key: string,
  path: string,
  issues: ValidationIssue[],
  required = false,
): boolean {
  const value = obj[key];
  if (value === undefined) {
    return required ? push(issues, `${path}.${key}`, 'MISSING_FIELD', `${path} has no ${key}`) : true;
  }
  if (typeof value !== 'string')
    return push(issues, `${path}.${key}`, 'WRONG_TYPE', `${path}.${key} must be a string`);
  return true;
}

/** An optional boolean member. */
export function checkBoolean(obj: Obj, key: string, path: string, issues: ValidationIssue[]): boolean {
  const value = obj[key];
  if (value === undefined || typeof value === 'boolean') return true;
  return push(issues, `${path}.${key}`, 'WRONG_TYPE', `${path}.${key} must be true or false`);
}

/** An optional finite number, at least `min` when given; `code` names the failure of range. */
export function checkNumber(
  obj: Obj,
  key: string,
  path: string,
  issues: ValidationIssue[],
  range?: { min?: number; max?: number; code: string; required?: boolean },
): boolean {
  const value = obj[key];
  if (value === undefined) {
    return range?.required ? push(issues, `${path}.${key}`, 'MISSING_FIELD', `${path} has no ${key}`) : true;
  }
  if (typeof value !== 'number')
    return push(issues, `${path}.${key}`, 'WRONG_TYPE', `${path}.${key} must be a number`);
  const code = range?.code ?? 'WRONG_TYPE';
  if (!Number.isFinite(value)) return push(issues, `${path}.${key}`, code, `${path}.${key} must be finite`);
  if (range?.min !== undefined && value < range.min) {
    return push(issues, `${path}.${key}`, code, `${path}.${key} is ${value}, below ${range.min}`);
  }
  if (range?.max !== undefined && value > range.max) {
    return push(issues, `${path}.${key}`, code, `${path}.${key} is ${value}, above ${range.max}`);
  }
  return true;
}

/** An optional (or required) wall-clock date; returns its minutes, or `undefined`. */
export function checkDate(
  obj: Obj,
  key: string,
  path: string,
  issues: ValidationIssue[],
  required = false,
): number | undefined {
  const value = obj[key];
  if (value === undefined) {
    if (required) push(issues, `${path}.${key}`, 'MISSING_FIELD', `${path} has no ${key}`);
    return undefined;
  }
  if (typeof value !== 'string') {
    push(issues, `${path}.${key}`, 'WRONG_TYPE', `${path}.${key} must be a date string`);
    return undefined;
  }
  const minutes = parseWallTimeCached(value);
  if (minutes === undefined) {
    push(
      issues,
      `${path}.${key}`,
      'MALFORMED_DATE',
      `${path}.${key} "${value}" is not a wall-clock date (YYYY-MM-DD[THH:mm])`,
    );
  }
  return minutes;
}

/** An optional (or required) member that must be one of `allowed`. */
export function checkEnum(
  obj: Obj,
  key: string,
  allowed: readonly string[],
  path: string,
  issues: ValidationIssue[],
  required = false,
): boolean {
  if (!checkString(obj, key, path, issues, required)) return false;
  const value = obj[key];
  if (value !== undefined && !allowed.includes(value as string)) {
    return push(
      issues,
      `${path}.${key}`,
      'INVALID_VALUE',
      `${path}.${key} "${value}" is not one of ${allowed.join(', ')}`,
    );
  }
  return true;
}

/** An optional array of strings. */
export function checkStringArray(obj: Obj, key: string, path: string, issues: ValidationIssue[]): boolean {
  const value = obj[key];
  if (value === undefined) return true;
  if (!Array.isArray(value))
    return push(issues, `${path}.${key}`, 'WRONG_TYPE', `${path}.${key} must be an array`);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') {
      return push(issues, `${path}.${key}[${i}]`, 'WRONG_TYPE', `${path}.${key}[${i}] must be a string`);
    }
  }
  return true;
}

/** An optional reference (a string) that `exists` must accept; `kind` names it in the message. */
export function checkRef(
  obj: Obj,
  key: string,
  kind: RefKind,
  refs: ReferenceIndex,
  path: string,
  issues: ValidationIssue[],
): boolean {
  const value = obj[key];
  if (value === undefined) return true;
  if (typeof value !== 'string')
    return push(issues, `${path}.${key}`, 'WRONG_TYPE', `${path}.${key} must be a string`);
  if (!exists(refs, kind, value))
    return push(issues, `${path}.${key}`, 'UNKNOWN_REFERENCE', `${path}.${key} names no ${kind} "${value}"`);
  return true;
}

/** The kinds of entity a member can refer to. */
export type RefKind = 'task' | 'status' | 'priority' | 'person' | 'group' | 'release' | 'calendar';

function exists(refs: ReferenceIndex, kind: RefKind, id: string): boolean {
  switch (kind) {
    case 'task':
      return refs.hasTask(id);
    case 'status':
      return refs.hasStatus(id);
    case 'priority':
      return refs.hasPriority(id);
    case 'person':
      return refs.hasPerson(id);
    case 'group':
      return refs.hasGroup(id);
    case 'release':
      return refs.hasRelease(id);
    case 'calendar':
      return refs.hasCalendar(id);
  }
}

/** Reports an issue; exported for checks that do not fit the helpers above. */
export function report(issues: ValidationIssue[], path: string, code: string, message: string): false {
  return push(issues, path, code, message);
}
