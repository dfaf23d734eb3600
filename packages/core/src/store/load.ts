import { deepFreeze } from '../model/json.js';
import type { ProjectSettings } from '../model/operations.js';
import type { Dependency, ProjectData, Task } from '../model/types.js';
import { TABLE_KEYS } from './entities.js';
import { compareSiblings, ProjectState, ROOT } from './state.js';

/** The project's own members, as the `project` entity holds them. */
export function settingsOf(data: ProjectData): ProjectSettings {
  const settings: ProjectSettings = { id: data.id, name: data.name };
  if (data.start !== undefined) settings.start = data.start;
  if (data.calendar !== undefined) settings.calendar = data.calendar;
  return settings;
}

/**
 * Builds the live state from checked, normalized data the store owns (never host objects).
 * Freezes every entity in place instead of copying it again, and orders each sibling list once.
 * `dependencies`, when given, is the check's index of `data.dependencies` (same objects, list
 * order) and becomes the dependency table instead of a second map of the same entries.
 */
export function loadState(data: ProjectData, dependencies?: Map<string, Dependency>): ProjectState {
  const state = new ProjectState(deepFreeze(settingsOf(data)));
  for (const [kind, key] of TABLE_KEYS) {
    const list = (data as unknown as Record<string, unknown[] | undefined>)[key];
    if (list === undefined) continue;
    if (kind === 'dependency' && dependencies !== undefined && dependencies.size === list.length) {
      for (const entity of list) deepFreeze(entity);
      state.tables.dependency = dependencies;
      continue;
    }
    const table = state.tables[kind] as Map<string, unknown>;
    for (const entity of list) {
      const id = (entity as { id: string }).id;
      table.set(id, deepFreeze(entity));
    }
  }
  orderChildren(state);
  return state;
}

/** One parent's children while loading: ids in input order, and whether that is already sibling order. */
class Siblings {
  readonly ids: string[];
  last: Readonly<Task>;
  inOrder = true;

  constructor(first: Readonly<Task>) {
    this.ids = [first.id];
    this.last = first;
  }
}

/**
 * Fills `state.children`. Input order is usually sibling order already (normalization numbers
 * unordered siblings in input order, and saved data lists tasks in WBS order), so a list is only
 * sorted when a task is found out of place.
 */
function orderChildren(state: ProjectState): void {
  const tasks = state.tasks;
  const lists = new Map<string, Siblings>();
  for (const task of tasks.values()) {
    const key = task.parentId ?? ROOT;
    const list = lists.get(key);
    if (list === undefined) {
      lists.set(key, new Siblings(task));
      continue;
    }
    if (list.inOrder && compareSiblings(list.last, task) > 0) list.inOrder = false;
    list.ids.push(task.id);
    list.last = task;
  }
  for (const [key, list] of lists) {
    if (list.inOrder) {
      state.children.set(key, list.ids);
      continue;
    }
    const sorted = list.ids.map((id) => tasks.get(id) as Readonly<Task>).sort(compareSiblings);
    state.children.set(
      key,
      sorted.map((t) => t.id),
    );
  }
}

/** A deep, mutable copy of frozen JSON for handing out to a host. */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = cloneJson((value as Record<string, unknown>)[key]);
  return out as T;
}

/** The state as `ProjectData`: lists in their order (tasks in WBS order), empty optional lists left out. */
export function stateToJSON(state: ProjectState): ProjectData {
  const out = cloneJson(state.settings) as unknown as Record<string, unknown>;
  for (const [kind, key] of TABLE_KEYS) {
    const ids = state.ids(kind);
    if (ids.length === 0 && key !== 'tasks' && key !== 'statuses' && key !== 'priorities') continue;
    const table = state.tables[kind] as Map<string, unknown>;
    out[key] = ids.map((id) => cloneJson(table.get(id)));
  }
  return out as unknown as ProjectData;
}
