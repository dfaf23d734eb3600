import { RoadlineError, type ValidationIssue } from '../../model/errors.js';
import { copyJson, isPlainObject, type JsonValue, sameJson } from '../../model/json.js';
import { isSafeKey } from '../../model/keys.js';
import type { EntityKind, Operation } from '../../model/operations.js';
import { invalidData } from '../../validate/validate.js';
import type { WorkingTime } from '../../model/working-time.js';
import { entityPath } from '../check-operation.js';
import type { EntityTypes, TableKind } from '../entities.js';
import type { ProjectState } from '../state.js';

/** What every mutation function gets: the live state and a way to record checked changes. */
export interface MutationContext {
  readonly state: ProjectState;
  /** Checks `op` against the state as it now is, applies it, and adds it to the pending batch. Throws on a bad op. */
  emit(op: Operation): void;
  /** A fresh id for a new entity of `kind`. */
  newId(kind: EntityKind): string;
  /** Working-time arithmetic of a calendar (`undefined`: the project calendar), when a calendar module is wired. */
  workingTime(calendarId: string | undefined): WorkingTime | undefined;
  /** The current wall-clock time, for `createdAt` and `takenAt`. */
  now(): string;
}

/** A mutable copy of an entity, built by a mutation before it is emitted and frozen. */
export type Draft<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Copies a host object into plain JSON the store owns; throws `INVALID_DATA` listing every
 * member that is not JSON or has an unsafe key. Members set to `undefined` are kept in `cleared`.
 */
export function copyInput(
  value: unknown,
  path: string,
): { copy: Record<string, JsonValue>; cleared: string[] } {
  if (!isPlainObject(value)) {
    throw invalidData([{ path, code: 'WRONG_TYPE', message: `${path} must be an object` }]);
  }
  const issues: ValidationIssue[] = [];
  const copy: Record<string, JsonValue> = {};
  const cleared: string[] = [];
  for (const key of Object.keys(value)) {
    if (!isSafeKey(key)) {
      issues.push({
        path: `${path}.${key}`,
        code: 'UNSAFE_KEY',
        message: `${path} has the forbidden key "${key}"`,
      });
      continue;
    }
    const item = value[key];
    if (item === undefined) {
      cleared.push(key);
      continue;
    }
    const copied = copyJson(item, `${path}.${key}`, issues);
    if (copied !== undefined) copy[key] = copied;
  }
  if (issues.length > 0) throw invalidData(issues);
  return { copy, cleared };
}

/** The live entity, or a `NOT_FOUND` error naming it. */
export function requireEntity<K extends TableKind>(
  ctx: MutationContext,
  kind: K,
  id: string,
): Readonly<EntityTypes[K]> {
  const entity = typeof id === 'string' ? ctx.state.tables[kind].get(id) : undefined;
  if (entity === undefined)
    throw new RoadlineError('NOT_FOUND', `${entityPath(kind, String(id))} does not exist`, { id });
  return entity as Readonly<EntityTypes[K]>;
}

/**
 * The entity with `patch` applied: members set to `undefined` are removed, `id` cannot change.
 * Returns the draft and the names of the members the patch touched.
 */
export function patchEntity<T extends { id: string }>(
  previous: Readonly<T>,
  patch: unknown,
  path: string,
): { next: Draft<T>; changed: Set<string> } {
  const { copy, cleared } = copyInput(patch, path);
  if (copy.id !== undefined && copy.id !== previous.id) {
    throw new RoadlineError('INVALID_ARGUMENT', `${path}: an id cannot be changed (use remove and add)`);
  }
  const next = { ...previous } as Record<string, unknown>;
  const changed = new Set<string>();
  for (const key of cleared) {
    if (key === 'id') continue;
    delete next[key];
    changed.add(key);
  }
  for (const key of Object.keys(copy)) {
    next[key] = copy[key];
    changed.add(key);
  }
  return { next: next as Draft<T>, changed };
}

/** Emits an update of `kind` unless nothing changed; returns the resulting entity. */
export function emitUpdate<K extends TableKind>(
  ctx: MutationContext,
  kind: K,
  previous: Readonly<EntityTypes[K]>,
  next: EntityTypes[K],
): Readonly<EntityTypes[K]> {
  if (sameJson(previous, next)) return previous;
  ctx.emit({ kind: 'update', entity: kind, id: (next as { id: string }).id, before: previous, after: next });
  return ctx.state.tables[kind].get((next as { id: string }).id) as Readonly<EntityTypes[K]>;
}

/** Emits an add of a new entity of `kind` and returns it as stored. */
export function emitAdd<K extends TableKind>(
  ctx: MutationContext,
  kind: K,
  entity: EntityTypes[K],
): Readonly<EntityTypes[K]> {
  const id = (entity as { id: string }).id;
  ctx.emit({ kind: 'add', entity: kind, id, after: entity });
  return ctx.state.tables[kind].get(id) as Readonly<EntityTypes[K]>;
}

/** Emits the removal of an entity of `kind`. */
export function emitRemove<K extends TableKind>(
  ctx: MutationContext,
  kind: K,
  entity: Readonly<EntityTypes[K]>,
): void {
  ctx.emit({ kind: 'remove', entity: kind, id: (entity as { id: string }).id, before: entity });
}

/** A new entity's id: the one given, or a fresh one. */
export function idFor(ctx: MutationContext, kind: EntityKind, given: JsonValue | undefined): string {
  if (given === undefined) return ctx.newId(kind);
  if (typeof given !== 'string' || given === '') {
    throw invalidData([
      { path: `${kind}.id`, code: 'MISSING_ID', message: `a new ${kind} needs a non-empty string id` },
    ]);
  }
  return given;
}
