import type { ValidationIssue } from './errors.js';
import { isSafeKey } from './keys.js';

/** Plain JSON as the store keeps it: no prototypes beyond `Object.prototype`, no cycles. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Deeper host values are reported rather than copied: nothing in the format nests this far. */
const MAX_DEPTH = 32;

/** Whether `value` is an object literal (or a null-prototype record), not an array or class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether two JSON values are equal (arrays and objects by content), so a no-op edit emits nothing. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const key of ka) {
    if (!Object.hasOwn(b, key)) return false;
    if (!sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Returned by the fast copy when something needs reporting; the slow path then finds it with its path. */
const REPORT = Symbol('report');

/**
 * Copies host input into fresh plain JSON, reporting (not copying) anything that is not JSON:
 * functions, class instances, unsafe keys such as `__proto__`, or nesting beyond
 * {@link MAX_DEPTH}. Non-finite numbers are copied as they are, for the schema checks to report
 * in their own words (a `NaN` duration is an invalid duration). Getters on the input are read
 * once. `undefined` members are dropped, as `JSON.stringify` would. The copy never shares an
 * object with the input.
 */
export function copyJson(value: unknown, path: string, issues: ValidationIssue[]): JsonValue | undefined {
  const fast = tryCopy(value, 0);
  if (fast !== REPORT) return fast;
  return copyReporting(value, path, issues, 0);
}

/** The common case: valid input, copied without building a path string per member. */
function tryCopy(value: unknown, depth: number): JsonValue | undefined | typeof REPORT {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'number':
      return value;
    case 'undefined':
      return undefined;
    case 'object':
      break;
    default:
      return REPORT;
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) return REPORT;
  if (Array.isArray(value)) {
    const out: JsonValue[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = tryCopy(value[i], depth + 1);
      if (item === REPORT) return REPORT;
      out[i] = item === undefined ? null : item;
    }
    return out;
  }
  if (!isPlainObject(value)) return REPORT;
  const out: { [key: string]: JsonValue } = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (!isSafeKey(key)) return REPORT;
    const item = tryCopy(value[key], depth + 1);
    if (item === REPORT) return REPORT;
    if (item !== undefined) out[key] = item;
  }
  return out;
}

function copyReporting(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
  depth: number,
): JsonValue | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'number':
      return value;
    case 'undefined':
      return undefined;
    case 'object':
      break;
    default:
      issues.push({ path, code: 'WRONG_TYPE', message: `${path} is a ${typeof value}, which is not JSON` });
      return undefined;
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) {
    issues.push({ path, code: 'WRONG_TYPE', message: `${path} nests deeper than ${MAX_DEPTH} levels` });
    return undefined;
  }
  if (Array.isArray(value)) {
    const out: JsonValue[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = copyReporting(value[i], `${path}[${i}]`, issues, depth + 1);
      out[i] = item === undefined ? null : item;
    }
    return out;
  }
  if (!isPlainObject(value)) {
    issues.push({ path, code: 'WRONG_TYPE', message: `${path} is not a plain object` });
    return undefined;
  }
  const out: { [key: string]: JsonValue } = {};
  for (const key of Object.keys(value)) {
    if (!isSafeKey(key)) {
      issues.push({
        path: `${path}.${key}`,
        code: 'UNSAFE_KEY',
        message: `${path} has the forbidden key "${key}"`,
      });
      continue;
    }
    const item = copyReporting(value[key], `${path}.${key}`, issues, depth + 1);
    if (item !== undefined) out[key] = item;
  }
  return out;
}

/** Freezes a JSON value and everything in it, so a shared snapshot can never be changed in place. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key in value) {
    const item = value[key];
    if (item !== null && typeof item === 'object') deepFreeze(item);
  }
  return value;
}
