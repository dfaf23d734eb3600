import { RoadlineError, type ValidationIssue } from '../model/errors.js';
import type { ResolvedGraph } from '../model/graph.js';
import { copyJson, deepFreeze, isPlainObject } from '../model/json.js';
import { normalizeProjectData, type CalendarFactory } from '../validate/normalize.js';
import type { EntityKind, Operation, ProjectSettings } from '../model/operations.js';
import type {
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
import { checkForLoad, checkProjectData, invalidData } from '../validate/validate.js';
import type { WorkingTime } from '../model/working-time.js';
import { createSchedulerPort } from '../schedule/port.js';
import { WorkCalendar } from '../time/calendar.js';
import { formatWallTime } from '../time/wall-time.js';
import { applyOperation, invertOperation } from './apply.js';
import type { ChangeBatch, ChangeListener, ChangeOrigin } from './change-batch.js';
import { checkOperation } from './check-operation.js';
import { type EntityTypes, ENTITY_KINDS, type TableKind } from './entities.js';
import { History } from './history.js';
import { loadState, stateToJSON } from './load.js';
import { addCalendar, removeCalendar, updateCalendar } from './mutations/calendars.js';
import type { Input, Patch } from './mutations/catalog.js';
import type { MutationContext } from './mutations/context.js';
import {
  addDependency,
  type DependencyInput,
  type DependencyPatch,
  removeDependency,
  updateDependency,
} from './mutations/dependencies.js';
import { addField, removeField, setFieldValue, updateField } from './mutations/fields.js';
import { addGroup, removeGroup, updateGroup } from './mutations/groups.js';
import { indentTask, type MoveTarget, moveTask, outdentTask, reorderTask } from './mutations/hierarchy.js';
import { addNote, type NoteInput, removeNote, updateNote } from './mutations/notes.js';
import { addPerson, removePerson, updatePerson } from './mutations/people.js';
import { addPriority, removePriority, updatePriority } from './mutations/priorities.js';
import { addRelease, removeRelease, updateRelease } from './mutations/releases.js';
import { type BaselineOptions, removeBaseline, renameBaseline, takeBaseline } from './mutations/baselines.js';
import { updateSettings } from './mutations/settings.js';
import { addStatus, removeStatus, updateStatus } from './mutations/statuses.js';
import {
  addTask,
  removeTask,
  type TaskInput,
  type TaskPatch,
  type TaskUpdate,
  updateTask,
  updateTasks,
} from './mutations/tasks.js';
import type { SchedulerPort } from '../schedule/port.js';
import type { ScheduledTimes } from '../schedule/times.js';
import { ROOT, type ProjectState } from './state.js';
import { TaskIndex, type TaskIndexKey } from './task-index.js';

/** Options of {@link createProject}. */
export interface ProjectOptions {
  /**
   * The scheduling engine to keep in step with the store. Default: the incremental engine of
   * `schedule/` (`createSchedulerPort()`); `false` schedules nothing (`scheduled()` is undefined).
   */
  scheduler?: SchedulerPort | false;
  /** How many transactions undo remembers; unlimited by default, 0 turns undo off. */
  undoLimit?: number;
  /** Working-time arithmetic for a calendar, used to derive end from duration and back. Default: `WorkCalendar.from`. */
  calendars?: CalendarFactory;
  /** Makes ids for new entities; default: the kind, a random part and a counter. */
  idFactory?: (kind: EntityKind) => string;
  /** The current wall-clock time (`YYYY-MM-DDTHH:mm`) for `createdAt` and `takenAt`; default: now in UTC. */
  now?: () => string;
  /**
   * Receives what a subscriber throws. The change stands and the other subscribers still run.
   * Default: re-raised asynchronously (an unhandled rejection), so the bug is not silent.
   */
  onListenerError?: (error: unknown) => void;
}

/** How a preview batch reaches the scheduler: it may hold late dates until the next committed batch. */
const PREVIEW = Object.freeze({ preview: true });

let idCounter = 0;

function defaultId(kind: EntityKind): string {
  idCounter += 1;
  return `${kind}-${Math.random().toString(36).slice(2, 10)}${idCounter.toString(36)}`;
}

function defaultCalendars(data: CalendarData | undefined): WorkingTime {
  return WorkCalendar.from(data);
}

function utcNow(): string {
  return formatWallTime(Math.floor(Date.now() / 60000));
}

/**
 * Loads `data` into a live store. The input is validated as a whole (every problem is reported
 * in one `RoadlineError('INVALID_DATA')`), copied once and never touched again.
 */
export function createProject(data: ProjectData, options: ProjectOptions = {}): Project {
  return new Project(data, options);
}

/**
 * Loads the scheduler with the validated copy and its numbering. A cycle the compile finds is
 * reported the way validation reports one, with every loop (validation left the search to it).
 */
function loadSchedule(port: SchedulerPort, input: unknown, data: ProjectData, graph: ResolvedGraph): void {
  try {
    port.load(data, graph);
  } catch (error) {
    if (error instanceof RoadlineError && error.code === 'CYCLE') {
      const { issues } = checkProjectData(input);
      if (issues.length > 0) throw invalidData(issues);
    }
    throw error;
  }
}

/**
 * The live project every view shares: reads, typed mutations, transactions, undo/redo, change
 * events and JSON. A thin coordinator: each kind of change is a function in `mutations/`, and
 * every change goes through one checked path (`emit` → `checkOperation` → `applyOperation`).
 *
 * Entities returned by reads are frozen snapshots: a change replaces them, never edits them.
 */
export class Project {
  private readonly state: ProjectState;
  private readonly history: History;
  private readonly scheduler: SchedulerPort | undefined;
  private readonly listeners = new Set<ChangeListener>();
  private readonly index: TaskIndex;
  private readonly calendarFactory: CalendarFactory | undefined;
  private readonly calendarCache = new Map<
    string | undefined,
    { source: unknown; time: WorkingTime | undefined }
  >();
  private readonly ctx: MutationContext;
  private readonly onListenerError: (error: unknown) => void;
  private pending: Operation[] | undefined;
  /** The batches of the previews shown since the last `endPreview`, oldest first. */
  private previews: (readonly Operation[])[] = [];
  private currentVersion = 0;

  constructor(data: ProjectData, options: ProjectOptions) {
    this.calendarFactory = options.calendars ?? defaultCalendars;
    this.onListenerError = options.onListenerError ?? reraise;
    // The built-in scheduler's compile finds any cycle of links itself (see `loadSchedule`).
    const ownScheduler = options.scheduler === undefined;
    const checked = checkForLoad(data, { linkCycles: !ownScheduler });
    if (checked.issues.length > 0) throw invalidData(checked.issues);
    const normalized = normalizeProjectData(checked.data, this.calendarFactory);
    this.state = loadState(normalized, checked.dependencies);
    this.history = new History(options.undoLimit);
    this.index = new TaskIndex(this.state);
    const newId = options.idFactory ?? defaultId;
    const now = options.now ?? utcNow;
    this.ctx = {
      state: this.state,
      emit: (op) => this.emit(op),
      newId: (kind) => this.freshId(kind, newId),
      workingTime: (calendarId) => this.workingTime(calendarId),
      now,
    };
    this.scheduler = options.scheduler === false ? undefined : (options.scheduler ?? createSchedulerPort());
    if (this.scheduler !== undefined) loadSchedule(this.scheduler, data, normalized, checked.graph);
  }

  // ── reads ──────────────────────────────────────────────────────────────

  /** Increases by one with every committed batch. */
  get version(): number {
    return this.currentVersion;
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

  // ── mutations ──────────────────────────────────────────────────────────

  addTask(input: TaskInput): Readonly<Task> {
    return this.run(() => addTask(this.ctx, input));
  }
  updateTask(id: string, patch: TaskPatch): Readonly<Task> {
    return this.run(() => updateTask(this.ctx, id, patch));
  }
  /**
   * Applies several task patches, in order, as one transaction: one batch, one undo step (a board
   * card move that renumbers its cell, say). If one fails, none is applied; an empty list changes
   * nothing and makes no undo step.
   */
  updateTasks(updates: readonly TaskUpdate[]): Readonly<Task>[] {
    return this.run(() => updateTasks(this.ctx, updates));
  }
  /** Removes a task, its subtasks, their links and their notes. */
  removeTask(id: string): void {
    this.run(() => removeTask(this.ctx, id));
  }
  moveTask(id: string, target: MoveTarget): Readonly<Task> {
    return this.run(() => moveTask(this.ctx, id, target));
  }
  reorderTask(id: string, index: number): Readonly<Task> {
    return this.run(() => reorderTask(this.ctx, id, index));
  }
  indentTask(id: string): Readonly<Task> {
    return this.run(() => indentTask(this.ctx, id));
  }
  outdentTask(id: string): Readonly<Task> {
    return this.run(() => outdentTask(this.ctx, id));
  }
  setFieldValue(taskId: string, fieldId: string, value: unknown): Readonly<Task> {
    return this.run(() => setFieldValue(this.ctx, taskId, fieldId, value));
  }

  addDependency(input: DependencyInput): Readonly<Dependency> {
    return this.run(() => addDependency(this.ctx, input));
  }
  updateDependency(id: string, patch: DependencyPatch): Readonly<Dependency> {
    return this.run(() => updateDependency(this.ctx, id, patch));
  }
  removeDependency(id: string): void {
    this.run(() => removeDependency(this.ctx, id));
  }

  addPerson(input: Input<'person'>): Readonly<Person> {
    return this.run(() => addPerson(this.ctx, input));
  }
  updatePerson(id: string, patch: Patch<'person'>): Readonly<Person> {
    return this.run(() => updatePerson(this.ctx, id, patch));
  }
  /** Removes a person and unassigns them everywhere. */
  removePerson(id: string): void {
    this.run(() => removePerson(this.ctx, id));
  }

  addGroup(input: Input<'group'>): Readonly<Group> {
    return this.run(() => addGroup(this.ctx, input));
  }
  updateGroup(id: string, patch: Patch<'group'>): Readonly<Group> {
    return this.run(() => updateGroup(this.ctx, id, patch));
  }
  removeGroup(id: string, replacement?: string): void {
    this.run(() => removeGroup(this.ctx, id, replacement));
  }

  addStatus(input: Input<'status'>): Readonly<StatusDef> {
    return this.run(() => addStatus(this.ctx, input));
  }
  updateStatus(id: string, patch: Patch<'status'>): Readonly<StatusDef> {
    return this.run(() => updateStatus(this.ctx, id, patch));
  }
  removeStatus(id: string, replacement?: string): void {
    this.run(() => removeStatus(this.ctx, id, replacement));
  }

  addPriority(input: Input<'priority'>): Readonly<PriorityDef> {
    return this.run(() => addPriority(this.ctx, input));
  }
  updatePriority(id: string, patch: Patch<'priority'>): Readonly<PriorityDef> {
    return this.run(() => updatePriority(this.ctx, id, patch));
  }
  removePriority(id: string, replacement?: string): void {
    this.run(() => removePriority(this.ctx, id, replacement));
  }

  addRelease(input: Input<'release'>): Readonly<Release> {
    return this.run(() => addRelease(this.ctx, input));
  }
  updateRelease(id: string, patch: Patch<'release'>): Readonly<Release> {
    return this.run(() => updateRelease(this.ctx, id, patch));
  }
  removeRelease(id: string, replacement?: string): void {
    this.run(() => removeRelease(this.ctx, id, replacement));
  }

  addCalendar(input: Input<'calendar'>): Readonly<CalendarData> {
    return this.run(() => addCalendar(this.ctx, input));
  }
  updateCalendar(id: string, patch: Patch<'calendar'>): Readonly<CalendarData> {
    return this.run(() => updateCalendar(this.ctx, id, patch));
  }
  removeCalendar(id: string): void {
    this.run(() => removeCalendar(this.ctx, id));
  }

  addField(input: Input<'field'>): Readonly<FieldDef> {
    return this.run(() => addField(this.ctx, input));
  }
  updateField(id: string, patch: Patch<'field'>): Readonly<FieldDef> {
    return this.run(() => updateField(this.ctx, id, patch));
  }
  removeField(id: string): void {
    this.run(() => removeField(this.ctx, id));
  }

  addNote(input: NoteInput): Readonly<Note> {
    return this.run(() => addNote(this.ctx, input));
  }
  updateNote(id: string, patch: Partial<Omit<Note, 'id'>>): Readonly<Note> {
    return this.run(() => updateNote(this.ctx, id, patch));
  }
  removeNote(id: string): void {
    this.run(() => removeNote(this.ctx, id));
  }

  /** Records the current dates of every dated task (by default the scheduled ones, when a scheduler runs). */
  takeBaseline(options: BaselineOptions = {}): Readonly<Baseline> {
    const scheduler = this.scheduler;
    const dates =
      options.dates ??
      (scheduler === undefined
        ? undefined
        : (id: string) => {
            const s = scheduler.get(id);
            return s === undefined ? undefined : { start: s.start, end: s.end };
          });
    return this.run(() => takeBaseline(this.ctx, dates === undefined ? options : { ...options, dates }));
  }
  renameBaseline(id: string, name: string): Readonly<Baseline> {
    return this.run(() => renameBaseline(this.ctx, id, name));
  }
  removeBaseline(id: string): void {
    this.run(() => removeBaseline(this.ctx, id));
  }

  updateSettings(patch: Partial<Omit<ProjectSettings, 'id'>>): Readonly<ProjectSettings> {
    return this.run(() => updateSettings(this.ctx, patch));
  }

  // ── transactions, history, replication ────────────────────────────────

  /**
   * Runs `fn` as one atomic change: its mutations form one batch, one undo step and one event.
   * If anything inside throws, every change it made is rolled back and the error rethrown.
   * Nested calls join the outer transaction; a nested one that throws rolls back its own part.
   * `fn` must be synchronous.
   */
  transaction<T>(fn: () => T): T {
    return this.run(fn);
  }

  /** Whether a transaction is open (mutations now join it). */
  get inTransaction(): boolean {
    return this.pending !== undefined;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Reverts the last local transaction; returns false when there is nothing to undo. */
  undo(): boolean {
    const entry = this.history.peekUndo();
    if (entry === undefined) return false;
    this.guardNoTransaction('undo');
    const inverse: Operation[] = [];
    for (let i = entry.length - 1; i >= 0; i--) inverse.push(invertOperation(entry[i] as Operation));
    this.run(() => {
      for (const op of inverse) this.emit(op);
    }, 'undo');
    this.history.undone();
    return true;
  }

  /** Re-applies the last undone transaction; returns false when there is nothing to redo. */
  redo(): boolean {
    const entry = this.history.peekRedo();
    if (entry === undefined) return false;
    this.guardNoTransaction('redo');
    this.run(() => {
      for (const op of entry) this.emit(op);
    }, 'redo');
    this.history.redone();
    return true;
  }

  /**
   * Runs `fn` as a preview: one atomic change that views and subscribers see (origin
   * `'preview'`) but that is no undo step, so undo and redo stay as they were. Previews stack,
   * each on the state the last one left, until {@link endPreview} reverts them all at once. A
   * drag shows its live result this way (one scheduling pass a frame), then ends the preview and
   * commits the real change with {@link transaction}. Rolled back and rethrown like a transaction.
   * The default scheduler moves dates in a preview (successors follow) but holds late dates, and
   * so the critical path, at those of the committed plan until the next committed change.
   */
  preview<T>(fn: () => T): T {
    this.guardNoTransaction('preview');
    return this.run(fn, 'preview');
  }

  /** Whether previews are shown that {@link endPreview} would revert. */
  get previewing(): boolean {
    return this.previews.length > 0;
  }

  /**
   * Reverts every preview since the last call, as one batch with origin `'preview'`: each entity
   * a preview touched gets back the snapshot it had before. Returns false when there was none.
   */
  endPreview(): boolean {
    const previews = this.previews;
    if (previews.length === 0) return false;
    this.guardNoTransaction('endPreview');
    this.previews = [];
    const inverse: Operation[] = [];
    for (let b = previews.length - 1; b >= 0; b--) {
      const batch = previews[b] as readonly Operation[];
      for (let i = batch.length - 1; i >= 0; i--) inverse.push(invertOperation(batch[i] as Operation));
    }
    this.run(() => {
      for (const op of inverse) this.emit(op);
    }, 'preview');
    // The revert itself is no preview to revert later.
    this.previews = [];
    return true;
  }

  /** Forgets undo and redo history (after saving, say). */
  clearHistory(): void {
    this.history.clear();
  }

  /**
   * Applies operations produced by another store (or read back from storage) as one atomic
   * batch with origin `'remote'`. Each is copied and checked like a local change; `before` is
   * taken from this store's state. Remote batches are not undoable here.
   */
  applyOperations(operations: readonly Operation[]): void {
    if (!Array.isArray(operations))
      throw new RoadlineError('INVALID_ARGUMENT', 'applyOperations needs an array');
    this.guardNoTransaction('applyOperations');
    this.run(() => {
      operations.forEach((op: unknown, i: number) => {
        this.emit(this.incoming(op, i));
      });
    }, 'remote');
  }

  /** Calls `listener` with every committed batch; returns the function that unsubscribes it. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // ── internals ──────────────────────────────────────────────────────────

  private list<K extends TableKind>(kind: K): Readonly<EntityTypes[K]>[] {
    return this.byIds(kind, this.state.ids(kind));
  }

  private byIds<K extends TableKind>(kind: K, ids: readonly string[]): Readonly<EntityTypes[K]>[] {
    const table = this.state.tables[kind] as Map<string, Readonly<EntityTypes[K]>>;
    const out: Readonly<EntityTypes[K]>[] = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = table.get(ids[i] as string) as Readonly<EntityTypes[K]>;
    return out;
  }

  private freshId(kind: EntityKind, make: (kind: EntityKind) => string): string {
    const table = kind === 'project' ? undefined : this.state.tables[kind];
    for (let attempt = 0; attempt < 100; attempt++) {
      const id = make(kind);
      if (table === undefined || !table.has(id)) return id;
    }
    throw new RoadlineError(
      'DUPLICATE_ID',
      `The id factory keeps returning ids of existing ${kind} entities`,
    );
  }

  private workingTime(calendarId: string | undefined): WorkingTime | undefined {
    const factory = this.calendarFactory;
    if (factory === undefined) return undefined;
    const source =
      calendarId === undefined ? this.state.settings.calendar : this.state.tables.calendar.get(calendarId);
    const cached = this.calendarCache.get(calendarId);
    if (cached !== undefined && cached.source === source) return cached.time;
    const time = factory(source);
    this.calendarCache.set(calendarId, { source, time });
    return time;
  }

  private guardNoTransaction(what: string): void {
    if (this.pending !== undefined) {
      throw new RoadlineError('INVALID_ARGUMENT', `${what} cannot run inside a transaction`);
    }
  }

  /** The single way state changes: check, freeze, apply, record in the open transaction. */
  private emit(op: Operation): void {
    const pending = this.pending;
    if (pending === undefined)
      throw new RoadlineError('INVALID_ARGUMENT', 'Changes must run inside a transaction');
    checkOperation(this.state, op);
    if (op.after !== undefined) deepFreeze(op.after);
    applyOperation(this.state, Object.freeze(op));
    pending.push(op);
  }

  /** Copies and checks the shape of one operation from outside; `before` comes from this state. */
  private incoming(value: unknown, index: number): Operation {
    const path = `operations[${index}]`;
    if (!isPlainObject(value) || typeof value.id !== 'string' || !ENTITY_KINDS.has(String(value.entity))) {
      throw invalidData([{ path, code: 'WRONG_TYPE', message: `${path} is not an operation` }]);
    }
    if (value.kind !== 'add' && value.kind !== 'update' && value.kind !== 'remove') {
      throw invalidData([
        {
          path: `${path}.kind`,
          code: 'INVALID_VALUE',
          message: `${path}.kind must be add, update or remove`,
        },
      ]);
    }
    const entity = value.entity as EntityKind;
    const op: Operation = { kind: value.kind, entity, id: value.id };
    const current = entity === 'project' ? this.state.settings : this.state.tables[entity].get(value.id);
    if (current !== undefined && value.kind !== 'add') op.before = current;
    if (value.kind !== 'remove') {
      const issues: ValidationIssue[] = [];
      const after = copyJson(value.after, `${path}.after`, issues);
      if (issues.length > 0) throw invalidData(issues);
      op.after = after;
    }
    return op;
  }

  /**
   * Runs `fn` in a transaction (or as part of the open one), commits its batch and tells the
   * scheduler and the subscribers. On a throw, rolls back what `fn` applied.
   */
  private run<T>(fn: () => T, origin: ChangeOrigin = 'local'): T {
    const outer = this.pending;
    if (outer !== undefined) {
      const savepoint = outer.length;
      try {
        return checkSync(fn());
      } catch (error) {
        this.rollback(outer, savepoint);
        throw error;
      }
    }
    const pending: Operation[] = [];
    this.pending = pending;
    let result: T;
    try {
      result = checkSync(fn());
      if (this.scheduler !== undefined && pending.length > 0)
        this.scheduler.apply(pending, origin === 'preview' ? PREVIEW : undefined);
    } catch (error) {
      this.rollback(pending, 0);
      throw error;
    } finally {
      this.pending = undefined;
    }
    if (pending.length > 0) this.commit(pending, origin);
    return result;
  }

  private rollback(pending: Operation[], savepoint: number): void {
    for (let i = pending.length - 1; i >= savepoint; i--)
      applyOperation(this.state, invertOperation(pending[i] as Operation));
    pending.length = savepoint;
  }

  private commit(operations: Operation[], origin: ChangeOrigin): void {
    Object.freeze(operations);
    this.currentVersion += 1;
    if (origin === 'local') this.history.record(operations);
    else if (origin === 'preview') this.previews.push(operations);
    const batch: ChangeBatch = Object.freeze({ operations, origin, version: this.currentVersion });
    for (const listener of Array.from(this.listeners)) {
      try {
        listener(batch);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}

function reraise(error: unknown): void {
  Promise.reject(error);
}

function checkSync<T>(result: T): T {
  if (
    result !== null &&
    typeof result === 'object' &&
    typeof (result as { then?: unknown }).then === 'function'
  ) {
    throw new RoadlineError('INVALID_ARGUMENT', 'A transaction must be synchronous; it returned a promise');
  }
  return result;
}
