import type { ProjectSettings } from '../model/operations.js';
import type {
  Assignment,
  Baseline,
  CalendarData,
  Dependency,
  FieldDef,
  Group,
  Note,
  Person,
  PriorityDef,
  ProjectData,
  Release,
  ScheduledTask,
  ScheduleResult,
  StatusDef,
  Task,
} from '../model/types.js';
import type { EntityTypes, TableKind } from './entities.js';
import { stateToJSON } from './load.js';
import type { SchedulerPort } from '../schedule/port.js';
import type { ScheduledTimes } from '../schedule/times.js';
import type { ProgressRollup } from './progress-rollup.js';
import { ROOT, type ProjectState } from './state.js';
import type { ProgressLog } from './progress-log.js';
import type { TaskIndex, TaskIndexKey } from './task-index.js';
import type { Transactions } from './transactions.js';

/** What a store is made of, shared by its reads and its mutations. */
export interface ProjectParts {
  readonly state: ProjectState;
  readonly scheduler: SchedulerPort | undefined;
  readonly index: TaskIndex;
  readonly changes: Transactions;
  readonly progress: ProgressLog;
  readonly rollup: ProgressRollup;
}

/**
 * The reads of a live project (`Project` adds its mutations, transactions and history): frozen
 * entity snapshots, the WBS order and depths, the schedule, roll-ups and JSON. Split out only to
 * keep each file readable; a host only ever sees `Project`.
 */
export abstract class ProjectReads {
  protected readonly state: ProjectState;
  protected readonly scheduler: SchedulerPort | undefined;
  protected readonly index: TaskIndex;
  protected readonly changes: Transactions;
  protected readonly progress: ProgressLog;
  protected readonly rollup: ProgressRollup;

  protected constructor(parts: ProjectParts) {
    this.state = parts.state;
    this.scheduler = parts.scheduler;
    this.index = parts.index;
    this.changes = parts.changes;
    this.progress = parts.progress;
    this.rollup = parts.rollup;
  }

  // ── reads ──────────────────────────────────────────────────────────────

  /** Increases by one with every committed batch. */
  get version(): number {
    return this.changes.version;
  }

  /** The project's own members: id, name, start, calendar. */
  get settings(): Readonly<ProjectSettings> {
    return this.state.settings;
  }

  task(id: string): Readonly<Task> | undefined {
    return this.state.tasks.get(id);
  }

  /** Every task in WBS order: depth-first, parents before children, siblings in order. */
  tasks(): Readonly<Task>[] {
    return this.byIds('task', this.state.wbsOrder());
  }

  /** Task ids in WBS order (cached; cheap to call). */
  wbsOrder(): readonly string[] {
    return this.state.wbsOrder();
  }

  /** Where a task is in {@link wbsOrder} (−1: no such task); one index shared by every view. */
  wbsIndex(id: string): number {
    return this.state.wbsPosition(id);
  }

  /**
   * The nesting level of each task of {@link wbsOrder}, by position (0: top level), made with the
   * order and cached like it (read-only: every view shares it).
   */
  wbsDepths(): ArrayLike<number> {
    return this.state.wbsDepths();
  }

  /** The children of a task in order; without an id, the top-level tasks. */
  children(parentId?: string): Readonly<Task>[] {
    return this.byIds('task', this.state.childIds(parentId ?? ROOT));
  }

  parent(id: string): Readonly<Task> | undefined {
    const parentId = this.state.tasks.get(id)?.parentId;
    return parentId === undefined ? undefined : this.state.tasks.get(parentId);
  }

  /** Whether a task has children (its dates then roll up from them). */
  isSummary(id: string): boolean {
    return this.state.childIds(id).length > 0;
  }

  /**
   * The progress views show, 0–100: a leaf's own `progress`; a summary's the duration-weighted
   * progress of the leaves below it (its own stored `progress` is ignored). See
   * docs/scheduling.md#summaries for the weights. Kept between changes; `undefined` for an
   * unknown task.
   */
  rolledUpProgress(id: string): number | undefined {
    if (!this.changes.inTransaction) return this.rollup.progress(id);
    this.rollup.clear();
    return this.rollup.progress(id, false);
  }

  /** Nesting level: 0 for a top-level task. */
  depth(id: string): number {
    let depth = 0;
    let at = this.state.tasks.get(id)?.parentId;
    while (at !== undefined) {
      depth += 1;
      at = this.state.tasks.get(at)?.parentId;
    }
    return depth;
  }

  /** Tasks whose status, priority, group, release or assignee is `value` (`undefined`: none), in WBS order. */
  tasksBy(key: TaskIndexKey, value: string | undefined): Readonly<Task>[] {
    return this.byIds('task', this.index.ids(key, value));
  }

  /** All assignments, or one task's (its `assignees` shorthand not included: see `taskAssignments`). */
  assignments(taskId?: string): Readonly<Assignment & { id: string }>[] {
    return taskId === undefined ? this.list('assignment') : this.state.assignmentsOf(taskId);
  }

  dependency(id: string): Readonly<Dependency> | undefined {
    return this.state.dependencies.get(id);
  }
  dependencies(): Readonly<Dependency>[] {
    return this.list('dependency');
  }
  /** Links into a task (from its predecessors). */
  predecessors(taskId: string): Readonly<Dependency>[] {
    return this.byIds('dependency', this.state.incoming.get(taskId) ?? []);
  }
  /** Links out of a task (to its successors). */
  successors(taskId: string): Readonly<Dependency>[] {
    return this.byIds('dependency', this.state.outgoing.get(taskId) ?? []);
  }

  status(id: string): Readonly<StatusDef> | undefined {
    return this.state.tables.status.get(id);
  }
  statuses(): Readonly<StatusDef>[] {
    return this.list('status');
  }
  priority(id: string): Readonly<PriorityDef> | undefined {
    return this.state.tables.priority.get(id);
  }
  priorities(): Readonly<PriorityDef>[] {
    return this.list('priority');
  }
  person(id: string): Readonly<Person> | undefined {
    return this.state.tables.person.get(id);
  }
  people(): Readonly<Person>[] {
    return this.list('person');
  }
  group(id: string): Readonly<Group> | undefined {
    return this.state.tables.group.get(id);
  }
  groups(): Readonly<Group>[] {
    return this.list('group');
  }
  release(id: string): Readonly<Release> | undefined {
    return this.state.tables.release.get(id);
  }
  releases(): Readonly<Release>[] {
    return this.list('release');
  }
  field(id: string): Readonly<FieldDef> | undefined {
    return this.state.tables.field.get(id);
  }
  fields(): Readonly<FieldDef>[] {
    return this.list('field');
  }
  calendar(id: string): Readonly<CalendarData> | undefined {
    return this.state.tables.calendar.get(id);
  }
  calendars(): Readonly<CalendarData>[] {
    return this.list('calendar');
  }
  note(id: string): Readonly<Note> | undefined {
    return this.state.tables.note.get(id);
  }
  /** All notes, or those about one task. */
  notes(taskId?: string): Readonly<Note>[] {
    const all = this.list('note');
    return taskId === undefined ? all : all.filter((n) => n.taskId === taskId);
  }
  baseline(id: string): Readonly<Baseline> | undefined {
    return this.state.tables.baseline.get(id);
  }
  baselines(): Readonly<Baseline>[] {
    return this.list('baseline');
  }

  /** The scheduled values of a task, or `undefined` without a scheduler. */
  scheduled(taskId: string): ScheduledTask | undefined {
    return this.scheduler?.get(taskId);
  }

  /**
   * The current scheduled dates as numbers (wall minutes) for reading many tasks at once, or
   * `undefined` without a scheduler (or with a custom one that has no numeric view). Live: read it
   * right away, the next change may rewrite or replace it.
   */
  scheduledTimes(): ScheduledTimes | undefined {
    return this.scheduler?.times?.();
  }

  /** The whole current schedule, or `undefined` without a scheduler. */
  schedule(): ScheduleResult | undefined {
    return this.scheduler?.result();
  }

  /** A fresh `ProjectData` copy the host owns; loading it gives an equal store. */
  toJSON(): ProjectData {
    return stateToJSON(this.state);
  }

  // ── internals ──────────────────────────────────────────────────────────

  protected list<K extends TableKind>(kind: K): Readonly<EntityTypes[K]>[] {
    return this.byIds(kind, this.state.ids(kind));
  }

  protected byIds<K extends TableKind>(kind: K, ids: readonly string[]): Readonly<EntityTypes[K]>[] {
    const table = this.state.tables[kind] as Map<string, Readonly<EntityTypes[K]>>;
    const out: Readonly<EntityTypes[K]>[] = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = table.get(ids[i] as string) as Readonly<EntityTypes[K]>;
    return out;
  }
}
