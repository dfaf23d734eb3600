import type { Assignment, EntityKind, FiredRecord, ProjectData } from '@roadline/core';
import * as Y from 'yjs';

/**
 * The room's document layout (docs/collaboration.md): a root `Y.Map` `project` with the project's
 * own fields and catalogues (automation rules among them) as JSON values, and one root `Y.Map` per
 * entity table mapping each id to a `Y.Map` of that entity's fields (JSON values). Sibling order is
 * the task's `order` field; scheduled dates are never stored. What the time triggers fired
 * (`ProjectData.automationsFired`) is the root `Y.Map` `automationsFired`: rule id → a `Y.Map` of
 * task id → the moment that fired, so two replicas that record different tasks both stand.
 */
export const ENTITY_ROOTS = [
  'tasks',
  'dependencies',
  'assignments',
  'notes',
  'baselines',
  'automationsFired',
] as const;
export type EntityRoot = (typeof ENTITY_ROOTS)[number];

/** Store entity kinds kept as entity maps, with their root map. */
export const ROOT_OF: Partial<Record<EntityKind, EntityRoot>> = {
  task: 'tasks',
  dependency: 'dependencies',
  note: 'notes',
  baseline: 'baselines',
  assignment: 'assignments',
  fired: 'automationsFired',
};

/** The project's own fields (the store's `project` entity). */
export const SETTINGS_KEYS = ['id', 'name', 'start', 'calendar'] as const;

/** Catalogues kept as whole arrays in the `project` map, by store entity kind. */
export const CATALOGUE_OF: Partial<Record<EntityKind, CatalogueKey>> = {
  calendar: 'calendars',
  status: 'statuses',
  priority: 'priorities',
  person: 'people',
  group: 'groups',
  release: 'releases',
  field: 'fields',
  automation: 'automations',
};
export const CATALOGUE_KEYS = [
  'calendars',
  'statuses',
  'priorities',
  'people',
  'groups',
  'releases',
  'fields',
  'automations',
] as const;
export type CatalogueKey = (typeof CATALOGUE_KEYS)[number];

/** The store entity kind of each entity root map. */
export const KIND_OF_ROOT: Record<EntityRoot, EntityKind> = {
  tasks: 'task',
  dependencies: 'dependency',
  assignments: 'assignment',
  notes: 'note',
  baselines: 'baseline',
  automationsFired: 'fired',
};

export interface Roots {
  project: Y.Map<unknown>;
  tasks: Y.Map<Y.Map<unknown>>;
  dependencies: Y.Map<Y.Map<unknown>>;
  assignments: Y.Map<Y.Map<unknown>>;
  notes: Y.Map<Y.Map<unknown>>;
  baselines: Y.Map<Y.Map<unknown>>;
  automationsFired: Y.Map<Y.Map<unknown>>;
}

export function rootsOf(doc: Y.Doc): Roots {
  return {
    project: doc.getMap('project'),
    tasks: doc.getMap('tasks'),
    dependencies: doc.getMap('dependencies'),
    assignments: doc.getMap('assignments'),
    notes: doc.getMap('notes'),
    baselines: doc.getMap('baselines'),
    automationsFired: doc.getMap('automationsFired'),
  };
}

/** Whether the room holds nothing yet (a fresh room the first client seeds). */
export function isEmptyRoom(roots: Roots): boolean {
  return roots.project.size === 0 && roots.tasks.size === 0;
}

/**
 * An entity as a `Y.Map` of its fields (`undefined` values left out). The id is the map's key in
 * its root and is not repeated inside (a seventh of a room's entries; rooms that have it read alike).
 */
export function entityMap(value: object): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, field] of Object.entries(value))
    if (field !== undefined && key !== 'id') map.set(key, field);
  return map;
}

/**
 * The plain JSON of an entity map (values are JSON already), with `id` (its key in its root) last
 * when given. `forEach`, not `entries()`: a join reads every field of every entity, and Yjs's
 * iterator costs several times more per field.
 */
export function entityJson(map: Y.Map<unknown>, id?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.forEach((value, key) => {
    out[key] = value;
  });
  if (id !== undefined) out.id = id;
  return out;
}

/**
 * Writes `before` → `after` into an entity map field by field: only the fields that changed are
 * set, removed ones deleted, so concurrent edits of different fields of one task both stand.
 */
export function patchEntityMap(map: Y.Map<unknown>, before: object | undefined, after: object): void {
  const prev = (before ?? {}) as Record<string, unknown>;
  const next = after as Record<string, unknown>;
  for (const key of Object.keys(prev)) if (next[key] === undefined && map.has(key)) map.delete(key);
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || key === 'id') continue;
    if (!map.has(key) || !sameJson(map.get(key), value)) map.set(key, value);
  }
}

/** Deep equality of two JSON values. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameJson(v, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Writes a whole project into empty roots (seeding a fresh room). */
export function writeProject(roots: Roots, data: ProjectData): void {
  for (const key of SETTINGS_KEYS) if (data[key] !== undefined) roots.project.set(key, data[key]);
  for (const key of CATALOGUE_KEYS) if (data[key] !== undefined) roots.project.set(key, data[key]);
  for (const task of data.tasks) roots.tasks.set(task.id, entityMap(task));
  for (const dep of data.dependencies ?? []) roots.dependencies.set(dep.id, entityMap(dep));
  for (const note of data.notes ?? []) roots.notes.set(note.id, entityMap(note));
  for (const baseline of data.baselines ?? []) roots.baselines.set(baseline.id, entityMap(baseline));
  for (const a of data.assignments ?? []) {
    const id = assignmentId(a);
    roots.assignments.set(id, entityMap({ ...a, id }));
  }
  for (const record of data.automationsFired ?? []) roots.automationsFired.set(record.id, firedMap(record));
}

/** An assignment's id (the store's default, `<taskId>:<personId>`, when the data has none). */
export function assignmentId(a: Assignment): string {
  return a.id ?? `${a.taskId}:${a.personId}`;
}

/** A rule's fired record as a `Y.Map` of task id → moment. */
export function firedMap(record: FiredRecord): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [task, at] of Object.entries(record.tasks)) map.set(task, at);
  return map;
}

/** The plain record of a rule's fired map. */
export function firedJson(id: string, map: Y.Map<unknown>): FiredRecord {
  const tasks: Record<string, string> = {};
  map.forEach((at, task) => {
    if (typeof at === 'string') tasks[task] = at;
  });
  return { id, tasks };
}

/** Writes a rule's record `before` → `after` into its map, task by task. */
export function patchFiredMap(
  map: Y.Map<unknown>,
  before: FiredRecord | undefined,
  after: FiredRecord,
): void {
  for (const task of Object.keys(before?.tasks ?? {})) if (!(task in after.tasks)) map.delete(task);
  for (const [task, at] of Object.entries(after.tasks)) if (map.get(task) !== at) map.set(task, at);
}

/** The plain JSON of the entity `id` of an entity root (a fired record for `automationsFired`). */
export function readEntity(root: EntityRoot, id: string, map: Y.Map<unknown>): { id: string } {
  return root === 'automationsFired' ? firedJson(id, map) : (entityJson(map, id) as { id: string });
}

/** A new `Y.Map` for an entity of an entity root. */
export function newEntityMap(root: EntityRoot, value: object): Y.Map<unknown> {
  return root === 'automationsFired' ? firedMap(value as FiredRecord) : entityMap(value);
}

/** Writes `before` → `after` into the entity map of an entity root, field by field. */
export function patchEntity(
  root: EntityRoot,
  map: Y.Map<unknown>,
  before: object | undefined,
  after: object,
): void {
  if (root === 'automationsFired')
    patchFiredMap(map, before as FiredRecord | undefined, after as FiredRecord);
  else patchEntityMap(map, before, after);
}
