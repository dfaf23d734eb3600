import type { ValidationIssue } from '../model/errors.js';
import { isPlainObject } from '../model/json.js';
import { isSafeKey } from '../model/keys.js';
import {
  checkBoolean,
  checkEnum,
  checkId,
  checkNumber,
  checkString,
  checkStringArray,
  report,
} from './check-values.js';

/**
 * Shape checks of automation rules and their fired records, in the style of
 * `validate/check-entities.ts`: every problem is pushed as an issue whose path names the rule
 * (`automations[2].then[0].type`) and whose message quotes the rule's id; never throws. A member
 * the format does not have is reported as `UNKNOWN_FIELD`, an unknown trigger, operator or action
 * as `INVALID_VALUE`.
 */
type Obj = Readonly<Record<string, unknown>>;
type Issues = ValidationIssue[];

export const TRIGGER_TYPES = [
  'task-created',
  'field-changed',
  'date-arrived',
  'predecessors-done',
  'task-late',
  'note-added',
] as const;

export const ACTION_TYPES = [
  'set-field',
  'assign',
  'notify',
  'create-task',
  'add-note',
  'shift-dates',
  'custom',
] as const;

export const CONDITION_OPS = [
  'eq',
  'ne',
  'in',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'empty',
  'not-empty',
] as const;

/** The members each part may have, by its type. */
const TRIGGER_MEMBERS: Record<string, readonly string[]> = {
  'task-created': [],
  'field-changed': ['field', 'from', 'to'],
  'date-arrived': ['field', 'offsetDays'],
  'predecessors-done': [],
  'task-late': [],
  'note-added': [],
};
const ACTION_MEMBERS: Record<string, readonly string[]> = {
  'set-field': ['field', 'value'],
  assign: ['people', 'mode'],
  notify: ['to', 'message'],
  'create-task': ['task', 'as'],
  'add-note': ['text', 'color'],
  'shift-dates': ['days'],
  custom: ['name', 'params'],
};
const RULE_MEMBERS = ['id', 'name', 'enabled', 'cascade', 'when', 'if', 'then'];

/** A field path a trigger, condition or action may name: a task member, or `fields.<id>`. */
const FIELD_PATH = /^(?:[A-Za-z][A-Za-z0-9]*|fields\.[^.]+|status\.category)$/;
const DATE_FIELD = /^(?:start|end|fields\.[^.]+)$/;

/** The deepest nesting of conditions a rule may have. */
const MAX_CONDITION_DEPTH = 16;

function unknownMembers(
  obj: Obj,
  allowed: readonly string[],
  path: string,
  rule: string,
  issues: Issues,
): void {
  for (const key of Object.keys(obj)) {
    if (key === 'type' || allowed.includes(key)) continue;
    report(issues, `${path}.${key}`, 'UNKNOWN_FIELD', `${path} (rule ${rule}) has no member "${key}"`);
  }
}

function checkFieldPath(
  obj: Obj,
  key: string,
  path: string,
  rule: string,
  issues: Issues,
  pattern = FIELD_PATH,
): void {
  if (!checkString(obj, key, path, issues, true)) return;
  const value = obj[key] as string;
  const id = value.startsWith('fields.') ? value.slice(7) : value;
  if (!pattern.test(value) || !isSafeKey(id)) {
    report(
      issues,
      `${path}.${key}`,
      'INVALID_VALUE',
      `${path}.${key} (rule ${rule}) "${value}" is not a field it can name`,
    );
  }
}

/** Checks one rule at `path` (`automations[0]` on load, `automation["r1"]` for an operation). */
export function checkAutomationRule(value: unknown, path: string, issues: Issues): void {
  if (!isPlainObject(value)) {
    report(issues, path, 'WRONG_TYPE', `${path} must be an object`);
    return;
  }
  const r = value;
  checkId(r, path, issues);
  const rule = JSON.stringify(typeof r.id === 'string' ? r.id : '');
  unknownMembers(r, RULE_MEMBERS, path, rule, issues);
  checkString(r, 'name', path, issues);
  checkBoolean(r, 'enabled', path, issues);
  checkBoolean(r, 'cascade', path, issues);
  checkTrigger(r.when, `${path}.when`, rule, issues);
  if (r.if !== undefined) checkCondition(r.if, `${path}.if`, rule, issues, 0);
  if (!Array.isArray(r.then)) {
    report(
      issues,
      `${path}.then`,
      r.then === undefined ? 'MISSING_FIELD' : 'WRONG_TYPE',
      `${path}.then (rule ${rule}) must be a list of actions`,
    );
    return;
  }
  r.then.forEach((action, i) => {
    checkAction(action, `${path}.then[${i}]`, rule, issues);
  });
}

function typed(
  value: unknown,
  path: string,
  rule: string,
  allowed: readonly string[],
  what: string,
  issues: Issues,
): Obj | undefined {
  if (value === undefined) {
    report(issues, path, 'MISSING_FIELD', `${path} (rule ${rule}) is missing`);
    return undefined;
  }
  if (!isPlainObject(value)) {
    report(issues, path, 'WRONG_TYPE', `${path} (rule ${rule}) must be an object`);
    return undefined;
  }
  if (!checkString(value, 'type', path, issues, true)) return undefined;
  if (!allowed.includes(value.type as string)) {
    report(
      issues,
      `${path}.type`,
      'INVALID_VALUE',
      `${path}.type (rule ${rule}) "${String(value.type)}" is no ${what}: ${allowed.join(', ')}`,
    );
    return undefined;
  }
  return value;
}

function checkTrigger(value: unknown, path: string, rule: string, issues: Issues): void {
  const t = typed(value, path, rule, TRIGGER_TYPES, 'trigger', issues);
  if (t === undefined) return;
  unknownMembers(t, TRIGGER_MEMBERS[t.type as string] ?? [], path, rule, issues);
  if (t.type === 'field-changed') checkFieldPath(t, 'field', path, rule, issues);
  if (t.type === 'date-arrived') {
    checkFieldPath(t, 'field', path, rule, issues, DATE_FIELD);
    checkWhole(t, 'offsetDays', path, issues, false);
  }
}

function checkWhole(obj: Obj, key: string, path: string, issues: Issues, required: boolean): void {
  if (!checkNumber(obj, key, path, issues, { code: 'INVALID_VALUE', required })) return;
  const v = obj[key];
  if (v !== undefined && !Number.isInteger(v))
    report(issues, `${path}.${key}`, 'INVALID_VALUE', `${path}.${key} must be a whole number of days`);
}

function checkCondition(value: unknown, path: string, rule: string, issues: Issues, depth: number): void {
  if (!isPlainObject(value)) {
    report(issues, path, 'WRONG_TYPE', `${path} (rule ${rule}) must be an object`);
    return;
  }
  if (depth > MAX_CONDITION_DEPTH) {
    report(issues, path, 'INVALID_VALUE', `${path} (rule ${rule}) nests conditions too deeply`);
    return;
  }
  const c = value;
  for (const key of ['all', 'any'] as const) {
    if (c[key] === undefined) continue;
    unknownMembers(c, [key], path, rule, issues);
    if (!Array.isArray(c[key])) {
      report(
        issues,
        `${path}.${key}`,
        'WRONG_TYPE',
        `${path}.${key} (rule ${rule}) must be a list of conditions`,
      );
      return;
    }
    (c[key] as unknown[]).forEach((inner, i) => {
      checkCondition(inner, `${path}.${key}[${i}]`, rule, issues, depth + 1);
    });
    return;
  }
  if (c.not !== undefined) {
    unknownMembers(c, ['not'], path, rule, issues);
    checkCondition(c.not, `${path}.not`, rule, issues, depth + 1);
    return;
  }
  unknownMembers(c, ['field', 'op', 'value'], path, rule, issues);
  checkFieldPath(c, 'field', path, rule, issues);
  checkEnum(c, 'op', CONDITION_OPS, path, issues, true);
  if (c.op === 'in' && !Array.isArray(c.value)) {
    report(issues, `${path}.value`, 'WRONG_TYPE', `${path}.value (rule ${rule}) must be a list for "in"`);
  }
}

function checkAction(value: unknown, path: string, rule: string, issues: Issues): void {
  const a = typed(value, path, rule, ACTION_TYPES, 'action', issues);
  if (a === undefined) return;
  unknownMembers(a, ACTION_MEMBERS[a.type as string] ?? [], path, rule, issues);
  switch (a.type) {
    case 'set-field':
      checkFieldPath(a, 'field', path, rule, issues);
      if (!('value' in a))
        report(issues, `${path}.value`, 'MISSING_FIELD', `${path} (rule ${rule}) has no value`);
      break;
    case 'assign':
      if (a.people === undefined)
        report(issues, `${path}.people`, 'MISSING_FIELD', `${path} (rule ${rule}) has no people`);
      checkStringArray(a, 'people', path, issues);
      checkEnum(a, 'mode', ['add', 'replace'], path, issues);
      break;
    case 'notify':
      if (a.to === undefined)
        report(issues, `${path}.to`, 'MISSING_FIELD', `${path} (rule ${rule}) has no recipients`);
      checkStringArray(a, 'to', path, issues);
      checkString(a, 'message', path, issues, true);
      break;
    case 'create-task':
      if (!isPlainObject(a.task))
        report(issues, `${path}.task`, 'WRONG_TYPE', `${path}.task (rule ${rule}) must be an object`);
      else if ('id' in a.task)
        report(
          issues,
          `${path}.task.id`,
          'INVALID_VALUE',
          `${path}.task (rule ${rule}) cannot name an id: each run makes a new task`,
        );
      checkEnum(a, 'as', ['subtask', 'sibling', 'successor'], path, issues);
      break;
    case 'add-note':
      checkString(a, 'text', path, issues, true);
      checkString(a, 'color', path, issues);
      break;
    case 'shift-dates':
      checkWhole(a, 'days', path, issues, true);
      break;
    case 'custom':
      checkString(a, 'name', path, issues, true);
      break;
  }
}

/** Checks one fired record at `path`. */
export function checkFiredRecord(value: unknown, path: string, issues: Issues): void {
  if (!isPlainObject(value)) {
    report(issues, path, 'WRONG_TYPE', `${path} must be an object`);
    return;
  }
  checkId(value, path, issues);
  unknownMembers(value, ['id', 'tasks'], path, JSON.stringify(value.id ?? ''), issues);
  const tasks = value.tasks;
  if (!isPlainObject(tasks)) {
    report(issues, `${path}.tasks`, 'WRONG_TYPE', `${path}.tasks must be an object of task id → moment`);
    return;
  }
  for (const key of Object.keys(tasks)) {
    if (typeof tasks[key] !== 'string' || !isSafeKey(key))
      report(issues, `${path}.tasks`, 'WRONG_TYPE', `${path}.tasks["${key}"] must be a wall-clock time`);
  }
}
