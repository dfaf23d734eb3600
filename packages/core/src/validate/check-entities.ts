import {
  checkBoolean,
  checkDate,
  checkEnum,
  checkId,
  checkNumber,
  checkRef,
  checkString,
  checkStringArray,
  report,
} from './check-values.js';
import { WorkCalendar } from '../time/calendar.js';
import { RoadlineError, type ValidationIssue } from '../model/errors.js';
import { isPlainObject } from '../model/json.js';
import { isSafeKey } from '../model/keys.js';
import type { ReferenceIndex } from '../model/references.js';
import type { CalendarData, FieldDef } from '../model/types.js';

/**
 * Shape and reference checks of single entities, one function per kind. They take a value that
 * is already plain JSON (see `copyJson`) and push every problem found; they never throw. The same
 * functions check a whole `ProjectData` on load and each entity a mutation or a remote operation
 * produces.
 */
type Obj = Readonly<Record<string, unknown>>;
type Issues = ValidationIssue[];

export const DURATION_UNITS = ['minute', 'hour', 'day', 'week'] as const;
export const TASK_TYPES = ['task', 'milestone'] as const;
export const CONSTRAINT_TYPES = ['ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO'] as const;
export const DEPENDENCY_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export const STATUS_CATEGORIES = ['todo', 'active', 'done', 'blocked'] as const;
export const TASK_SCHEDULING_TYPES = ['fixed-units', 'fixed-work', 'fixed-duration'] as const;
export const RESOURCE_TYPES = ['work', 'material'] as const;
export const FIELD_TYPES = ['text', 'number', 'date', 'select', 'person', 'tags', 'link'] as const;

/** Reports a value that is not an object; every entity checker starts here. */
export function checkObject(value: unknown, path: string, issues: Issues): value is Obj {
  if (isPlainObject(value)) return true;
  return report(issues, path, 'WRONG_TYPE', `${path} must be an object`);
}

export function checkTask(value: unknown, path: string, issues: Issues, refs: ReferenceIndex): void {
  if (!checkObject(value, path, issues)) return;
  const t = value;
  const hasId = checkId(t, path, issues);
  checkString(t, 'name', path, issues, true);
  if (checkRef(t, 'parentId', 'task', refs, path, issues) && hasId && t.parentId === t.id) {
    report(issues, `${path}.parentId`, 'HIERARCHY_CYCLE', `${path} is its own parent`);
  }
  checkEnum(t, 'type', TASK_TYPES, path, issues);
  const start = checkDate(t, 'start', path, issues);
  const end = checkDate(t, 'end', path, issues);
  if (start !== undefined && end !== undefined && end < start) {
    report(
      issues,
      `${path}.end`,
      'END_BEFORE_START',
      `${path} ends (${String(t.end)}) before it starts (${String(t.start)})`,
    );
  }
  checkNumber(t, 'duration', path, issues, { min: 0, code: 'INVALID_DURATION' });
  checkEnum(t, 'durationUnit', DURATION_UNITS, path, issues);
  checkNumber(t, 'levelingDelay', path, issues, { min: 0, code: 'INVALID_DURATION' });
  checkNumber(t, 'progress', path, issues, { min: 0, max: 100, code: 'INVALID_PROGRESS' });
  if (t.constraint !== undefined && checkObject(t.constraint, `${path}.constraint`, issues)) {
    const c = t.constraint;
    if (checkEnum(c, 'type', CONSTRAINT_TYPES, `${path}.constraint`, issues, true)) {
      const needsDate = c.type !== 'ASAP' && c.type !== 'ALAP';
      checkDate(c, 'date', `${path}.constraint`, issues, needsDate);
    }
  }
  checkDate(t, 'deadline', path, issues);
  checkBoolean(t, 'manual', path, issues);
  checkRef(t, 'calendarId', 'calendar', refs, path, issues);
  checkRef(t, 'status', 'status', refs, path, issues);
  checkRef(t, 'priority', 'priority', refs, path, issues);
  checkRef(t, 'groupId', 'group', refs, path, issues);
  checkRef(t, 'releaseId', 'release', refs, path, issues);
  checkEnum(t, 'taskType', TASK_SCHEDULING_TYPES, path, issues);
  checkBoolean(t, 'effortDriven', path, issues);
  if (checkStringArray(t, 'assignees', path, issues) && Array.isArray(t.assignees)) {
    t.assignees.forEach((person: string, i: number) => {
      if (!refs.hasPerson(person)) {
        report(
          issues,
          `${path}.assignees[${i}]`,
          'UNKNOWN_REFERENCE',
          `${path}.assignees[${i}] names no person "${person}"`,
        );
      }
    });
  }
  checkNumber(t, 'order', path, issues);
  checkString(t, 'color', path, issues);
  checkStringArray(t, 'tags', path, issues);
  if (t.fields !== undefined && checkObject(t.fields, `${path}.fields`, issues)) {
    for (const key of Object.keys(t.fields))
      checkFieldValue(t.fields[key], key, `${path}.fields`, issues, refs);
  }
}

function checkFieldValue(
  value: unknown,
  fieldId: string,
  path: string,
  issues: Issues,
  refs: ReferenceIndex,
): void {
  const at = `${path}.${fieldId}`;
  if (!isSafeKey(fieldId)) {
    report(issues, at, 'UNSAFE_KEY', `${path} has the forbidden key "${fieldId}"`);
    return;
  }
  const def = refs.field(fieldId);
  if (def === undefined) {
    report(issues, at, 'UNKNOWN_REFERENCE', `${path} has a value for no field "${fieldId}"`);
    return;
  }
  if (value === null) return;
  if (!fieldValueFits(def, value, refs)) {
    const what =
      def.type === 'select'
        ? 'one of its options'
        : def.type === 'person'
          ? 'a known person id'
          : `a ${def.type} value`;
    report(issues, at, 'WRONG_TYPE', `${at} must be ${what} (field "${def.label}")`);
  }
}

/** Whether `value` is a valid value of the custom field `def`; `null` means empty and always fits. */
export function fieldValueFits(def: FieldDef, value: unknown, refs: ReferenceIndex): boolean {
  switch (def.type) {
    case 'text':
    case 'link':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
      return typeof value === 'string' && checkDate({ v: value }, 'v', '', []) !== undefined;
    case 'select':
      return typeof value === 'string' && (def.options ?? []).some((o) => o.id === value);
    case 'person':
      return typeof value === 'string' && refs.hasPerson(value);
    case 'tags':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    default:
      return true;
  }
}

/** Shape, references and self-links of one dependency; duplicates and cycles need the whole graph. */
export function checkDependency(value: unknown, path: string, issues: Issues, refs: ReferenceIndex): void {
  if (!checkObject(value, path, issues)) return;
  const d = value;
  checkId(d, path, issues);
  const fromOk = checkRef(d, 'from', 'task', refs, path, issues) && d.from !== undefined;
  const toOk = checkRef(d, 'to', 'task', refs, path, issues) && d.to !== undefined;
  if (d.from === undefined) report(issues, `${path}.from`, 'MISSING_FIELD', `${path} has no from`);
  if (d.to === undefined) report(issues, `${path}.to`, 'MISSING_FIELD', `${path} has no to`);
  if (fromOk && toOk && d.from === d.to) {
    report(issues, path, 'SELF_LINK', `${path} links task "${String(d.from)}" to itself`);
  }
  checkEnum(d, 'type', DEPENDENCY_TYPES, path, issues);
  checkNumber(d, 'lag', path, issues);
  checkEnum(d, 'lagUnit', DURATION_UNITS, path, issues);
}

export function checkStatus(value: unknown, path: string, issues: Issues): void {
  if (!checkObject(value, path, issues)) return;
  checkId(value, path, issues);
  checkString(value, 'label', path, issues, true);
  checkString(value, 'color', path, issues);
  checkEnum(value, 'category', STATUS_CATEGORIES, path, issues, true);
}

export function checkPriority(value: unknown, path: string, issues: Issues): void {
  if (!checkObject(value, path, issues)) return;
  checkId(value, path, issues);
  checkString(value, 'label', path, issues, true);
  checkString(value, 'color', path, issues);
  checkNumber(value, 'rank', path, issues, { code: 'WRONG_TYPE', required: true });
}

/** A person's own members; `refs`, when given, also checks the resource calendar exists. */
export function checkPerson(value: unknown, path: string, issues: Issues, refs?: ReferenceIndex): void {
  if (!checkObject(value, path, issues)) return;
  checkId(value, path, issues);
  checkString(value, 'name', path, issues, true);
  checkString(value, 'color', path, issues);
  checkString(value, 'avatar', path, issues);
  checkNumber(value, 'capacity', path, issues, { min: 0, max: 24, code: 'INVALID_VALUE' });
  checkNumber(value, 'maxUnits', path, issues, { min: 0, code: 'INVALID_VALUE' });
  if (refs !== undefined) checkRef(value, 'calendarId', 'calendar', refs, path, issues);
  else checkString(value, 'calendarId', path, issues);
  checkEnum(value, 'type', RESOURCE_TYPES, path, issues);
  checkNumber(value, 'costPerHour', path, issues, { min: 0, code: 'INVALID_VALUE' });
}

/**
 * One assignment's shape and references; a repeated person on one task needs the whole list
 * (see `validate.ts` and the store's operation check). The id is optional in data.
 */
export function checkAssignment(value: unknown, path: string, issues: Issues, refs: ReferenceIndex): void {
  if (!checkObject(value, path, issues)) return;
  if (value.id !== undefined) checkId(value, path, issues);
  if (value.taskId === undefined) report(issues, `${path}.taskId`, 'MISSING_FIELD', `${path} has no taskId`);
  else checkRef(value, 'taskId', 'task', refs, path, issues);
  if (value.personId === undefined)
    report(issues, `${path}.personId`, 'MISSING_FIELD', `${path} has no personId`);
  else checkRef(value, 'personId', 'person', refs, path, issues);
  checkNumber(value, 'units', path, issues, { min: 0, code: 'INVALID_VALUE' });
  checkNumber(value, 'work', path, issues, { min: 0, code: 'INVALID_VALUE' });
}

export function checkGroup(value: unknown, path: string, issues: Issues): void {
  if (!checkObject(value, path, issues)) return;
  checkId(value, path, issues);
  checkString(value, 'name', path, issues, true);
  checkString(value, 'color', path, issues);
}

export function checkRelease(value: unknown, path: string, issues: Issues): void {
  if (!checkObject(value, path, issues)) return;
  checkId(value, path, issues);
  checkString(value, 'name', path, issues, true);
  checkDate(value, 'date', path, issues, true);
  checkString(value, 'status', path, issues);
}

export function checkField(value: unknown, path: string, issues: Issues): void {
  if (!checkObject(value, path, issues)) return;
  checkId(value, path, issues);
  checkString(value, 'label', path, issues, true);
  checkEnum(value, 'type', FIELD_TYPES, path, issues, true);
  const options = value.options;
  if (options === undefined) return;
  if (!Array.isArray(options)) {
    report(issues, `${path}.options`, 'WRONG_TYPE', `${path}.options must be an array`);
    return;
  }
  const seen = new Set<string>();
  options.forEach((option: unknown, i: number) => {
    const at = `${path}.options[${i}]`;
    if (!checkObject(option, at, issues)) return;
    if (checkId(option, at, issues) && typeof option.id === 'string') {
      if (seen.has(option.id))
        report(issues, `${at}.id`, 'DUPLICATE_ID', `${at} repeats option id "${option.id}"`);
      seen.add(option.id);
    }
    checkString(option, 'label', at, issues, true);
    checkString(option, 'color', at, issues);
  });
}

const HH_MM = /^([01]\d|2[0-4]):[0-5]\d$/;

function checkWorkingHours(value: unknown, path: string, issues: Issues): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    report(issues, path, 'WRONG_TYPE', `${path} must be an array of [from, to] pairs`);
    return;
  }
  value.forEach((pair: unknown, i: number) => {
    const ok =
      Array.isArray(pair) &&
      pair.length === 2 &&
      pair.every((p) => typeof p === 'string' && HH_MM.test(p)) &&
      String(pair[0]) < String(pair[1]);
    if (!ok)
      report(
        issues,
        `${path}[${i}]`,
        'INVALID_VALUE',
        `${path}[${i}] must be ['HH:mm', 'HH:mm'] with from before to`,
      );
  });
}

/** A calendar; `needsId` for the named `calendars` (the project calendar may go without one). */
export function checkCalendar(value: unknown, path: string, issues: Issues, needsId: boolean): void {
  if (!checkObject(value, path, issues)) return;
  const before = issues.length;
  checkCalendarShape(value, path, issues, needsId);
  if (issues.length === before) checkCalendarWorks(value as CalendarData, path, issues);
}

/** What only building the calendar reveals (a week with no working time, say), in its own words. */
function checkCalendarWorks(data: CalendarData, path: string, issues: Issues): void {
  try {
    WorkCalendar.from(data, path);
  } catch (error) {
    if (!(error instanceof RoadlineError)) throw error;
    const found = Array.isArray(error.details) ? (error.details as ValidationIssue[]) : [];
    if (found.length > 0) issues.push(...found);
    else report(issues, path, 'INVALID_VALUE', error.message);
  }
}

function checkCalendarShape(value: Obj, path: string, issues: Issues, needsId: boolean): void {
  if (needsId || value.id !== undefined) checkId(value, path, issues);
  checkString(value, 'name', path, issues);
  const days = value.workingDays;
  if (days !== undefined) {
    const ok = Array.isArray(days) && days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6);
    if (!ok)
      report(issues, `${path}.workingDays`, 'INVALID_VALUE', `${path}.workingDays must list weekdays 0–6`);
  }
  checkWorkingHours(value.workingHours, `${path}.workingHours`, issues);
  checkNumber(value, 'hoursPerDay', path, issues, { min: 0, max: 24, code: 'INVALID_VALUE' });
  checkNumber(value, 'daysPerWeek', path, issues, { min: 0, max: 7, code: 'INVALID_VALUE' });
  if (checkStringArray(value, 'holidays', path, issues) && Array.isArray(value.holidays)) {
    value.holidays.forEach((day: unknown, i: number) => {
      checkDate({ day }, 'day', `${path}.holidays[${i}]`, issues);
    });
  }
  const exceptions = value.exceptions;
  if (exceptions === undefined) return;
  if (!Array.isArray(exceptions)) {
    report(issues, `${path}.exceptions`, 'WRONG_TYPE', `${path}.exceptions must be an array`);
    return;
  }
  exceptions.forEach((e: unknown, i: number) => {
    const at = `${path}.exceptions[${i}]`;
    if (!checkObject(e, at, issues)) return;
    const start = checkDate(e, 'start', at, issues, true);
    const end = checkDate(e, 'end', at, issues);
    if (start !== undefined && end !== undefined && end < start) {
      report(issues, `${at}.end`, 'END_BEFORE_START', `${at} ends before it starts`);
    }
    checkBoolean(e, 'working', at, issues);
    checkWorkingHours(e.workingHours, `${at}.workingHours`, issues);
    checkEnum(e, 'recurring', ['weekly', 'monthly', 'yearly'], at, issues);
    checkString(e, 'name', at, issues);
  });
}

/**
 * A baseline. Its task ids are not checked against the project: a baseline is a record of the
 * past and may outlive tasks deleted since.
 */
export function checkBaseline(value: unknown, path: string, issues: Issues): void {
  if (!checkObject(value, path, issues)) return;
  checkId(value, path, issues);
  checkString(value, 'name', path, issues, true);
  checkDate(value, 'takenAt', path, issues, true);
  const tasks = value.tasks;
  if (tasks === undefined) {
    report(issues, `${path}.tasks`, 'MISSING_FIELD', `${path} has no tasks`);
    return;
  }
  if (!checkObject(tasks, `${path}.tasks`, issues)) return;
  for (const key of Object.keys(tasks)) {
    const at = `${path}.tasks.${key}`;
    if (!isSafeKey(key)) {
      report(issues, at, 'UNSAFE_KEY', `${path}.tasks has the forbidden key "${key}"`);
      continue;
    }
    const entry = tasks[key];
    if (!checkObject(entry, at, issues)) continue;
    const start = checkDate(entry, 'start', at, issues, true);
    const end = checkDate(entry, 'end', at, issues, true);
    if (start !== undefined && end !== undefined && end < start) {
      report(issues, `${at}.end`, 'END_BEFORE_START', `${at} ends before it starts`);
    }
  }
}

export function checkNote(value: unknown, path: string, issues: Issues, refs: ReferenceIndex): void {
  if (!checkObject(value, path, issues)) return;
  checkId(value, path, issues);
  checkRef(value, 'taskId', 'task', refs, path, issues);
  checkString(value, 'author', path, issues);
  checkString(value, 'text', path, issues, true);
  checkString(value, 'color', path, issues);
  checkDate(value, 'createdAt', path, issues, true);
}

/** The project's own members (`id`, `name`, `start`, `calendar`). */
export function checkSettings(value: unknown, path: string, issues: Issues): void {
  if (!checkObject(value, path, issues)) return;
  checkId(value, path, issues);
  checkString(value, 'name', path, issues, true);
  checkDate(value, 'start', path, issues);
  if (value.calendar !== undefined) checkCalendar(value.calendar, `${path}.calendar`, issues, false);
}
