/**
 * The incremental scheduler behind the store: it keeps the compiled graph and the pass results
 * between transactions and, after a change, reruns the passes only where the change reaches.
 *
 * - Edits of a task's dates, duration, constraint, mode or calendar, and of a link's type or lag,
 *   are applied in place. The forward pass reruns on the nodes downstream of the edited ones, in
 *   topological order, and stops where dates do not change.
 * - The backward pass reruns upstream of the edited nodes only, unless the project finish moved:
 *   then every late date moves with it and the backward pass runs in full.
 * - Slack and the reported values are refreshed for the nodes whose dates changed, their
 *   predecessors (free slack reads successors) and the summaries above them.
 * - Adding or removing tasks or links, re-parenting, and calendar or project-start changes rebuild
 *   the graph and run everything (the same work as `schedule()`).
 * - A preview batch (a drag's frame) runs the forward pass only: dates move and successors follow,
 *   while late dates stay those of the last committed batch, and slack is measured against them.
 *   The next committed batch runs the full backward pass once. So a frame costs what the moved
 *   tasks reach, even when the project finish moves and every late date would follow it.
 * Outside previews the result always equals `schedule()` of the same data; the property tests
 * check that, and that ending a preview gives back the committed schedule.
 */
import type { ResolvedGraph } from '../model/graph.js';
import type { Operation, ProjectSettings } from '../model/operations.js';
import type {
  Assignment,
  CalendarData,
  Dependency,
  Person,
  ProjectData,
  ScheduledTask,
  ScheduleResult,
  Task,
} from '../model/types.js';
import { backwardAt, placeAlapTasks } from './backward-pass.js';
import { Engine } from './engine.js';
import { forwardAt } from './forward-pass.js';
import { outputAt } from './output-pass.js';
import { compilePlan, readTask, type ScheduleOptions, setProjectStart, SUMMARY, UP } from './plan.js';
import { RankHeap } from './rank-heap.js';
import { buildResult, reportedValues } from './result.js';
import { slackAt } from './slack-pass.js';
import { ReportedTasks } from './task-map.js';
import { type ScheduledTimes, scheduledTimes } from './times.js';

const LINK_KINDS: Record<string, number> = { FS: 0, SS: 1, FF: 2, SF: 3 };

/** How a batch reaches the scheduler. */
export interface ApplyOptions {
  /** The batch is a preview (a drag's frame) that the store will revert or replace. */
  preview?: boolean;
}

/**
 * How the store drives a scheduling engine. The store calls `load` once with the normalized data,
 * then `apply` with every committed batch (including undo, redo and remote batches), inside the
 * transaction: if `apply` throws (say, a cycle through summary tasks), the batch is rolled back
 * and the error reaches the caller; a port that throws must keep its previous state (the store does
 * not tell it about the rollback). `get`, `times` and `result` read the current schedule; an engine
 * may compute lazily on the first read after `apply`.
 */
export interface SchedulerPort {
  /**
   * Replaces everything with `data`; throws (and keeps the previous state) when it cannot be
   * scheduled. `resolved` is the store's validation of this very data, as numbers: an engine may
   * use it rather than looking the ids up again.
   */
  load(data: ProjectData, resolved?: ResolvedGraph): void;
  /**
   * Applies committed operations and reschedules; throws (and keeps the previous state) on a cycle
   * or bad data. With `preview`, the batch is a preview the store will revert: an engine may keep
   * late dates (and the critical path) as they were until the next batch that is not a preview.
   */
  apply(ops: readonly Operation[], options?: ApplyOptions): void;
  get(taskId: string): ScheduledTask | undefined;
  /** The current dates as numbers, for bulk reads; optional for a custom engine. */
  times?(): ScheduledTimes;
  result(): ScheduleResult;
}

/** The inputs by id: what a batch that changes the graph is applied to before a recompile. */
interface Source {
  settings: ProjectSettings;
  tasks: Map<string, Task>;
  dependencies: Map<string, Dependency>;
  calendars: Map<string, CalendarData>;
  people: Map<string, Person>;
  assignments: Map<string, Assignment>;
}

/**
 * The inputs as compiled: task `i` of the plan is `tasks[i]`, link `k` is `dependencies[k]`. An
 * edit in place replaces a slot; a change to the graph goes through {@link Source} and a recompile,
 * whose data becomes the new inputs. No table by id is kept: the plan's index finds a task.
 */
interface Inputs {
  settings: ProjectSettings;
  tasks: Task[];
  dependencies: Dependency[];
  calendars: CalendarData[];
  /** People and assignments decide the calendar of a task with people on it. */
  people: Person[];
  assignments: Assignment[];
}

/** Creates an incremental scheduler (see the module comment for what it recomputes). */
export function createSchedulerPort(options?: ScheduleOptions): SchedulerPort {
  return new IncrementalScheduler(options ?? {});
}

class IncrementalScheduler implements SchedulerPort {
  readonly #options: ScheduleOptions;
  /** The inputs, aligned with the engine's plan. */
  #inputs: Inputs = inputsOf({ id: '', name: '', tasks: [] });
  #engine: Engine;
  /** Task objects over the live values, made on first read and forgotten when they change. */
  #live: ReportedTasks;
  /** Link id → edge, built on the first link edit after a compile. */
  #depEdge: Map<string, number> | undefined;
  #result: ScheduleResult | undefined;
  /** Previews have moved dates since the last full backward pass: late dates are held, not current. */
  #lateHeld = false;
  /**
   * The nodes the previews since the last committed batch have reached. Each preview refreshes the
   * slack of all of them, so a preview that moves dates back (ending a drag) also gives back the
   * slack an earlier frame changed, even where this frame's forward pass stops early.
   */
  readonly #previewed = new Set<number>();
  /** The numeric view of `#live`'s values, made on first read. */
  #times: ScheduledTimes | undefined;

  constructor(options: ScheduleOptions) {
    this.#options = options;
    this.#engine = this.#run(dataOf(this.#inputs));
    this.#live = new ReportedTasks(reportedValues(this.#engine, false));
  }

  load(data: ProjectData, resolved?: ResolvedGraph): void {
    const engine = this.#run(data, resolved);
    this.#inputs = inputsOf(data);
    this.#adopt(engine);
  }

  get(taskId: string): ScheduledTask | undefined {
    const i = this.#engine.plan.index.get(taskId);
    return i === undefined ? undefined : this.#live.at(i);
  }

  times(): ScheduledTimes {
    this.#times ??= scheduledTimes(this.#live.values);
    return this.#times;
  }

  /** A snapshot: later changes do not show in a result already returned. */
  result(): ScheduleResult {
    this.#result ??= buildResult(this.#engine, true);
    return this.#result;
  }

  apply(ops: readonly Operation[], options?: ApplyOptions): void {
    const preview = options?.preview === true;
    if (!ops.every((op) => this.#inPlace(op))) {
      // The graph changes: apply the batch to the inputs by id and recompile. Nothing is kept
      // until the compile succeeds, so a throw leaves the previous state.
      const source = tablesOf(this.#inputs);
      for (const op of ops) record(source, op);
      const data = sourceData(source);
      this.#adopt(this.#run(data));
      this.#inputs = inputsOf(data);
      return;
    }
    const { tasks, dependencies } = this.#inputs;
    const plan = this.#engine.plan;
    const undo: (() => void)[] = [];
    const edited: Task[] = [];
    const relinked: Dependency[] = [];
    try {
      for (const op of ops) {
        if (op.entity === 'task') {
          const i = plan.index.get(op.id) as number;
          const previous = tasks[i] as Task;
          undo.push(() => {
            tasks[i] = previous;
          });
          tasks[i] = op.after as Task;
          edited.push(op.after as Task);
        } else if (op.entity === 'dependency') {
          this.#depEdge ??= edgesById(plan.depIds);
          const k = this.#depEdge.get(op.id) as number;
          const previous = dependencies[k] as Dependency;
          undo.push(() => {
            dependencies[k] = previous;
          });
          dependencies[k] = op.after as Dependency;
          relinked.push(op.after as Dependency);
        }
      }
      if (edited.length > 0 || relinked.length > 0) this.#reschedule(edited, relinked, preview);
    } catch (error) {
      for (let k = undo.length - 1; k >= 0; k--) (undo[k] as () => void)();
      this.#adopt(this.#run(dataOf(this.#inputs)));
      throw error;
    }
  }

  /**
   * Whether an operation can be rescheduled in place: an update of a task the plan holds that
   * keeps its parent, or of a link it holds that keeps its ends; other entities do not schedule.
   * Anything else (adding, removing, re-parenting, calendars, project settings) recompiles.
   */
  #inPlace(op: Operation): boolean {
    switch (op.entity) {
      case 'task':
        return (
          op.kind === 'update' &&
          this.#engine.plan.index.has(op.id) &&
          (op.before as Task | undefined)?.parentId === (op.after as Task).parentId &&
          sameList((op.before as Task).assignees, (op.after as Task).assignees)
        );
      case 'dependency': {
        if (op.kind !== 'update') return false;
        const before = op.before as Dependency | undefined;
        const after = op.after as Dependency;
        this.#depEdge ??= edgesById(this.#engine.plan.depIds);
        return this.#depEdge.has(op.id) && before?.from === after.from && before.to === after.to;
      }
      case 'project':
      case 'calendar':
      case 'person':
      case 'assignment':
        return false;
      default:
        return true;
    }
  }

  #run(data: ProjectData, resolved?: ResolvedGraph): Engine {
    const engine = new Engine(compilePlan(data, this.#options, resolved));
    engine.runAll();
    return engine;
  }

  #adopt(engine: Engine): void {
    this.#engine = engine;
    this.#lateHeld = false;
    this.#previewed.clear();
    this.#live = new ReportedTasks(reportedValues(engine, false));
    this.#times = undefined;
    this.#depEdge = undefined;
    this.#result = undefined;
  }

  /** In-place edits: reread the inputs, then rerun the passes where they reach. */
  #reschedule(edited: Task[], relinked: Dependency[], preview: boolean): void {
    const engine = this.#engine;
    const plan = engine.plan;
    const seeds: number[] = [];
    for (const task of edited) {
      const i = plan.index.get(task.id) as number;
      readTask(plan, i, task, `tasks[${JSON.stringify(task.id)}]`);
      seeds.push(i);
    }
    for (const dep of relinked) {
      this.#depEdge ??= edgesById(plan.depIds);
      const e = this.#depEdge.get(dep.id) as number;
      const to = plan.index.get(dep.to) as number;
      const kind = LINK_KINDS[dep.type ?? 'FS'];
      if (kind === undefined) throw new TypeError(`Unknown link type ${JSON.stringify(dep.type)}`);
      const cal = plan.calendars[plan.cal[to] as number];
      plan.edgeKind[e] = kind;
      plan.edgeLag[e] = dep.lag && cal ? cal.toMinutes(dep.lag, dep.lagUnit ?? 'day') : 0;
      seeds.push(plan.edgeDst[e] as number, plan.edgeSrc[e] as number);
    }
    const before = plan.projectStart;
    if (!plan.fixedStart) setProjectStart(plan, this.#toStartOnly(), this.#options);
    if (plan.projectStart !== before) {
      engine.setProjectStart();
      engine.runAll();
      this.#lateHeld = false;
      this.#previewed.clear();
      this.#refreshAll();
      return;
    }
    const forwardChanged = this.#forward(engine, seeds);
    const finishMoved = engine.updateFinish(true);
    if (preview) {
      // Late dates held: slack of what moved is measured against them (see the module comment).
      this.#lateHeld = true;
      placeAlapTasks(engine);
      for (const v of seeds) this.#previewed.add(v);
      for (const v of forwardChanged) this.#previewed.add(v);
      this.#refresh(this.#slackAndOutput(engine, [...this.#previewed]));
      return;
    }
    if (finishMoved || this.#lateHeld) {
      this.#lateHeld = false;
      this.#previewed.clear();
      const { order, nodeCount } = plan;
      for (let r = nodeCount - 1; r >= 0; r--) backwardAt(engine, order[r] as number);
      placeAlapTasks(engine);
      for (let r = nodeCount - 1; r >= 0; r--) slackAt(engine, order[r] as number);
      for (let r = 0; r < nodeCount; r++) outputAt(engine, order[r] as number);
      this.#refreshAll();
      return;
    }
    const backwardChanged = this.#backward(engine, seeds);
    placeAlapTasks(engine);
    const touched = this.#slackAndOutput(engine, [...seeds, ...forwardChanged, ...backwardChanged]);
    this.#refresh(touched);
  }

  /** Project start only depends on `data.start` and task starts, which the plan already holds. */
  #toStartOnly(): ProjectData {
    const data: ProjectData = { id: '', name: '', tasks: [] };
    if (this.#inputs.settings.start !== undefined) data.start = this.#inputs.settings.start;
    return data;
  }

  #forward(engine: Engine, seeds: number[]): number[] {
    const plan = engine.plan;
    const heap = new RankHeap(plan.rank);
    const isSeed = new Set(seeds);
    for (const v of seeds) heap.push(v);
    const changed: number[] = [];
    const { outOff, outEdges, edgeDst } = plan;
    while (heap.size > 0) {
      const v = heap.pop();
      // A visited node may have new early dates (and slack) even when what successors read is unchanged.
      changed.push(v);
      if (!forwardAt(engine, v) && !isSeed.has(v)) continue;
      for (let k = outOff[v] as number, end = outOff[v + 1] as number; k < end; k++) {
        heap.push(edgeDst[outEdges[k] as number] as number);
      }
    }
    return changed;
  }

  #backward(engine: Engine, seeds: number[]): number[] {
    const plan = engine.plan;
    const heap = new RankHeap(plan.rank, true);
    const isSeed = new Set(seeds);
    for (const v of seeds) heap.push(v);
    const changed: number[] = [];
    const { inOff, inEdges, edgeSrc } = plan;
    while (heap.size > 0) {
      const v = heap.pop();
      if (!backwardAt(engine, v) && !isSeed.has(v)) continue;
      changed.push(v);
      for (let k = inOff[v] as number, end = inOff[v + 1] as number; k < end; k++) {
        heap.push(edgeSrc[inEdges[k] as number] as number);
      }
    }
    return changed;
  }

  /**
   * Slack for the changed nodes and their predecessors (free slack reads successors), then the
   * reported values for those and every summary above them. Returns the tasks to report again.
   */
  #slackAndOutput(engine: Engine, changed: number[]): number[] {
    const plan = engine.plan;
    const { inOff, inEdges, edgeSrc, edgeKind, parent, flags, inNode } = plan;
    const down = new RankHeap(plan.rank, true);
    const pushPredecessors = (v: number): void => {
      for (let k = inOff[v] as number, end = inOff[v + 1] as number; k < end; k++) {
        down.push(edgeSrc[inEdges[k] as number] as number);
      }
    };
    for (const v of changed) {
      down.push(v);
      pushPredecessors(v);
      // Links into a summary end at its in-node, but their free slack reads the summary's dates.
      const into = v < plan.taskCount ? (inNode[v] as number) : -1;
      if (into >= 0) pushPredecessors(into);
    }
    if (plan.alapCount > 0) for (let i = 0; i < plan.taskCount; i++) if (plan.cType[i] === 1) down.push(i);
    const up = new RankHeap(plan.rank);
    while (down.size > 0) {
      const v = down.pop();
      const free = engine.free[v];
      slackAt(engine, v);
      if (v < plan.taskCount) up.push(v);
      // A summary's free slack bounds its children's.
      if ((flags[v] as number) & SUMMARY && engine.free[v] !== free) {
        for (let k = inOff[v] as number, end = inOff[v + 1] as number; k < end; k++) {
          const e = inEdges[k] as number;
          if (edgeKind[e] === UP) down.push(edgeSrc[e] as number);
        }
      }
    }
    const touched: number[] = [];
    while (up.size > 0) {
      const v = up.pop();
      outputAt(engine, v);
      touched.push(v);
      const p = parent[v] as number;
      if (p >= 0) up.push(p);
    }
    return touched;
  }

  /** Every task may have changed: drop every made object. */
  #refreshAll(): void {
    this.#live = new ReportedTasks(reportedValues(this.#engine, false));
    this.#times = undefined;
    this.#result = undefined;
  }

  #refresh(tasks: Iterable<number>): void {
    for (const i of tasks) this.#live.forget(i);
    this.#result = undefined;
  }
}

/** The inputs of `data`, in lists of the port's own (it replaces their slots on edits). */
function inputsOf(data: ProjectData): Inputs {
  return {
    settings: { id: data.id, name: data.name, start: data.start, calendar: data.calendar },
    tasks: (data.tasks ?? []).slice(),
    dependencies: (data.dependencies ?? []).slice(),
    calendars: (data.calendars ?? []).slice(),
    people: (data.people ?? []).slice(),
    assignments: (data.assignments ?? []).slice(),
  };
}

/** The inputs as data to compile. */
function dataOf(inputs: Inputs): ProjectData {
  const data: ProjectData = {
    id: inputs.settings.id,
    name: inputs.settings.name,
    tasks: inputs.tasks,
    dependencies: inputs.dependencies,
    calendars: inputs.calendars,
    people: inputs.people,
    assignments: inputs.assignments,
  };
  if (inputs.settings.start !== undefined) data.start = inputs.settings.start;
  if (inputs.settings.calendar !== undefined) data.calendar = inputs.settings.calendar;
  return data;
}

/** The inputs by id (fresh tables: a batch that changes the graph is applied to these). */
function tablesOf(inputs: Inputs): Source {
  return {
    settings: inputs.settings,
    tasks: new Map(inputs.tasks.map((t) => [t.id, t])),
    dependencies: new Map(inputs.dependencies.map((d) => [d.id, d])),
    calendars: new Map(inputs.calendars.map((c) => [c.id ?? '', c])),
    people: new Map(inputs.people.map((p) => [p.id, p])),
    assignments: new Map(inputs.assignments.map((a) => [a.id ?? '', a])),
  };
}

/** Tables by id as data to compile, in their order (new entities last). */
function sourceData(source: Source): ProjectData {
  return dataOf({
    settings: source.settings,
    tasks: [...source.tasks.values()],
    dependencies: [...source.dependencies.values()],
    calendars: [...source.calendars.values()],
    people: [...source.people.values()],
    assignments: [...source.assignments.values()],
  });
}

/** Writes one operation into tables by id. */
function record(source: Source, op: Operation): void {
  if (op.entity === 'project') {
    source.settings = { ...source.settings, ...(op.after as ProjectSettings) };
    return;
  }
  const table =
    op.entity === 'task'
      ? source.tasks
      : op.entity === 'dependency'
        ? source.dependencies
        : op.entity === 'calendar'
          ? source.calendars
          : op.entity === 'person'
            ? source.people
            : op.entity === 'assignment'
              ? source.assignments
              : undefined;
  if (table === undefined) return;
  const map = table as Map<string, unknown>;
  if (op.kind === 'remove') map.delete(op.id);
  else map.set(op.id, op.after);
}

/** Whether two assignee lists name the same people in the same order (a change may move the task's calendar). */
function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Link edges by dependency id (edge `k` is link `k`). */
function edgesById(depIds: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let k = 0; k < depIds.length; k++) map.set(depIds[k] as string, k);
  return map;
}
