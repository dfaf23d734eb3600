import { RoadlineError } from '../model/errors.js';
import type { Operation } from '../model/operations.js';
import type { Baseline, Dependency, FieldDef, Note, Task } from '../model/types.js';
import type { TableKind } from './entities.js';
import type { ProjectState } from './state.js';

/** One id to change: the entity of `kind` known as `from` becomes `to`. */
export interface IdRename {
  readonly entity: TableKind;
  readonly from: string;
  readonly to: string;
}

/** Per kind, old id → new id. */
export type RenameMap = ReadonlyMap<TableKind, ReadonlyMap<string, string>>;

/** Groups renames by kind; throws on a rename into an id that is already taken in the same list. */
export function renameMap(renames: readonly IdRename[]): RenameMap {
  const map = new Map<TableKind, Map<string, string>>();
  for (const { entity, from, to } of renames) {
    if (typeof from !== 'string' || typeof to !== 'string' || to === '')
      throw new RoadlineError('INVALID_ARGUMENT', 'A rename needs a string from and a non-empty to');
    let byId = map.get(entity);
    if (byId === undefined) {
      byId = new Map();
      map.set(entity, byId);
    }
    byId.set(from, to);
  }
  return map;
}

/**
 * `value` (a snapshot of `kind`) with every reference to a renamed entity rewritten, and its own
 * id too: a task's parent, status, priority, assignees, group, release, calendar, custom-field
 * keys and person-field values; a link's ends; a note's task; a baseline's task keys. Returns
 * `value` itself when nothing changes. `field` tells which custom fields hold people.
 */
export function rekeySnapshot(
  kind: TableKind,
  value: unknown,
  map: RenameMap,
  field: (id: string) => FieldDef | undefined,
): unknown {
  if (value === null || typeof value !== 'object') return value;
  const r = (k: TableKind, id: string | undefined): string | undefined =>
    id === undefined ? id : (map.get(k)?.get(id) ?? id);
  const out = { ...(value as Record<string, unknown>) } as Record<string, unknown>;
  let changed = false;
  const set = (key: string, next: unknown): void => {
    if (next !== out[key]) {
      out[key] = next;
      changed = true;
    }
  };
  set('id', r(kind, out.id as string));
  if (kind === 'task') {
    const task = value as Task;
    set('parentId', r('task', task.parentId));
    set('status', r('status', task.status));
    set('priority', r('priority', task.priority));
    set('groupId', r('group', task.groupId));
    set('releaseId', r('release', task.releaseId));
    set('calendarId', r('calendar', task.calendarId));
    if (task.assignees !== undefined && map.has('person')) {
      const next = task.assignees.map((id) => r('person', id) as string);
      if (next.some((id, i) => id !== task.assignees?.[i])) set('assignees', next);
    }
    if (task.fields !== undefined && (map.has('field') || map.has('person'))) {
      const fields: Record<string, unknown> = {};
      let fieldsChanged = false;
      for (const [key, v] of Object.entries(task.fields)) {
        const nextKey = r('field', key) as string;
        const isPerson = typeof v === 'string' && field(key)?.type === 'person';
        const nextValue = isPerson ? r('person', v) : v;
        if (nextKey !== key || nextValue !== v) fieldsChanged = true;
        fields[nextKey] = nextValue;
      }
      if (fieldsChanged) set('fields', fields);
    }
  } else if (kind === 'dependency') {
    const dep = value as Dependency;
    set('from', r('task', dep.from));
    set('to', r('task', dep.to));
  } else if (kind === 'note') {
    set('taskId', r('task', (value as Note).taskId));
  } else if (kind === 'baseline' && map.has('task')) {
    const tasks = (value as Baseline).tasks;
    const next: Baseline['tasks'] = {};
    let moved = false;
    for (const [id, span] of Object.entries(tasks)) {
      const to = r('task', id) as string;
      if (to !== id) moved = true;
      next[to] = span;
    }
    if (moved) set('tasks', next);
  }
  if (!changed) return value;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

/** `op` with its id and both snapshots rekeyed; `op` itself when nothing changes. */
export function rekeyOperation(
  op: Operation,
  map: RenameMap,
  field: (id: string) => FieldDef | undefined,
): Operation {
  if (op.entity === 'project') return op;
  const kind = op.entity as TableKind;
  const id = map.get(kind)?.get(op.id) ?? op.id;
  const before = op.before === undefined ? undefined : rekeySnapshot(kind, op.before, map, field);
  const after = op.after === undefined ? undefined : rekeySnapshot(kind, op.after, map, field);
  if (id === op.id && before === op.before && after === op.after) return op;
  const next: Operation = { kind: op.kind, entity: op.entity, id };
  if (before !== undefined) next.before = before;
  if (after !== undefined) next.after = after;
  return next;
}

/**
 * The operations that give each renamed entity its new id in `state` and rewrite every reference
 * to it, applied one by one through `emit` (which checks and applies them): for a task, its new
 * snapshot is added, its children, links, notes and baselines are updated, then the old one is
 * removed; a link is removed, then added under its new id (two links may not join the same pair);
 * a catalog entry is added, the tasks using it updated, the old one removed (so it moves to the
 * end of its list). Catalog entries go first, then tasks (parents first), then links, notes and
 * baselines, so every snapshot added names only what is already there.
 */
export function emitRenames(
  state: ProjectState,
  renames: readonly IdRename[],
  emit: (op: Operation) => void,
): void {
  const map = renameMap(renames);
  const field = (id: string): FieldDef | undefined => state.field(id);
  const one = (k: TableKind, from: string, to: string): RenameMap => new Map([[k, new Map([[from, to]])]]);
  const wbs = renames.some((r) => r.entity === 'task') ? state.wbsOrder() : [];
  const position = new Map(wbs.map((id, i) => [id, i]));
  const rank = (r: IdRename): number =>
    r.entity === 'task' ? (position.get(r.from) ?? -1) : LAST.has(r.entity) ? wbs.length : -1;
  const ordered = [...renames].sort((a, b) => rank(a) - rank(b));
  for (const { entity, from, to } of ordered) {
    const table = state.tables[entity] as Map<string, unknown>;
    const current = table.get(from);
    if (current === undefined) throw new RoadlineError('NOT_FOUND', `${entity} "${from}" does not exist`);
    if (from === to) continue;
    const single = one(entity, from, to);
    const moved = rekeySnapshot(entity, current, map, field);
    if (entity === 'dependency') {
      emit({ kind: 'remove', entity, id: from, before: current });
      emit({ kind: 'add', entity, id: to, after: moved });
      continue;
    }
    emit({ kind: 'add', entity, id: to, after: moved });
    for (const [kind, referrer] of referrers(state, entity, from)) {
      const before = (state.tables[kind] as Map<string, unknown>).get(referrer);
      const after = rekeySnapshot(kind, before, single, field);
      if (after !== before) emit({ kind: 'update', entity: kind, id: referrer, before, after });
    }
    emit({ kind: 'remove', entity, id: from, before: table.get(from) });
  }
}

const LAST: ReadonlySet<TableKind> = new Set(['dependency', 'note', 'baseline']);

/** What refers to the entity `id` of `kind`, as [kind, id] pairs. */
function referrers(state: ProjectState, kind: TableKind, id: string): [TableKind, string][] {
  const out: [TableKind, string][] = [];
  if (kind === 'task') {
    for (const child of [...state.childIds(id)]) out.push(['task', child]);
    const links = new Set([...(state.outgoing.get(id) ?? []), ...(state.incoming.get(id) ?? [])]);
    for (const link of links) out.push(['dependency', link]);
    for (const note of state.tables.note.values()) if (note.taskId === id) out.push(['note', note.id]);
    for (const b of state.tables.baseline.values())
      if (Object.hasOwn(b.tasks, id)) out.push(['baseline', b.id]);
    return out;
  }
  if (kind === 'dependency' || kind === 'note' || kind === 'baseline') return out;
  const single: RenameMap = new Map([[kind, new Map([[id, `${id}\u0000`]])]]);
  const field = (f: string): FieldDef | undefined => state.field(f);
  for (const task of state.tasks.values()) {
    if (rekeySnapshot('task', task, single, field) !== task) out.push(['task', task.id]);
  }
  return out;
}
