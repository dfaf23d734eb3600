import { checkAutomationRule, checkFiredRecord } from '../validate/check-automation.js';
import { isCleanDependency, isCleanTask } from './check-clean.js';
import { report } from './check-values.js';
import {
  checkAssignment,
  checkBaseline,
  checkCalendar,
  checkDependency,
  checkField,
  checkGroup,
  checkNote,
  checkObject,
  checkPerson,
  checkPriority,
  checkRelease,
  checkSettings,
  checkStatus,
  checkTask,
} from './check-entities.js';
import { DEFAULT_PRIORITIES, DEFAULT_STATUSES } from '../model/defaults.js';
import { type ValidationIssue, RoadlineError } from '../model/errors.js';
import { buildAdjacency, findCycles, type ResolvedGraph } from '../model/graph.js';
import { copyJson, type JsonValue } from '../model/json.js';
import { isSafeKey } from '../model/keys.js';
import type { ReferenceIndex } from '../model/references.js';
import type { Dependency, FieldDef, ProjectData, Task } from '../model/types.js';

type Issues = ValidationIssue[];
type Rec = Record<string, unknown>;

/** The optional entity lists of `ProjectData`, with the checker of each. */
const CATALOGS = [
  ['calendars', (v: unknown, p: string, i: Issues) => checkCalendar(v, p, i, true)],
  ['statuses', checkStatus],
  ['priorities', checkPriority],
  ['people', checkPerson],
  ['groups', checkGroup],
  ['releases', checkRelease],
  ['fields', checkField],
] as const;

/** The result of {@link checkProjectData}: a private, plain-JSON copy and every problem found. */
export interface CheckedProject {
  /** The copy, with default statuses and priorities added; only meaningful when `issues` is empty. */
  data: ProjectData;
  issues: ValidationIssue[];
}

/**
 * Copies and validates anything a host hands over, reporting every problem at once rather than
 * stopping at the first. Never throws and never touches the input.
 */
export function checkProjectData(input: unknown): CheckedProject {
  const { data, issues } = checkForLoad(input);
  return { data, issues };
}

/** {@link checkProjectData} plus what the store's load reuses instead of indexing the copy again. */
export interface CheckedLoad extends CheckedProject {
  /** The copy's dependencies by id, in list order (the first of each id); the store's table when `issues` is empty. */
  dependencies: Map<string, Dependency>;
  /** The tasks and links as numbers, for the scheduler's compile; meaningful when `issues` is empty. */
  graph: ResolvedGraph;
}

/** What {@link checkForLoad} leaves out. */
export interface LoadCheckOptions {
  /**
   * Search the links for cycles (default `true`). The store turns it off when its own scheduler
   * runs next, whose topological sort finds any cycle anyway; on one, the store checks again with
   * the search, so that the error lists every loop.
   */
  linkCycles?: boolean;
}

/**
 * {@link checkProjectData} for `createProject`: also hands over the dependency index and the task
 * and link numbering it builds anyway.
 */
export function checkForLoad(input: unknown, options: LoadCheckOptions = {}): CheckedLoad {
  const issues: Issues = [];
  const data = Object.create(null) as Rec;
  if (!checkObject(input, '$', issues))
    return {
      data: { id: '', name: '', tasks: [] },
      issues,
      dependencies: new Map(),
      graph: emptyGraph(),
    };
  for (const key of Object.keys(input)) {
    if (!isSafeKey(key)) {
      report(issues, key, 'UNSAFE_KEY', `the project has the forbidden key "${key}"`);
      continue;
    }
    const value = copyJson(input[key], key, issues);
    if (value !== undefined) data[key] = value;
  }
  checkSettings(pick(data, ['id', 'name', 'start', 'calendar']), '$', issues);
  applyDefaults(data);
  const ids = collectIds(data, issues);
  const tasks = listOf(data, 'tasks', issues, true);
  const graph = taskGraph(tasks, issues);
  const refs = referenceIndex(ids, graph.index, data);
  // The reporting checkers (and their path strings) run only on the entities the yes-or-no twins reject.
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    if (!isCleanTask(t, refs)) checkTask(t, `tasks[${i}]`, issues, refs);
  }
  const deps = listOf(data, 'dependencies', issues);
  for (let i = 0; i < deps.length; i++) {
    const d = deps[i];
    if (!isCleanDependency(d, refs)) checkDependency(d, `dependencies[${i}]`, issues, refs);
  }
  (Array.isArray(data.people) ? (data.people as JsonValue[]) : []).forEach((p, i) => {
    checkPersonCalendar(p, `people[${i}]`, issues, refs);
  });
  checkAssignments(listOf(data, 'assignments', issues), refs, issues);
  listOf(data, 'notes', issues).forEach((n, i) => {
    checkNote(n, `notes[${i}]`, issues, refs);
  });
  listOf(data, 'baselines', issues).forEach((b, i) => {
    checkBaseline(b, `baselines[${i}]`, issues);
  });
  idsOf(listOf(data, 'automations', issues), 'automations', issues, checkAutomationRule);
  idsOf(listOf(data, 'automationsFired', issues), 'automationsFired', issues, checkFiredRecord);
  const hierarchyOk = checkHierarchy(graph, issues);
  const links = checkLinks(deps, graph, hierarchyOk, options.linkCycles !== false, issues);
  return {
    data: Object.assign({}, data) as unknown as ProjectData,
    issues,
    dependencies: ids.dependency as unknown as Map<string, Dependency>,
    graph: {
      ids: graph.ids,
      index: graph.index,
      parent: graph.parent,
      linkFrom: links.from,
      linkTo: links.to,
    },
  };
}

/** A person's resource calendar must exist (the rest of a person is checked with the catalogs). */
function checkPersonCalendar(p: JsonValue, path: string, issues: Issues, refs: ReferenceIndex): void {
  if (p === null || typeof p !== 'object' || Array.isArray(p)) return;
  const id = p.calendarId;
  if (typeof id === 'string' && !refs.hasCalendar(id))
    report(issues, `${path}.calendarId`, 'UNKNOWN_REFERENCE', `${path}.calendarId names no calendar "${id}"`);
}

/**
 * Each assignment's shape and references, repeated ids, and a person assigned twice to one task;
 * then gives every assignment without an id one (`<taskId>:<personId>`, or with `#n` when taken),
 * so the store can key them. Only the private copy is changed.
 */
function checkAssignments(list: JsonValue[], refs: ReferenceIndex, issues: Issues): void {
  const ids = new Set<string>();
  const pairs = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const path = `assignments[${i}]`;
    checkAssignment(a, path, issues, refs);
    if (a === null || typeof a !== 'object' || Array.isArray(a)) continue;
    if (typeof a.id === 'string' && a.id !== '') {
      if (ids.has(a.id)) report(issues, `${path}.id`, 'DUPLICATE_ID', `${path} repeats the id "${a.id}"`);
      ids.add(a.id);
    }
    if (typeof a.taskId !== 'string' || typeof a.personId !== 'string') continue;
    const pair = `${a.taskId}\u0000${a.personId}`;
    if (pairs.has(pair))
      report(
        issues,
        path,
        'DUPLICATE_ASSIGNMENT',
        `${path} assigns "${a.personId}" to task "${a.taskId}" a second time`,
      );
    pairs.add(pair);
  }
  for (const a of list) {
    if (a === null || typeof a !== 'object' || Array.isArray(a) || a.id !== undefined) continue;
    const base = `${String(a.taskId)}:${String(a.personId)}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}#${n}`;
    ids.add(id);
    a.id = id;
  }
}

function emptyGraph(): ResolvedGraph {
  const none = new Int32Array(0);
  return { ids: [], index: new Map(), parent: none, linkFrom: none, linkTo: none };
}

/** Like {@link checkProjectData} but throws `RoadlineError('INVALID_DATA')` listing every issue. */
export function validateProjectData(input: unknown): ProjectData {
  const { data, issues } = checkProjectData(input);
  if (issues.length > 0) throw invalidData(issues);
  return data;
}

/** The error for a non-empty list of issues; the message quotes the first few. */
export function invalidData(issues: ValidationIssue[]): RoadlineError {
  const shown = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return new RoadlineError('INVALID_DATA', `Invalid project data: ${shown.join('; ')}${more}`, issues);
}

function pick(data: Rec, keys: string[]): Rec {
  const out: Rec = {};
  for (const key of keys) if (data[key] !== undefined) out[key] = data[key];
  return out;
}

function applyDefaults(data: Rec): void {
  if (data.statuses === undefined) {
    data.statuses = DEFAULT_STATUSES.map((s) => ({ ...s }));
  }
  if (data.priorities === undefined) {
    data.priorities = DEFAULT_PRIORITIES.map((p) => ({ ...p }));
  }
}

function listOf(data: Rec, key: string, issues: Issues, required = false): JsonValue[] {
  const value = data[key];
  if (value === undefined) {
    if (required) report(issues, key, 'MISSING_FIELD', `the project has no ${key}`);
    return [];
  }
  if (Array.isArray(value)) return value;
  report(issues, key, 'WRONG_TYPE', `${key} must be an array`);
  data[key] = [];
  return [];
}

/** Per kind, each id → the first entity with it. */
type IdSets = Record<
  'dependency' | 'note' | 'baseline' | (typeof CATALOGS)[number][0],
  Map<string, JsonValue>
>;

/** Ids of every kind, reporting duplicates; catalogs are checked here because their ids are needed first. */
function collectIds(data: Rec, issues: Issues): IdSets {
  const sets = Object.create(null) as IdSets;
  for (const [key, check] of CATALOGS) {
    sets[key] = idsOf(listOf(data, key, issues), key, issues, check);
  }
  sets.dependency = idsOf(Array.isArray(data.dependencies) ? data.dependencies : [], 'dependencies', issues);
  sets.note = idsOf(Array.isArray(data.notes) ? data.notes : [], 'notes', issues);
  sets.baseline = idsOf(Array.isArray(data.baselines) ? data.baselines : [], 'baselines', issues);
  return sets;
}

function idsOf(
  list: JsonValue[],
  key: string,
  issues: Issues,
  check?: (v: unknown, p: string, i: Issues) => void,
): Map<string, JsonValue> {
  const seen = new Map<string, JsonValue>();
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as JsonValue;
    check?.(item, `${key}[${i}]`, issues);
    const id = item !== null && typeof item === 'object' && !Array.isArray(item) ? item.id : undefined;
    if (typeof id !== 'string' || id === '') continue;
    if (seen.has(id))
      report(issues, `${key}[${i}].id`, 'DUPLICATE_ID', `${key}[${i}] repeats the id "${id}"`);
    else seen.set(id, item);
  }
  return seen;
}

function referenceIndex(ids: IdSets, tasks: Map<string, number>, data: Rec): ReferenceIndex {
  const fields = new Map<string, FieldDef>();
  for (const f of (data.fields ?? []) as unknown as FieldDef[]) {
    if (f !== null && typeof f === 'object' && typeof f.id === 'string' && !fields.has(f.id))
      fields.set(f.id, f);
  }
  return {
    hasTask: (id) => tasks.has(id),
    hasStatus: (id) => ids.statuses.has(id),
    hasPriority: (id) => ids.priorities.has(id),
    hasPerson: (id) => ids.people.has(id),
    hasGroup: (id) => ids.groups.has(id),
    hasRelease: (id) => ids.releases.has(id),
    hasCalendar: (id) => ids.calendars.has(id),
    field: (id) => fields.get(id),
  };
}

/** Tasks as integers: the first task with each id, its parent's index (-1: none) and its input index. */
interface TaskGraph {
  ids: string[];
  index: Map<string, number>;
  parent: Int32Array;
  position: Int32Array;
}

/** Also reports tasks that repeat an id (the first one counts). */
function taskGraph(tasks: JsonValue[], issues: Issues): TaskGraph {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const positions: number[] = [];
  const parentIds: (string | undefined)[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    if (t === null || typeof t !== 'object' || Array.isArray(t)) continue;
    const task = t as unknown as Task;
    if (typeof task.id !== 'string' || task.id === '') continue;
    if (index.has(task.id)) {
      report(issues, `tasks[${i}].id`, 'DUPLICATE_ID', `tasks[${i}] repeats the id "${task.id}"`);
      continue;
    }
    index.set(task.id, ids.length);
    ids.push(task.id);
    positions.push(i);
    parentIds.push(typeof task.parentId === 'string' ? task.parentId : undefined);
  }
  const parent = new Int32Array(ids.length);
  for (let n = 0; n < ids.length; n++) {
    const p = parentIds[n];
    parent[n] = p === undefined ? -1 : (index.get(p) ?? -1);
  }
  return { ids, index, parent, position: Int32Array.from(positions) };
}

/** Reports each loop of parents once; iterative, so a million-deep chain is fine. */
function checkHierarchy(graph: TaskGraph, issues: Issues): boolean {
  const { ids, parent, position } = graph;
  const state = new Uint8Array(ids.length); // 0 unseen, 1 on the walk being made, 2 known to reach a root
  const walk = new Int32Array(ids.length);
  let ok = true;
  for (let n = 0; n < ids.length; n++) {
    let length = 0;
    let at = n;
    while (at >= 0 && state[at] === 0) {
      state[at] = 1;
      walk[length++] = at;
      at = parent[at] as number;
    }
    if (at >= 0 && state[at] === 1) {
      ok = false;
      const from = walk.subarray(0, length).indexOf(at);
      const loop = Array.from(walk.subarray(from, length), (t) => ids[t] as string);
      if (loop.length > 1) {
        issues.push({
          path: `tasks[${position[at]}].parentId`,
          code: 'HIERARCHY_CYCLE',
          message: `tasks ${loop.map((t) => `"${t}"`).join(' → ')} are their own ancestors`,
          tasks: loop,
        });
      }
    }
    for (let i = 0; i < length; i++) state[walk[i] as number] = 2;
  }
  return ok;
}

function isAncestor(ancestor: number, of: number, parent: Int32Array): boolean {
  let at = parent[of] as number;
  while (at >= 0) {
    if (at === ancestor) return true;
    at = parent[at] as number;
  }
  return false;
}

/**
 * Duplicate links, links between a summary and its own subtask, and (with `cycles`) dependency
 * cycles. Returns each link's end tasks as numbers (`from` −1: a link the entity checks reported).
 */
function checkLinks(
  deps: JsonValue[],
  graph: TaskGraph,
  hierarchyOk: boolean,
  cycles: boolean,
  issues: Issues,
): { from: Int32Array; to: Int32Array } {
  const { index, parent, ids } = graph;
  const count = deps.length;
  // Each link's end tasks as integers; -1 for a link the entity checks already reported.
  const from = new Int32Array(count).fill(-1);
  const to = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const d = deps[k];
    if (d === null || typeof d !== 'object' || Array.isArray(d)) continue;
    const f = index.get(d.from as string);
    const t = index.get(d.to as string);
    if (f === undefined || t === undefined || f === t) continue;
    from[k] = f;
    to[k] = t;
  }
  const repeats = repeatedLinks(from, to, ids.length);
  const keptFrom = new Int32Array(count);
  const keptTo = new Int32Array(count);
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const f = from[k] as number;
    if (f < 0) continue;
    const t = to[k] as number;
    if (repeats[k] === 1 || (hierarchyOk && (isAncestor(f, t, parent) || isAncestor(t, f, parent)))) {
      reportLink(deps[k] as { [key: string]: JsonValue }, k, repeats[k] === 1, issues);
      continue;
    }
    keptFrom[kept] = f;
    keptTo[kept] = t;
    kept += 1;
  }
  if (!cycles) return { from, to };
  const graphOfLinks = buildAdjacency(ids.length, keptFrom.subarray(0, kept), keptTo.subarray(0, kept));
  for (const cycle of findCycles(ids.length, graphOfLinks)) {
    const tasks = cycle.map((n) => ids[n] as string);
    issues.push({
      path: 'dependencies',
      code: 'CYCLE',
      message: `dependencies loop: ${[...tasks, tasks[0]].map((t) => `"${t}"`).join(' → ')}`,
      tasks,
    });
  }
  return { from, to };
}

/**
 * Flags each link that repeats an earlier link's pair of tasks (links with `from` -1 take no
 * part). Links are grouped by their start task in input order and each group marks the targets
 * it has seen, so no key is made per pair.
 */
function repeatedLinks(from: Int32Array, to: Int32Array, taskCount: number): Uint8Array {
  const count = from.length;
  const offsets = new Int32Array(taskCount + 1);
  for (let k = 0; k < count; k++) {
    const f = from[k] as number;
    if (f >= 0) offsets[f + 1] = (offsets[f + 1] as number) + 1;
  }
  for (let n = 0; n < taskCount; n++) offsets[n + 1] = (offsets[n + 1] as number) + (offsets[n] as number);
  const fill = offsets.slice(0, taskCount);
  const byStart = new Int32Array(offsets[taskCount] as number);
  for (let k = 0; k < count; k++) {
    const f = from[k] as number;
    if (f < 0) continue;
    byStart[fill[f] as number] = k;
    fill[f] = (fill[f] as number) + 1;
  }
  const repeats = new Uint8Array(count);
  const seenBy = new Int32Array(taskCount); // target → 1 + the start task that last linked to it
  for (let f = 0; f < taskCount; f++) {
    const end = offsets[f + 1] as number;
    for (let e = offsets[f] as number; e < end; e++) {
      const k = byStart[e] as number;
      const t = to[k] as number;
      if (seenBy[t] === f + 1) repeats[k] = 1;
      else seenBy[t] = f + 1;
    }
  }
  return repeats;
}

function reportLink(d: { [key: string]: JsonValue }, k: number, repeat: boolean, issues: Issues): void {
  const path = `dependencies[${k}]`;
  if (repeat) {
    report(
      issues,
      path,
      'DUPLICATE_LINK',
      `${path} repeats a link from "${String(d.from)}" to "${String(d.to)}"`,
    );
  } else {
    report(
      issues,
      path,
      'CYCLE',
      `${path} links a summary task and its own subtask ("${String(d.from)}", "${String(d.to)}")`,
    );
  }
}
