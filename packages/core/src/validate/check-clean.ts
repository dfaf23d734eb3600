import {
  CONSTRAINT_TYPES,
  DEPENDENCY_TYPES,
  DURATION_UNITS,
  fieldValueFits,
  TASK_SCHEDULING_TYPES,
} from './check-entities.js';
import { parseWallTimeCached } from '../time/date-cache.js';
import { isPlainObject } from '../model/json.js';
import { isSafeKey } from '../model/keys.js';
import type { ReferenceIndex } from '../model/references.js';

/**
 * Yes-or-no twins of `checkTask` and `checkDependency` for the common case of a valid entity:
 * the same rules, read through named members and without building a path string or an issue.
 * A load runs these first and runs the reporting checker only on an entity they reject, so
 * every issue is still reported by exactly one piece of code, in its own words. Each returns
 * true exactly when its checker would report nothing (the property tests hold them to that).
 */

/** The members a task may have, all unknown until checked. */
interface LooseTask {
  readonly id?: unknown;
  readonly name?: unknown;
  readonly parentId?: unknown;
  readonly type?: unknown;
  readonly start?: unknown;
  readonly end?: unknown;
  readonly duration?: unknown;
  readonly durationUnit?: unknown;
  readonly levelingDelay?: unknown;
  readonly progress?: unknown;
  readonly constraint?: unknown;
  readonly deadline?: unknown;
  readonly manual?: unknown;
  readonly calendarId?: unknown;
  readonly status?: unknown;
  readonly priority?: unknown;
  readonly groupId?: unknown;
  readonly releaseId?: unknown;
  readonly assignees?: unknown;
  readonly taskType?: unknown;
  readonly effortDriven?: unknown;
  readonly order?: unknown;
  readonly color?: unknown;
  readonly tags?: unknown;
  readonly fields?: unknown;
}

/** The members a dependency may have, all unknown until checked. */
interface LooseDependency {
  readonly id?: unknown;
  readonly from?: unknown;
  readonly to?: unknown;
  readonly type?: unknown;
  readonly lag?: unknown;
  readonly lagUnit?: unknown;
}

const UNITS: readonly unknown[] = DURATION_UNITS;
const CONSTRAINTS: readonly unknown[] = CONSTRAINT_TYPES;
const LINK_TYPES: readonly unknown[] = DEPENDENCY_TYPES;
const SCHEDULING_TYPES: readonly unknown[] = TASK_SCHEDULING_TYPES;

/** Whether `checkTask(value, path, issues, refs)` would report nothing. */
export function isCleanTask(value: unknown, refs: ReferenceIndex): boolean {
  if (!isPlainObject(value)) return false;
  const t = value as LooseTask;
  const id = t.id;
  if (typeof id !== 'string' || id === '' || !isSafeKey(id)) return false;
  if (typeof t.name !== 'string') return false;
  const parentId = t.parentId;
  if (parentId !== undefined && (typeof parentId !== 'string' || parentId === id || !refs.hasTask(parentId)))
    return false;
  if (t.type !== undefined && t.type !== 'task' && t.type !== 'milestone') return false;
  const start = optionalDate(t.start);
  const end = optionalDate(t.end);
  if (start === false || end === false) return false;
  if (start !== undefined && end !== undefined && end < start) return false;
  if (!optionalNumber(t.duration, 0, Number.POSITIVE_INFINITY)) return false;
  if (t.durationUnit !== undefined && !UNITS.includes(t.durationUnit)) return false;
  if (!optionalNumber(t.levelingDelay, 0, Number.POSITIVE_INFINITY)) return false;
  if (!optionalNumber(t.progress, 0, 100)) return false;
  if (t.constraint !== undefined && !isCleanConstraint(t.constraint)) return false;
  if (optionalDate(t.deadline) === false) return false;
  if (t.manual !== undefined && typeof t.manual !== 'boolean') return false;
  const calendarId = t.calendarId;
  if (calendarId !== undefined && (typeof calendarId !== 'string' || !refs.hasCalendar(calendarId)))
    return false;
  if (t.status !== undefined && (typeof t.status !== 'string' || !refs.hasStatus(t.status))) return false;
  if (t.priority !== undefined && (typeof t.priority !== 'string' || !refs.hasPriority(t.priority)))
    return false;
  if (t.groupId !== undefined && (typeof t.groupId !== 'string' || !refs.hasGroup(t.groupId))) return false;
  if (t.releaseId !== undefined && (typeof t.releaseId !== 'string' || !refs.hasRelease(t.releaseId)))
    return false;
  if (t.taskType !== undefined && !SCHEDULING_TYPES.includes(t.taskType)) return false;
  if (t.effortDriven !== undefined && typeof t.effortDriven !== 'boolean') return false;
  if (t.assignees !== undefined && !arePeople(t.assignees, refs)) return false;
  if (!optionalNumber(t.order, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)) return false;
  if (t.color !== undefined && typeof t.color !== 'string') return false;
  if (t.tags !== undefined && !areStrings(t.tags)) return false;
  return t.fields === undefined || areCleanFields(t.fields, refs);
}

/** Whether `checkDependency(value, path, issues, refs)` would report nothing. */
export function isCleanDependency(value: unknown, refs: ReferenceIndex): boolean {
  if (!isPlainObject(value)) return false;
  const d = value as LooseDependency;
  const id = d.id;
  if (typeof id !== 'string' || id === '' || !isSafeKey(id)) return false;
  const { from, to } = d;
  if (typeof from !== 'string' || typeof to !== 'string' || from === to) return false;
  if (!refs.hasTask(from) || !refs.hasTask(to)) return false;
  if (d.type !== undefined && !LINK_TYPES.includes(d.type)) return false;
  if (!optionalNumber(d.lag, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)) return false;
  return d.lagUnit === undefined || UNITS.includes(d.lagUnit);
}

/** A date's minutes, `undefined` when absent, false when it is not a wall-clock date string. */
function optionalDate(value: unknown): number | undefined | false {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return false;
  return parseWallTimeCached(value) ?? false;
}

/** Absent, or a finite number within `[min, max]` (the bounds of `checkNumber`). */
function optionalNumber(value: unknown, min: number, max: number): boolean {
  if (value === undefined) return true;
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function isCleanConstraint(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const type = value.type;
  if (!CONSTRAINTS.includes(type)) return false;
  const date = value.date;
  if (date === undefined) return type === 'ASAP' || type === 'ALAP';
  return optionalDate(date) !== false;
}

function areStrings(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

function arePeople(value: unknown, refs: ReferenceIndex): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const person: unknown = value[i];
    if (typeof person !== 'string' || !refs.hasPerson(person)) return false;
  }
  return true;
}

function areCleanFields(value: unknown, refs: ReferenceIndex): boolean {
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) {
    if (!isSafeKey(key)) return false;
    const def = refs.field(key);
    if (def === undefined) return false;
    const item = value[key];
    if (item !== null && !fieldValueFits(def, item, refs)) return false;
  }
  return true;
}
