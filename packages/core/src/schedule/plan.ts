/**
 * Compiles `ProjectData` into the scheduling graph: typed arrays indexed by node number, links and
 * hierarchy as edges, and a topological order. Everything the passes read is here; nothing in it
 * depends on the results of a pass.
 *
 * Nodes `0 … taskCount-1` are the tasks in data order; a summary's node is its span (the "out"
 * side, what links from the summary read). A summary that receives links, itself or through an
 * ancestor, gets one more node after the tasks, its "in" side: the bounds that links to the summary
 * put on every leaf below it.
 */
import { buildAdjacency, findCycles, type ResolvedGraph } from '../model/graph.js';
import { RoadlineError } from '../model/errors.js';
import type { CalendarData, Dependency, DependencyType, ProjectData, Task } from '../model/types.js';
import { WorkCalendar, defaultCalendar } from '../time/calendar.js';
import { type AssignmentSpan, type ResourceDriven, resourceDrivenTasks } from './resource-driven.js';
import { WallTimeCache } from '../time/wall-cache.js';
import { IdLookup } from './id-lookup.js';

/** Edge kinds: the four link types, then hierarchy (summary-in → child, child → summary span). */
export const FS = 0;
export const SS = 1;
export const FF = 2;
export const SF = 3;
export const DOWN = 4;
export const UP = 5;
const LINK_KIND: Record<DependencyType, number> = { FS, SS, FF, SF };

/** Node flags. */
export const SUMMARY = 1;
export const IN_NODE = 2;
export const MANUAL = 4;
export const MILESTONE = 8;

/** Constraint codes. */
export const ASAP = 0;
export const ALAP = 1;
export const SNET = 2;
export const SNLT = 3;
export const FNET = 4;
export const FNLT = 5;
export const MSO = 6;
export const MFO = 7;
const CONSTRAINT_CODE: Record<string, number> = { ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO };
const LAG_UNITS = new Set(['minute', 'hour', 'day', 'week']);

/** Options of `schedule()` and of the scheduler port. */
export interface ScheduleOptions {
  /** Project start when neither the data nor any task gives one. Default `'1970-01-01'`. */
  start?: string;
}

/** The compiled graph. Arrays of per-task inputs may be rewritten in place by the incremental engine. */
export interface Plan {
  ids: string[];
  index: Map<string, number>;
  taskCount: number;
  nodeCount: number;
  /** Per task: its "in" node, or -1. Per in-node: the summary it belongs to. */
  inNode: Int32Array;
  owner: Int32Array;
  parent: Int32Array;
  flags: Uint8Array;
  cal: Uint16Array;
  calendars: WorkCalendar[];
  calendarIndex: Map<string, number>;
  /** Task id → how its people drive it, for tasks without a calendar of their own (`resources/task-calendar.ts`). */
  resourceDriven: Map<string, ResourceDriven>;
  /**
   * Task index → its assignments' calendars and lengths, for a task whose people follow different
   * calendars: it finishes when the last of them does (see `forward-pass.ts`).
   */
  spans: Map<number, { calendars: WorkCalendar[]; minutes: Float64Array }>;
  dur: Float64Array;
  /** Leveling delay per task, in working minutes of its calendar (added to its early start). */
  delay: Float64Array;
  cType: Uint8Array;
  cDate: Float64Array;
  givenStart: Float64Array;
  givenEnd: Float64Array;
  edgeSrc: Int32Array;
  edgeDst: Int32Array;
  edgeKind: Uint8Array;
  /** Per link edge; hierarchy edges have no lag. */
  edgeLag: Float64Array;
  /** Edges `0 … linkCount-1` are the links, in data order (edge `k` is `depIds[k]`); hierarchy edges follow. */
  linkCount: number;
  depIds: string[];
  inOff: Int32Array;
  inEdges: Int32Array;
  outOff: Int32Array;
  outEdges: Int32Array;
  order: Int32Array;
  rank: Int32Array;
  projectStart: number;
  /** Whether the project start came from `data.start` (else it follows the earliest task). */
  fixedStart: boolean;
  alapCount: number;
  cache: WallTimeCache;
}

function invalid(path: string, message: string): RoadlineError {
  return new RoadlineError('INVALID_DATA', message, [{ path, code: 'INVALID_SCHEDULE_INPUT', message }]);
}

const builtCalendars = new WeakMap<CalendarData, WorkCalendar>();

/** Builds a calendar once per data object, so that rescheduling the same data reuses its index. */
export function calendarFor(data: CalendarData | undefined, path: string): WorkCalendar {
  if (data === undefined) return defaultCalendar();
  let cal = builtCalendars.get(data);
  if (cal === undefined) {
    cal = WorkCalendar.from(data, path);
    builtCalendars.set(data, cal);
  }
  return cal;
}

/** The calendars and lengths of a task's assignments that follow different calendars. */
function readSpans(plan: Plan, i: number, spans: readonly AssignmentSpan[], dur: number): void {
  const calendars: WorkCalendar[] = [];
  const minutes = new Float64Array(spans.length);
  spans.forEach((span, k) => {
    const c = span.calendarId === '' ? 0 : plan.calendarIndex.get(span.calendarId);
    if (c === undefined)
      throw invalid(`tasks[${i}]`, `Unknown resource calendar ${JSON.stringify(span.calendarId)}`);
    calendars.push(plan.calendars[c] as WorkCalendar);
    minutes[k] = span.minutes ?? dur;
  });
  plan.spans.set(i, { calendars, minutes });
}

/** Where task `i`'s `field` is, for an error (built only when one is thrown). */
function fieldPath(i: number, path: string | undefined, field: string): string {
  return `${path ?? `tasks[${i}]`}.${field}`;
}

/**
 * Reads one task's scheduling inputs into the plan's arrays; throws `INVALID_DATA` naming the field
 * (under `path`, default `tasks[i]`).
 */
export function readTask(plan: Plan, i: number, task: Task, path?: string): void {
  let c = 0;
  const driven = plan.resourceDriven.get(task.id);
  const calendarId = task.calendarId ?? (driven?.calendarId || undefined);
  if (calendarId !== undefined) {
    const found = plan.calendarIndex.get(calendarId);
    if (found === undefined)
      throw invalid(fieldPath(i, path, 'calendarId'), `Unknown calendar ${JSON.stringify(task.calendarId)}`);
    c = found;
  }
  const cal = plan.calendars[c] as WorkCalendar;
  const start = readTaskDate(plan, task.start, i, path, 'start');
  const end = readTaskDate(plan, task.end, i, path, 'end');
  const milestone = task.type === 'milestone';
  let dur: number;
  if (milestone) dur = 0;
  else if (task.duration !== undefined) {
    if (typeof task.duration !== 'number' || !Number.isFinite(task.duration) || task.duration < 0) {
      throw invalid(
        fieldPath(i, path, 'duration'),
        `Duration must be a number ≥ 0, got ${JSON.stringify(task.duration)}`,
      );
    }
    const unit = task.durationUnit ?? 'day';
    if (!LAG_UNITS.has(unit))
      throw invalid(fieldPath(i, path, 'durationUnit'), `Unknown unit ${JSON.stringify(unit)}`);
    dur = cal.toMinutes(task.duration, unit);
  } else if (!Number.isNaN(start) && !Number.isNaN(end) && end >= start) dur = cal.between(start, end);
  else dur = cal.minutesPer('day');
  plan.spans.delete(i);
  if (driven !== undefined && task.calendarId === undefined) {
    if (driven.minutes !== undefined && !milestone) dur = driven.minutes;
    if (driven.spans !== undefined) readSpans(plan, i, driven.spans, dur);
  }
  const delay = task.levelingDelay ?? 0;
  if (typeof delay !== 'number' || !Number.isFinite(delay) || delay < 0)
    throw invalid(
      fieldPath(i, path, 'levelingDelay'),
      `A leveling delay must be a number ≥ 0, got ${JSON.stringify(task.levelingDelay)}`,
    );
  let type = ASAP;
  let date = Number.NaN;
  if (task.constraint !== undefined) {
    const code =
      typeof task.constraint?.type === 'string' ? CONSTRAINT_CODE[task.constraint.type] : undefined;
    if (code === undefined || !Object.hasOwn(CONSTRAINT_CODE, task.constraint.type)) {
      throw invalid(
        fieldPath(i, path, 'constraint.type'),
        `Unknown constraint ${JSON.stringify(task.constraint?.type)}`,
      );
    }
    type = code;
    if (code > ALAP) {
      date = readTaskDate(plan, task.constraint.date, i, path, 'constraint.date');
      if (Number.isNaN(date))
        throw invalid(
          fieldPath(i, path, 'constraint.date'),
          `A ${task.constraint.type} constraint needs a date`,
        );
    }
  }
  plan.cal[i] = c;
  plan.dur[i] = dur;
  plan.delay[i] = Math.round(delay);
  plan.givenStart[i] = start;
  plan.givenEnd[i] = end;
  if (plan.cType[i] === ALAP) plan.alapCount--;
  if (type === ALAP) plan.alapCount++;
  plan.cType[i] = type;
  plan.cDate[i] = date;
  let flags = (plan.flags[i] as number) & SUMMARY;
  if (task.manual === true) flags |= MANUAL;
  if (milestone) flags |= MILESTONE;
  plan.flags[i] = flags;
}

function readTaskDate(
  plan: Plan,
  value: unknown,
  i: number,
  path: string | undefined,
  field: string,
): number {
  if (value === undefined) return Number.NaN;
  const t = typeof value === 'string' ? plan.cache.parse(value) : undefined;
  if (t === undefined)
    throw invalid(fieldPath(i, path, field), `Not a wall-clock date: ${JSON.stringify(value)}`);
  return t;
}

function readDate(plan: Plan, value: unknown, path: string): number {
  if (value === undefined) return Number.NaN;
  const t = typeof value === 'string' ? plan.cache.parse(value) : undefined;
  if (t === undefined) throw invalid(path, `Not a wall-clock date: ${JSON.stringify(value)}`);
  return t;
}

/**
 * Compiles the data. Throws `INVALID_DATA` for unknown references, duplicate ids or bad values and
 * `CYCLE` (with `details.tasks`) when links and the hierarchy close a loop. `resolved`, validation's
 * numbering of this very data, spares looking the ids up again; the plan takes it over.
 */
export function compilePlan(
  data: ProjectData,
  options: ScheduleOptions = {},
  resolved?: ResolvedGraph,
): Plan {
  const tasks = Array.isArray(data?.tasks) ? data.tasks : [];
  const deps = Array.isArray(data.dependencies) ? data.dependencies : [];
  const n = tasks.length;
  const known =
    resolved !== undefined && resolved.ids.length === n && resolved.linkFrom.length === deps.length
      ? resolved
      : undefined;
  const cache = new WallTimeCache();
  const { ids, index } = known ?? indexTasks(tasks);
  const calendars = [calendarFor(data.calendar, 'calendar')];
  const calendarIndex = new Map<string, number>();
  if (data.calendar?.id !== undefined) calendarIndex.set(data.calendar.id, 0);
  (Array.isArray(data.calendars) ? data.calendars : []).forEach((c, k) => {
    if (typeof c?.id !== 'string') throw invalid(`calendars[${k}].id`, 'A named calendar needs an id');
    calendarIndex.set(c.id, calendars.length);
    calendars.push(calendarFor(c, `calendars[${k}]`));
  });

  const parent = known?.parent ?? resolveParents(tasks, ids, index);
  const flags0 = new Uint8Array(n);
  let children = 0;
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p < 0) continue;
    flags0[p] = SUMMARY;
    children++;
  }

  // Links, resolved; which summaries receive links (their in-side must exist).
  const linkCount = deps.length;
  // Links are edges 0 … linkCount-1; the hierarchy's follow. `edgeDst` holds the target task until
  // the in-nodes are known.
  let edgeSrc = new Int32Array(linkCount + children);
  let edgeDst = new Int32Array(linkCount + children);
  let edgeKind = new Uint8Array(linkCount + children);
  const depIds: string[] = new Array(linkCount);
  const receives = new Uint8Array(n);
  let anyReceives = false;
  const froms = new IdLookup(ids, index);
  const tos = new IdLookup(ids, index);
  for (let k = 0; k < linkCount; k++) {
    const d = deps[k] as Dependency;
    const from = known ? (known.linkFrom[k] as number) : froms.find(d?.from);
    const to = known ? (known.linkTo[k] as number) : tos.find(d?.to);
    if (from < 0 || to < 0) {
      throw invalid(`dependencies[${k}]`, `Link ${JSON.stringify(d?.id)} names an unknown task`);
    }
    if (from === to) {
      throw new RoadlineError(
        'CYCLE',
        `Link ${JSON.stringify(d.id)} makes task ${JSON.stringify(d.from)} its own predecessor`,
        { tasks: [d.from] },
      );
    }
    const type = d.type ?? 'FS';
    const kind = type === 'FS' ? FS : Object.hasOwn(LINK_KIND, type) ? LINK_KIND[type] : undefined;
    if (kind === undefined) {
      throw invalid(`dependencies[${k}].type`, `Unknown link type ${JSON.stringify(d.type)}`);
    }
    const lag = d.lag;
    if (lag !== undefined && (typeof lag !== 'number' || !Number.isFinite(lag))) {
      throw invalid(`dependencies[${k}].lag`, 'lag must be a finite number');
    }
    if (d.lagUnit !== undefined && !LAG_UNITS.has(d.lagUnit)) {
      throw invalid(`dependencies[${k}].lagUnit`, `Unknown unit ${JSON.stringify(d.lagUnit)}`);
    }
    edgeSrc[k] = from;
    edgeDst[k] = to;
    edgeKind[k] = kind;
    depIds[k] = typeof d.id === 'string' ? d.id : String(k);
    if (flags0[to] === SUMMARY) {
      receives[to] = 1;
      anyReceives = true;
    }
  }
  const inNode = new Int32Array(n).fill(-1);
  let nodeCount = n;
  if (anyReceives) {
    const active = activeSummaries(parent, flags0, receives);
    for (let i = 0; i < n; i++) if (active[i] === 1) inNode[i] = nodeCount++;
  }

  const flags = new Uint8Array(nodeCount);
  flags.set(flags0);
  const owner = new Int32Array(nodeCount).fill(-1);
  for (let i = 0; i < n; i++) {
    const k = inNode[i] as number;
    if (k >= 0) {
      owner[k] = i;
      flags[k] = IN_NODE;
    }
  }
  const plan: Plan = {
    ids,
    index,
    taskCount: n,
    nodeCount,
    inNode,
    owner,
    parent,
    flags,
    cal: new Uint16Array(nodeCount),
    calendars,
    calendarIndex,
    resourceDriven: resourceDrivenTasks(data),
    spans: new Map(),
    dur: new Float64Array(n),
    delay: new Float64Array(n),
    cType: new Uint8Array(n),
    cDate: new Float64Array(n),
    givenStart: new Float64Array(n),
    givenEnd: new Float64Array(n),
    edgeSrc: new Int32Array(0),
    edgeDst: new Int32Array(0),
    edgeKind: new Uint8Array(0),
    edgeLag: new Float64Array(0),
    linkCount,
    depIds,
    inOff: new Int32Array(0),
    inEdges: new Int32Array(0),
    outOff: new Int32Array(0),
    outEdges: new Int32Array(0),
    order: new Int32Array(0),
    rank: new Int32Array(0),
    projectStart: 0,
    fixedStart: false,
    alapCount: 0,
    cache,
  };
  for (let i = 0; i < n; i++) readTask(plan, i, tasks[i] as Task);
  for (let k = n; k < nodeCount; k++) plan.cal[k] = plan.cal[owner[k] as number] as number;

  // Edges: links, then hierarchy (one more edge per child of a summary with an in-node).
  let downs = 0;
  if (nodeCount > n)
    for (let i = 0; i < n; i++)
      if ((parent[i] as number) >= 0 && (inNode[parent[i] as number] as number) >= 0) downs++;
  if (downs > 0) {
    const m = linkCount + children + downs;
    const src = new Int32Array(m);
    const dst = new Int32Array(m);
    const kinds = new Uint8Array(m);
    src.set(edgeSrc);
    dst.set(edgeDst);
    kinds.set(edgeKind);
    edgeSrc = src;
    edgeDst = dst;
    edgeKind = kinds;
  }
  const edgeLag = new Float64Array(linkCount);
  for (let k = 0; k < linkCount; k++) {
    const to = edgeDst[k] as number;
    edgeDst[k] = (flags[to] as number) & SUMMARY ? (inNode[to] as number) : to;
    const d = deps[k] as Dependency;
    if (d.lag)
      edgeLag[k] = (calendars[plan.cal[to] as number] as WorkCalendar).toMinutes(d.lag, d.lagUnit ?? 'day');
  }
  let e = linkCount;
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p < 0) continue;
    edgeSrc[e] = i;
    edgeDst[e] = p;
    edgeKind[e] = UP;
    e++;
    const pin = inNode[p] as number;
    if (pin >= 0) {
      edgeSrc[e] = pin;
      edgeDst[e] = (inNode[i] as number) >= 0 ? (inNode[i] as number) : i;
      edgeKind[e] = DOWN;
      e++;
    }
  }
  plan.edgeSrc = edgeSrc;
  plan.edgeDst = edgeDst;
  plan.edgeKind = edgeKind;
  plan.edgeLag = edgeLag;
  const byDst = groupEdges(nodeCount, edgeDst);
  const bySrc = groupEdges(nodeCount, edgeSrc);
  plan.inOff = byDst.offsets;
  plan.inEdges = byDst.edges;
  plan.outOff = bySrc.offsets;
  plan.outEdges = bySrc.edges;
  topoSort(plan);
  setProjectStart(plan, data, options);
  return plan;
}

/** Task ids in data order and by id; throws on a missing or repeated id. */
function indexTasks(tasks: readonly Task[]): { ids: string[]; index: Map<string, number> } {
  const n = tasks.length;
  const ids: string[] = new Array(n);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = (tasks[i] as Task)?.id;
    if (typeof id !== 'string' || id === '')
      throw invalid(`tasks[${i}].id`, 'A task needs a non-empty string id');
    // One hash probe instead of two: setting a key already there leaves the size alone.
    index.set(id, i);
    if (index.size === i)
      throw new RoadlineError('DUPLICATE_ID', `Two tasks have the id ${JSON.stringify(id)}`);
    ids[i] = id;
  }
  return { ids, index };
}

/** Each task's parent as a task number (−1: top level); throws on an unknown parent or a loop. */
function resolveParents(tasks: readonly Task[], ids: string[], index: Map<string, number>): Int32Array {
  const parent = new Int32Array(tasks.length).fill(-1);
  const parents = new IdLookup(ids, index);
  for (let i = 0; i < tasks.length; i++) {
    const pid = (tasks[i] as Task).parentId;
    if (pid === undefined) continue;
    const p = parents.find(pid);
    if (p < 0) throw invalid(`tasks[${i}].parentId`, `Unknown parent ${JSON.stringify(pid)}`);
    parent[i] = p;
  }
  checkHierarchy(parent, ids);
  return parent;
}

/**
 * Edge ids grouped by a node key (CSR), in edge order within a group. Counts go two slots ahead
 * so that, after the prefix sum, `offsets[k + 1]` is group `k`'s insertion point; filling advances
 * it to the group's end, which is `offsets[k + 1]` of the finished layout (no second array).
 */
function groupEdges(nodeCount: number, key: Int32Array): { offsets: Int32Array; edges: Int32Array } {
  const offsets = new Int32Array(nodeCount + 2);
  for (let e = 0; e < key.length; e++) {
    const slot = (key[e] as number) + 2;
    offsets[slot] = (offsets[slot] as number) + 1;
  }
  for (let v = 2; v <= nodeCount; v++) offsets[v] = (offsets[v] as number) + (offsets[v - 1] as number);
  const edges = new Int32Array(key.length);
  for (let e = 0; e < key.length; e++) {
    const slot = (key[e] as number) + 1;
    const at = offsets[slot] as number;
    edges[at] = e;
    offsets[slot] = at + 1;
  }
  return { offsets: offsets.subarray(0, nodeCount + 1), edges };
}

/** Kahn's algorithm over the node graph; a leftover node means a cycle, reported by name. */
function topoSort(plan: Plan): void {
  const { nodeCount, inOff, outOff, outEdges, edgeDst } = plan;
  const indegree = new Int32Array(nodeCount);
  for (let v = 0; v < nodeCount; v++) indegree[v] = (inOff[v + 1] as number) - (inOff[v] as number);
  const order = new Int32Array(nodeCount);
  let tail = 0;
  for (let v = 0; v < nodeCount; v++) if (indegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head] as number;
    for (let k = outOff[v] as number, end = outOff[v + 1] as number; k < end; k++) {
      const w = edgeDst[outEdges[k] as number] as number;
      const left = (indegree[w] as number) - 1;
      indegree[w] = left;
      if (left === 0) order[tail++] = w;
    }
  }
  if (tail < nodeCount) throw cycleError(plan);
  const rank = new Int32Array(nodeCount);
  for (let r = 0; r < nodeCount; r++) rank[order[r] as number] = r;
  plan.order = order;
  plan.rank = rank;
}

function cycleError(plan: Plan): RoadlineError {
  const adjacency = buildAdjacency(plan.nodeCount, plan.edgeSrc, plan.edgeDst);
  const [cycle = []] = findCycles(plan.nodeCount, adjacency, 1);
  const names: string[] = [];
  for (const v of cycle) {
    const task = v < plan.taskCount ? v : (plan.owner[v] as number);
    const id = plan.ids[task] as string;
    if (names[names.length - 1] !== id) names.push(id);
  }
  if (names.length > 1 && names[0] === names[names.length - 1]) names.pop();
  const path = [...names, names[0]].map((id) => JSON.stringify(id)).join(' → ');
  return new RoadlineError('CYCLE', `Dependencies form a cycle: ${path}`, { tasks: names });
}

/**
 * Rejects a parent chain that loops back on itself. Each chain is walked twice (to find where it
 * stops, then to mark it checked), so no stack is needed.
 */
function checkHierarchy(parent: Int32Array, ids: string[]): void {
  const n = parent.length;
  const state = new Uint8Array(n); // 0 unknown, 1 on the current walk, 2 known good
  for (let i = 0; i < n; i++) {
    let v = i;
    while (v >= 0 && state[v] === 0) {
      state[v] = 1;
      v = parent[v] as number;
    }
    if (v >= 0 && state[v] === 1) {
      const loop = [ids[v] as string];
      for (let w = parent[v] as number; w !== v; w = parent[w] as number) loop.push(ids[w] as string);
      throw new RoadlineError('CYCLE', `Tasks are their own ancestors: ${loop.join(' → ')}`, { tasks: loop });
    }
    for (let w = i; w >= 0 && state[w] === 1; w = parent[w] as number) state[w] = 2;
  }
}

/** Summaries that receive links themselves or below a summary that does. */
function activeSummaries(parent: Int32Array, flags: Uint8Array, receives: Uint8Array): Uint8Array {
  const n = parent.length;
  const state = new Uint8Array(n); // 0 unknown, 1 inactive, 2 active
  const walk: number[] = [];
  for (let i = 0; i < n; i++) {
    if (flags[i] !== SUMMARY || state[i] !== 0) continue;
    walk.length = 0;
    let v = i;
    while (v >= 0 && state[v] === 0 && receives[v] === 0) {
      walk.push(v);
      v = parent[v] as number;
    }
    const value = v < 0 ? 1 : receives[v] === 1 ? 2 : (state[v] as number);
    if (v >= 0 && receives[v] === 1) state[v] = 2;
    for (const w of walk) state[w] = value;
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (state[i] === 2 && flags[i] === SUMMARY) out[i] = 1;
  return out;
}

/** `data.start`, else the earliest given start of a task, else the option. */
export function setProjectStart(plan: Plan, data: ProjectData, options: ScheduleOptions): void {
  const fixed = data.start === undefined ? Number.NaN : readDate(plan, data.start, 'start');
  plan.fixedStart = !Number.isNaN(fixed);
  if (plan.fixedStart) {
    plan.projectStart = fixed;
    return;
  }
  let earliest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < plan.taskCount; i++) {
    if ((plan.flags[i] as number) & SUMMARY) continue;
    const s = plan.givenStart[i] as number;
    if (s < earliest) earliest = s;
  }
  if (earliest === Number.POSITIVE_INFINITY)
    earliest = readDate(plan, options.start ?? '1970-01-01', 'options.start');
  plan.projectStart = earliest;
}
