import type { Operation, Project, ProjectData, ProjectSettings, Task } from '@roadline/core';
import { assignmentId, CATALOGUE_KEYS, type CatalogueKey, SETTINGS_KEYS, sameJson } from './layout.js';

type Entity = { id: string } & Record<string, unknown>;
/** The entity kinds kept as entity maps. */
export type MapKind = 'task' | 'dependency' | 'note' | 'baseline' | 'assignment' | 'fired';
export const MAP_KINDS: readonly MapKind[] = [
  'task',
  'dependency',
  'note',
  'baseline',
  'assignment',
  'fired',
];
/** The kinds that refer to tasks (or people) and carry no tasks themselves: removed first, added last. */
const LEAF_KINDS = ['dependency', 'note', 'baseline', 'assignment', 'fired'] as const;

/** Store entity kind of each catalogue. */
const KIND_OF_CATALOGUE: Record<CatalogueKey, Operation['entity']> = {
  calendars: 'calendar',
  statuses: 'status',
  priorities: 'priority',
  people: 'person',
  groups: 'group',
  releases: 'release',
  fields: 'field',
  automations: 'automation',
};

/**
 * What some part of the store should become: the project's own fields (when they changed), whole
 * catalogues (those that changed), and entities by id (`undefined`: it should not exist). Ids
 * not named keep what the store has.
 */
export interface Target {
  settings?: ProjectSettings;
  catalogues: Partial<Record<CatalogueKey, readonly Entity[]>>;
  entities: Record<MapKind, Map<string, Entity | undefined>>;
}

export function emptyTarget(): Target {
  return {
    catalogues: {},
    entities: {
      task: new Map(),
      dependency: new Map(),
      note: new Map(),
      baseline: new Map(),
      assignment: new Map(),
      fired: new Map(),
    },
  };
}

/** A target that names everything: the store becomes `data`. */
export function wholeTarget(project: Project, data: ProjectData): Target {
  const target = emptyTarget();
  target.settings = settingsOf(data);
  for (const key of CATALOGUE_KEYS) target.catalogues[key] = (data[key] ?? []) as Entity[];
  const lists: Record<MapKind, readonly { id: string }[]> = {
    task: data.tasks,
    dependency: data.dependencies ?? [],
    note: data.notes ?? [],
    baseline: data.baselines ?? [],
    assignment: (data.assignments ?? []).map((a) => ({ ...a, id: assignmentId(a) })),
    fired: data.automationsFired ?? [],
  };
  const current: Record<MapKind, readonly { id: string }[]> = {
    task: project.tasks(),
    dependency: project.dependencies(),
    note: project.notes(),
    baseline: project.baselines(),
    assignment: project.assignments(),
    fired: project.toJSON().automationsFired ?? [],
  };
  for (const kind of MAP_KINDS) {
    for (const e of current[kind]) target.entities[kind].set(e.id, undefined);
    for (const e of lists[kind]) target.entities[kind].set(e.id, e as Entity);
  }
  return target;
}

export function settingsOf(data: Partial<ProjectData>): ProjectSettings {
  const out: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) if (data[key] !== undefined) out[key] = data[key];
  return out as unknown as ProjectSettings;
}

/**
 * Reads the store's entities by kind and id. The store has no lookup by id for assignments and
 * fired records: those tables are indexed once, on first use (a batch that names none costs
 * nothing).
 */
class Reader {
  private assignments: Map<string, Entity> | undefined;
  private fired: Map<string, Entity> | undefined;
  constructor(private readonly project: Project) {}

  read(kind: MapKind, id: string): Entity | undefined {
    const project = this.project;
    switch (kind) {
      case 'task':
        return project.task(id) as Entity | undefined;
      case 'dependency':
        return project.dependency(id) as Entity | undefined;
      case 'note':
        return project.note(id) as Entity | undefined;
      case 'baseline':
        return project.baseline(id) as Entity | undefined;
      case 'assignment':
        this.assignments ??= new Map(project.assignments().map((a) => [a.id, a as unknown as Entity]));
        return this.assignments.get(id);
      case 'fired':
        this.fired ??= new Map(
          (project.toJSON().automationsFired ?? []).map((f) => [f.id, f as unknown as Entity]),
        );
        return this.fired.get(id);
    }
  }
}

/** A catalogue of the store as the list the room keeps in its `project` map. */
export function catalogue(project: Project, key: CatalogueKey): readonly Entity[] {
  const lists: Record<CatalogueKey, () => readonly unknown[]> = {
    calendars: () => project.calendars(),
    statuses: () => project.statuses(),
    priorities: () => project.priorities(),
    people: () => project.people(),
    groups: () => project.groups(),
    releases: () => project.releases(),
    fields: () => project.fields(),
    automations: () => project.automations(),
  };
  return lists[key]() as Entity[];
}

/**
 * The operations that turn the store into `target`, in an order the store accepts whenever the
 * target is a valid project: links, notes and baselines that go or change ends first, tasks that
 * change parent detached, tasks that go removed deepest first, then settings and catalogue
 * entries, tasks added or updated parents first, links, notes and baselines, and last the
 * catalogue entries that go. The caller applies them as one batch; the store checks every one.
 */
export function reconcileOps(project: Project, target: Target): Operation[] {
  const ops: Operation[] = [];
  const tasks = target.entities.task;
  const later: Operation[] = [];
  const reader = new Reader(project);
  const read = (kind: MapKind, id: string) => reader.read(kind, id);
  // 1. Links, notes, baselines, assignments and fired records that go, or whose ends change, go first.
  for (const kind of LEAF_KINDS) {
    for (const [id, next] of target.entities[kind]) {
      const now = read(kind, id);
      if (now === undefined) {
        if (next !== undefined) later.push({ kind: 'add', entity: kind, id, after: next });
        continue;
      }
      if (next === undefined) ops.push({ kind: 'remove', entity: kind, id });
      else if (sameJson(now, next)) continue;
      else if (
        (kind === 'dependency' && (now.from !== next.from || now.to !== next.to)) ||
        (kind === 'assignment' && (now.taskId !== next.taskId || now.personId !== next.personId))
      ) {
        ops.push({ kind: 'remove', entity: kind, id });
        later.push({ kind: 'add', entity: kind, id, after: next });
      } else later.push({ kind: 'update', entity: kind, id, after: next });
    }
  }
  // 2. Tasks that change parent are detached; tasks that go are removed deepest first.
  const removed: string[] = [];
  const placed: Entity[] = [];
  for (const [id, next] of tasks) {
    const now = read('task', id);
    if (next === undefined) {
      if (now !== undefined) removed.push(id);
      continue;
    }
    if (now !== undefined && sameJson(now, next)) continue;
    placed.push(next);
    if (now !== undefined && now.parentId !== undefined && now.parentId !== next.parentId) {
      const detached: Entity = { ...now };
      delete detached.parentId;
      ops.push({ kind: 'update', entity: 'task', id, after: detached });
    }
  }
  removed.sort((a, b) => project.depth(b) - project.depth(a));
  for (const id of removed) ops.push({ kind: 'remove', entity: 'task', id });
  // 3. Settings and catalogue entries added or changed.
  if (target.settings !== undefined && !sameJson(target.settings, project.settings)) {
    ops.push({ kind: 'update', entity: 'project', id: target.settings.id, after: target.settings });
  }
  const dropLast: Operation[] = [];
  for (const key of CATALOGUE_KEYS) {
    const next = target.catalogues[key];
    if (next === undefined) continue;
    const entity = KIND_OF_CATALOGUE[key];
    const now = new Map(catalogue(project, key).map((e) => [e.id, e]));
    const keep = new Set<string>();
    for (const e of next) {
      keep.add(e.id);
      const was = now.get(e.id);
      if (was === undefined) ops.push({ kind: 'add', entity, id: e.id, after: e });
      else if (!sameJson(was, e)) ops.push({ kind: 'update', entity, id: e.id, after: e });
    }
    for (const id of now.keys()) if (!keep.has(id)) dropLast.push({ kind: 'remove', entity, id });
  }
  // 4. Tasks added or updated, parents first.
  const depth = targetDepths(project, tasks);
  placed.sort((a, b) => (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0));
  for (const next of placed) {
    const exists = read('task', next.id) !== undefined;
    ops.push({ kind: exists ? 'update' : 'add', entity: 'task', id: next.id, after: next });
  }
  // 5. Links, notes and baselines added or changed; catalogue entries that go.
  // A loop, not push(...later): a room's worth of links is more arguments than a call takes.
  for (const op of later) ops.push(op);
  for (const op of dropLast) ops.push(op);
  return ops;
}

/**
 * The operations that load `data` into a store that holds no tasks, links, notes, baselines,
 * assignments or fired records (a store joining a room), or `undefined` when the store holds
 * some. The same batch {@link reconcileOps} makes of a whole target, in one pass without its
 * lookups: settings and catalogue entries added or changed, tasks parents first (as the room
 * lists them within a depth), links, notes, baselines, assignments, fired records, then the
 * catalogue entries that go. Throws when the tasks cannot be ordered (a parent missing or a loop
 * of parents): the caller projects the room instead, as when the store refuses a batch.
 */
export function loadOps(project: Project, data: ProjectData): Operation[] | undefined {
  if (
    project.tasks().length > 0 ||
    project.dependencies().length > 0 ||
    project.notes().length > 0 ||
    project.baselines().length > 0 ||
    project.assignments().length > 0 ||
    (project.toJSON().automationsFired ?? []).length > 0
  )
    return undefined;
  const lists = emptyTarget();
  lists.settings = settingsOf(data);
  for (const key of CATALOGUE_KEYS) lists.catalogues[key] = (data[key] ?? []) as Entity[];
  const catalogueOps = reconcileOps(project, lists);
  const ops = catalogueOps.filter((op) => op.kind !== 'remove');
  pushAdds(ops, parentsFirst(data.tasks as unknown as Entity[]), data);
  for (const op of catalogueOps) if (op.kind === 'remove') ops.push(op);
  return ops;
}

/**
 * Appends the adds of `tasks` (in that order) and of every link, note, baseline, assignment and
 * fired record of `data`: what a store that holds none of them takes to hold `data`'s.
 */
function pushAdds(ops: Operation[], tasks: readonly { id: string }[], data: ProjectData): void {
  for (const t of tasks) ops.push({ kind: 'add', entity: 'task', id: t.id, after: t });
  for (const d of data.dependencies ?? [])
    ops.push({ kind: 'add', entity: 'dependency', id: d.id, after: d });
  for (const n of data.notes ?? []) ops.push({ kind: 'add', entity: 'note', id: n.id, after: n });
  for (const b of data.baselines ?? []) ops.push({ kind: 'add', entity: 'baseline', id: b.id, after: b });
  for (const a of data.assignments ?? []) {
    const id = assignmentId(a);
    ops.push({ kind: 'add', entity: 'assignment', id, after: a.id === id ? a : { ...a, id } });
  }
  for (const f of data.automationsFired ?? []) ops.push({ kind: 'add', entity: 'fired', id: f.id, after: f });
}

/** `tasks` by depth in their tree (in their own order within a depth); throws on a missing parent or a loop. */
function parentsFirst(tasks: readonly Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const t of tasks) byId.set(t.id, t);
  const depth = new Map<string, number>();
  const path: string[] = [];
  const levels: Entity[][] = [];
  for (const task of tasks) {
    let d = depth.get(task.id);
    if (d === undefined) {
      path.length = 0;
      let at: Entity = task;
      for (;;) {
        path.push(at.id);
        const parent = at.parentId as string | undefined;
        if (parent === undefined) {
          d = -1;
          break;
        }
        const known = depth.get(parent);
        if (known !== undefined) {
          d = known;
          break;
        }
        const next = byId.get(parent);
        if (next === undefined || path.length > byId.size)
          throw new Error(`task "${at.id}" cannot be placed`);
        at = next;
      }
      for (let i = path.length - 1; i >= 0; i--) {
        d++;
        depth.set(path[i] as string, d);
      }
    }
    const level = levels[d];
    if (level === undefined) levels[d] = [task];
    else level.push(task);
  }
  return levels.flat();
}

/** Each target task's depth in the target tree (a loop counts as very deep; the store rejects it). */
function targetDepths(project: Project, tasks: Map<string, Entity | undefined>): Map<string, number> {
  const out = new Map<string, number>();
  const parentOf = (id: string): string | undefined =>
    tasks.has(id)
      ? (tasks.get(id)?.parentId as string | undefined)
      : (project.task(id) as Task | undefined)?.parentId;
  for (const id of tasks.keys()) {
    let d = 0;
    let at = parentOf(id);
    while (at !== undefined && d <= tasks.size + 1) {
      d++;
      at = parentOf(at);
    }
    out.set(id, d);
  }
  return out;
}

/**
 * The operations that empty the store and load `data` instead: the fallback when a
 * {@link reconcileOps} batch cannot be ordered (tasks swapping places in the tree, say).
 */
export function replaceOps(project: Project, data: ProjectData): Operation[] {
  const ops: Operation[] = [];
  for (const n of project.notes()) ops.push({ kind: 'remove', entity: 'note', id: n.id });
  for (const b of project.baselines()) ops.push({ kind: 'remove', entity: 'baseline', id: b.id });
  for (const a of project.assignments()) ops.push({ kind: 'remove', entity: 'assignment', id: a.id });
  for (const f of project.toJSON().automationsFired ?? [])
    ops.push({ kind: 'remove', entity: 'fired', id: f.id });
  for (const d of project.dependencies()) ops.push({ kind: 'remove', entity: 'dependency', id: d.id });
  const order = project.wbsOrder();
  for (let i = order.length - 1; i >= 0; i--)
    ops.push({ kind: 'remove', entity: 'task', id: order[i] as string });
  const settings = settingsOf(data);
  if (!sameJson(settings, project.settings))
    ops.push({ kind: 'update', entity: 'project', id: settings.id, after: settings });
  const empty = emptyTarget();
  for (const key of CATALOGUE_KEYS) empty.catalogues[key] = (data[key] ?? []) as Entity[];
  // Catalogue changes on an empty store: reconcile computes them against the current lists.
  const catalogueOps = reconcileOps(project, empty);
  for (const op of catalogueOps) if (op.kind !== 'remove') ops.push(op);
  pushAdds(ops, data.tasks, data);
  for (const op of catalogueOps) if (op.kind === 'remove') ops.push(op);
  return ops;
}
