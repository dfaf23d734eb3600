import {
  createProject,
  type FiredRecord,
  type Operation,
  type Project,
  type ProjectData,
  type RoadlineError,
} from '@roadline/core';
import { CATALOGUE_KEYS, entityJson, firedJson, type Roots, SETTINGS_KEYS } from './layout.js';

/** Something the room holds that the project cannot: dropped on every replica alike. */
export interface Conflict {
  entity: 'task' | 'dependency' | 'note' | 'baseline' | 'assignment' | 'fired';
  id: string;
  /** `'dropped'`: left out of the project; `'detached'`: a task moved to the top level to break a loop of parents. */
  resolution: 'dropped' | 'detached';
  reason: string;
}

export interface Projection {
  data: ProjectData;
  conflicts: Conflict[];
}

type Entity = { id: string } & Record<string, unknown>;

/** The room's content as plain `ProjectData`, unchecked (tasks in no particular order). */
export function docData(roots: Roots): ProjectData {
  const data: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) if (roots.project.has(key)) data[key] = roots.project.get(key);
  for (const key of CATALOGUE_KEYS) if (roots.project.has(key)) data[key] = roots.project.get(key);
  data.tasks = listOf(roots.tasks);
  data.dependencies = listOf(roots.dependencies);
  data.notes = listOf(roots.notes);
  data.baselines = listOf(roots.baselines);
  data.assignments = listOf(roots.assignments);
  const fired: FiredRecord[] = [];
  roots.automationsFired.forEach((map, id) => {
    fired.push(firedJson(id, map));
  });
  data.automationsFired = fired;
  if (typeof data.id !== 'string') data.id = 'room';
  if (typeof data.name !== 'string') data.name = '';
  return data as unknown as ProjectData;
}

function listOf(map: Roots['tasks']): Entity[] {
  const out: Entity[] = [];
  map.forEach((entity, id) => {
    out.push(entityJson(entity, id) as Entity);
  });
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The project every replica shows for the room's content: a pure function of the document, so
 * every replica that holds the same updates shows the same project whatever order they came in.
 * When the content is a valid project it is that project. Otherwise (concurrent changes that
 * together break it) it is built greedily in a fixed order, and what does not fit is reported:
 * tasks from the top level down (a task whose parent is gone is dropped with its subtasks; in a
 * loop of parents the task whose id sorts last is detached to the top level), then links, notes
 * baselines, assignments and fired records in id order, each dropped when the store refuses it (a
 * link that would close a cycle, a link, note or assignment to a task that is gone, an assignment
 * of a person removed meanwhile, a second assignment of one person to one task). So of two
 * concurrent links that make a cycle, the one whose id sorts last is dropped.
 */
export function projectRoom(roots: Roots): Projection {
  const data = docData(roots);
  try {
    // Valid and schedulable as it is (the scheduler also sees loops through summaries).
    return { data: createProject(data, { undoLimit: 0 }).toJSON(), conflicts: [] };
  } catch {
    return schedulable(greedy(data));
  }
}

/**
 * Drops the links of a loop only the scheduler sees (through summaries: a link into a task's own
 * ancestry the store's link check lets through), the last by id first, until the project schedules.
 */
function schedulable(projection: Projection): Projection {
  let { data } = projection;
  for (;;) {
    try {
      createProject(data, { undoLimit: 0 });
      return { data, conflicts: projection.conflicts };
    } catch (error) {
      const loop = ((error as RoadlineError).details as { tasks?: string[] } | undefined)?.tasks;
      if ((error as RoadlineError).code !== 'CYCLE' || loop === undefined) throw error;
      const inLoop = new Set(loop);
      const links = (data.dependencies ?? [])
        .filter((d) => inLoop.has(d.from) && inLoop.has(d.to))
        .sort(byId);
      const drop = links[links.length - 1];
      if (drop === undefined) throw error;
      data = { ...data, dependencies: (data.dependencies ?? []).filter((d) => d !== drop) };
      projection.conflicts.push({
        entity: 'dependency',
        id: drop.id,
        resolution: 'dropped',
        reason: (error as Error).message,
      });
    }
  }
}

function greedy(data: ProjectData): Projection {
  const conflicts: Conflict[] = [];
  const base: ProjectData = {
    ...data,
    tasks: [],
    dependencies: [],
    notes: [],
    baselines: [],
    assignments: [],
    automationsFired: [],
  };
  let scratch: Project;
  try {
    scratch = createProject(base, { scheduler: false, undoLimit: 0 });
  } catch {
    scratch = createProject({ id: data.id, name: data.name, tasks: [] }, { scheduler: false, undoLimit: 0 });
  }
  const tasks = new Map<string, Entity>();
  for (const t of data.tasks as unknown as Entity[]) tasks.set(t.id, t);
  const children = new Map<string | undefined, Entity[]>();
  for (const t of tasks.values()) {
    const parent = t.parentId as string | undefined;
    const list = children.get(parent);
    if (list === undefined) children.set(parent, [t]);
    else list.push(t);
  }
  const done = new Set<string>();
  const tryAdd = (kind: Conflict['entity'], e: Entity): boolean => {
    try {
      scratch.applyOperations([{ kind: 'add', entity: kind, id: e.id, after: e } as Operation]);
      return true;
    } catch (error) {
      conflicts.push({ entity: kind, id: e.id, resolution: 'dropped', reason: (error as Error).message });
      return false;
    }
  };
  const place = (start: Entity): void => {
    // Breadth first, with an index (shift() would make a big tree quadratic). A task already
    // placed is skipped: a loop's detached task is its own child's child in `children`.
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const t = queue[i] as Entity;
      if (done.has(t.id)) continue;
      done.add(t.id);
      if (!tryAdd('task', t)) {
        markSubtree(t.id);
        continue;
      }
      for (const c of (children.get(t.id) ?? []).slice().sort(byId)) queue.push(c);
    }
  };
  const markSubtree = (id: string): void => {
    for (const c of children.get(id) ?? []) {
      if (done.has(c.id)) continue;
      done.add(c.id);
      conflicts.push({
        entity: 'task',
        id: c.id,
        resolution: 'dropped',
        reason: `its parent "${id}" was dropped`,
      });
      markSubtree(c.id);
    }
  };
  for (const t of [...tasks.values()].sort(byId)) {
    const parent = t.parentId as string | undefined;
    if (parent === undefined || tasks.has(parent)) continue;
    done.add(t.id);
    conflicts.push({
      entity: 'task',
      id: t.id,
      resolution: 'dropped',
      reason: `its parent "${parent}" was removed`,
    });
    markSubtree(t.id);
  }
  for (const t of (children.get(undefined) ?? []).slice().sort(byId)) place(t);
  // What is left hangs from a loop of parents: detach the loop's last task by id, go on.
  for (;;) {
    const left = [...tasks.values()]
      .filter((t) => !done.has(t.id) && tasks.has(t.parentId as string))
      .sort(byId);
    const first = left[0];
    if (first === undefined) break;
    const loop: string[] = [];
    let at: string = first.id;
    while (!loop.includes(at)) {
      loop.push(at);
      at = tasks.get(at)?.parentId as string;
    }
    const cycle = loop.slice(loop.indexOf(at)).sort();
    const id = cycle[cycle.length - 1] as string;
    const task = { ...(tasks.get(id) as Entity) };
    delete task.parentId;
    conflicts.push({ entity: 'task', id, resolution: 'detached', reason: 'its parents formed a loop' });
    tasks.set(id, task);
    place(task);
  }
  for (const d of [...((data.dependencies ?? []) as unknown as Entity[])].sort(byId)) tryAdd('dependency', d);
  for (const n of [...((data.notes ?? []) as unknown as Entity[])].sort(byId)) tryAdd('note', n);
  for (const b of [...((data.baselines ?? []) as unknown as Entity[])].sort(byId)) tryAdd('baseline', b);
  for (const a of [...((data.assignments ?? []) as unknown as Entity[])].sort(byId)) tryAdd('assignment', a);
  for (const f of [...((data.automationsFired ?? []) as unknown as Entity[])].sort(byId)) tryAdd('fired', f);
  return { data: scratch.toJSON(), conflicts };
}
