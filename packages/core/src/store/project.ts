import { RoadlineError } from '../model/errors.js';
import type { ResolvedGraph } from '../model/graph.js';
import { normalizeProjectData } from '../validate/normalize.js';
import type { Operation, ProjectSettings } from '../model/operations.js';
import type {
  Baseline,
  CalendarData,
  Dependency,
  FieldDef,
  Group,
  Note,
  Person,
  PriorityDef,
  ProgressSnapshot,
  ProjectData,
  Release,
  ScheduledTask,
  ScheduleResult,
  StatusDef,
  Task,
} from '../model/types.js';
import { checkForLoad, checkProjectData, invalidData } from '../validate/validate.js';
import { createSchedulerPort } from '../schedule/port.js';
import type { ChangeListener } from './change-batch.js';
import type { EntityTypes, TableKind } from './entities.js';
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
import { createMutationContext } from './mutation-context.js';
import { ProgressRollup } from './progress-rollup.js';
import { defaultCalendars, defaultId, type ProjectOptions, reraise, utcNow } from './project-options.js';
import { ROOT, type ProjectState } from './state.js';
import { ProgressLog } from './progress-log.js';
import { level, type LevelOptions, type LevelResult } from '../resources/leveling/level.js';
import { clearingUpdates, levelingUpdates } from './leveling.js';
import { TaskIndex, type TaskIndexKey } from './task-index.js';
import { Transactions } from './transactions.js';

export type { ProjectOptions } from './project-options.js';

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
 * every change goes through one checked path (`transactions.ts`: `emit` → `checkOperation` →
 * `applyOperation`).
 *
 * Entities returned by reads are frozen snapshots: a change replaces them, never edits them.
 */
export class Project {
  private readonly state: ProjectState;
  private readonly scheduler: SchedulerPort | undefined;
  private readonly index: TaskIndex;
  private readonly changes: Transactions;
  private readonly progress: ProgressLog;
  private readonly ctx: MutationContext;
  private readonly rollup: ProgressRollup;

  constructor(data: ProjectData, options: ProjectOptions) {
    const calendars = options.calendars ?? defaultCalendars;
    // The built-in scheduler's compile finds any cycle of links itself (see `loadSchedule`).
    const ownScheduler = options.scheduler === undefined;
    const checked = checkForLoad(data, { linkCycles: !ownScheduler });
    if (checked.issues.length > 0) throw invalidData(checked.issues);
    const normalized = normalizeProjectData(checked.data, calendars);
    const state = loadState(normalized, checked.dependencies);
    this.state = state;
    this.index = new TaskIndex(state);
    this.scheduler = options.scheduler === false ? undefined : (options.scheduler ?? createSchedulerPort());
    const now = options.now ?? utcNow;
    const progress = new ProgressLog(now);
    this.progress = progress;
    const changes = new Transactions(
      state,
      this.scheduler,
      options.undoLimit,
      options.onListenerError ?? reraise,
      (operations, origin) => {
        if (origin !== 'preview') progress.record(operations, () => state.tables.task.values());
      },
    );
    this.changes = changes;
    this.ctx = createMutationContext({
      state,
      emit: (op) => changes.emit(op),
      idFactory: options.idFactory ?? defaultId,
      calendars,
      now,
    });
    const rollup = new ProgressRollup({
      task: (id) => state.tasks.get(id),
      childIds: (id) => state.childIds(id),
      calendar: (id) => state.tables.calendar.get(id),
      projectCalendar: () => state.settings.calendar,
    });
    this.rollup = rollup;
    changes.subscribe((batch) => rollup.update(batch));
    if (this.scheduler !== undefined) loadSchedule(this.scheduler, data, normalized, checked.graph);
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
    if (this.changes.inTransaction) this.rollup.clear();
    return this.rollup.progress(id);
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
    return this.changes.run(() => addTask(this.ctx, input));
  }
  updateTask(id: string, patch: TaskPatch): Readonly<Task> {
    return this.changes.run(() => updateTask(this.ctx, id, patch));
  }
  /**
   * Applies several task patches, in order, as one transaction: one batch, one undo step (a board
   * card move that renumbers its cell, say). If one fails, none is applied; an empty list changes
   * nothing and makes no undo step.
   */
  updateTasks(updates: readonly TaskUpdate[]): Readonly<Task>[] {
    return this.changes.run(() => updateTasks(this.ctx, updates));
  }
  /** Levels the people's load (`level()`) and writes every `levelingDelay` as one undo step. */
  level(options?: LevelOptions): LevelResult {
    const result = level(this.toJSON(), options);
    this.updateTasks(levelingUpdates(this.tasks(), result));
    return result;
  }
  /** Removes every task's `levelingDelay`, as one undo step (none when there is none). */
  clearLeveling(): void {
    this.updateTasks(clearingUpdates(this.tasks()));
  }
  /** Removes a task, its subtasks, their links and their notes. */
  removeTask(id: string): void {
    this.changes.run(() => removeTask(this.ctx, id));
  }
  moveTask(id: string, target: MoveTarget): Readonly<Task> {
    return this.changes.run(() => moveTask(this.ctx, id, target));
  }
  reorderTask(id: string, index: number): Readonly<Task> {
    return this.changes.run(() => reorderTask(this.ctx, id, index));
  }
  indentTask(id: string): Readonly<Task> {
    return this.changes.run(() => indentTask(this.ctx, id));
  }
  outdentTask(id: string): Readonly<Task> {
    return this.changes.run(() => outdentTask(this.ctx, id));
  }
  setFieldValue(taskId: string, fieldId: string, value: unknown): Readonly<Task> {
    return this.changes.run(() => setFieldValue(this.ctx, taskId, fieldId, value));
  }

  addDependency(input: DependencyInput): Readonly<Dependency> {
    return this.changes.run(() => addDependency(this.ctx, input));
  }
  updateDependency(id: string, patch: DependencyPatch): Readonly<Dependency> {
    return this.changes.run(() => updateDependency(this.ctx, id, patch));
  }
  removeDependency(id: string): void {
    this.changes.run(() => removeDependency(this.ctx, id));
  }

  addPerson(input: Input<'person'>): Readonly<Person> {
    return this.changes.run(() => addPerson(this.ctx, input));
  }
  updatePerson(id: string, patch: Patch<'person'>): Readonly<Person> {
    return this.changes.run(() => updatePerson(this.ctx, id, patch));
  }
  /** Removes a person and unassigns them everywhere. */
  removePerson(id: string): void {
    this.changes.run(() => removePerson(this.ctx, id));
  }

  addGroup(input: Input<'group'>): Readonly<Group> {
    return this.changes.run(() => addGroup(this.ctx, input));
  }
  updateGroup(id: string, patch: Patch<'group'>): Readonly<Group> {
    return this.changes.run(() => updateGroup(this.ctx, id, patch));
  }
  removeGroup(id: string, replacement?: string): void {
    this.changes.run(() => removeGroup(this.ctx, id, replacement));
  }

  addStatus(input: Input<'status'>): Readonly<StatusDef> {
    return this.changes.run(() => addStatus(this.ctx, input));
  }
  updateStatus(id: string, patch: Patch<'status'>): Readonly<StatusDef> {
    return this.changes.run(() => updateStatus(this.ctx, id, patch));
  }
  removeStatus(id: string, replacement?: string): void {
    this.changes.run(() => removeStatus(this.ctx, id, replacement));
  }

  addPriority(input: Input<'priority'>): Readonly<PriorityDef> {
    return this.changes.run(() => addPriority(this.ctx, input));
  }
  updatePriority(id: string, patch: Patch<'priority'>): Readonly<PriorityDef> {
    return this.changes.run(() => updatePriority(this.ctx, id, patch));
  }
  removePriority(id: string, replacement?: string): void {
    this.changes.run(() => removePriority(this.ctx, id, replacement));
  }

  addRelease(input: Input<'release'>): Readonly<Release> {
    return this.changes.run(() => addRelease(this.ctx, input));
  }
  updateRelease(id: string, patch: Patch<'release'>): Readonly<Release> {
    return this.changes.run(() => updateRelease(this.ctx, id, patch));
  }
  removeRelease(id: string, replacement?: string): void {
    this.changes.run(() => removeRelease(this.ctx, id, replacement));
  }

  addCalendar(input: Input<'calendar'>): Readonly<CalendarData> {
    return this.changes.run(() => addCalendar(this.ctx, input));
  }
  updateCalendar(id: string, patch: Patch<'calendar'>): Readonly<CalendarData> {
    return this.changes.run(() => updateCalendar(this.ctx, id, patch));
  }
  removeCalendar(id: string): void {
    this.changes.run(() => removeCalendar(this.ctx, id));
  }

  addField(input: Input<'field'>): Readonly<FieldDef> {
    return this.changes.run(() => addField(this.ctx, input));
  }
  updateField(id: string, patch: Patch<'field'>): Readonly<FieldDef> {
    return this.changes.run(() => updateField(this.ctx, id, patch));
  }
  removeField(id: string): void {
    this.changes.run(() => removeField(this.ctx, id));
  }

  addNote(input: NoteInput): Readonly<Note> {
    return this.changes.run(() => addNote(this.ctx, input));
  }
  updateNote(id: string, patch: Partial<Omit<Note, 'id'>>): Readonly<Note> {
    return this.changes.run(() => updateNote(this.ctx, id, patch));
  }
  removeNote(id: string): void {
    this.changes.run(() => removeNote(this.ctx, id));
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
    return this.changes.run(() =>
      takeBaseline(this.ctx, dates === undefined ? options : { ...options, dates }),
    );
  }
  renameBaseline(id: string, name: string): Readonly<Baseline> {
    return this.changes.run(() => renameBaseline(this.ctx, id, name));
  }
  removeBaseline(id: string): void {
    this.changes.run(() => removeBaseline(this.ctx, id));
  }

  updateSettings(patch: Partial<Omit<ProjectSettings, 'id'>>): Readonly<ProjectSettings> {
    return this.changes.run(() => updateSettings(this.ctx, patch));
  }

  // ── transactions, history, replication ────────────────────────────────

  /**
   * Runs `fn` as one atomic change: its mutations form one batch, one undo step and one event.
   * If anything inside throws, every change it made is rolled back and the error rethrown.
   * Nested calls join the outer transaction; a nested one that throws rolls back its own part.
   * `fn` must be synchronous.
   */
  transaction<T>(fn: () => T): T {
    return this.changes.run(fn);
  }

  /** Whether a transaction is open (mutations now join it). */
  get inTransaction(): boolean {
    return this.changes.inTransaction;
  }

  get canUndo(): boolean {
    return this.changes.canUndo;
  }

  get canRedo(): boolean {
    return this.changes.canRedo;
  }

  /** Reverts the last local transaction; returns false when there is nothing to undo. */
  undo(): boolean {
    return this.changes.undo();
  }

  /** Re-applies the last undone transaction; returns false when there is nothing to redo. */
  redo(): boolean {
    return this.changes.redo();
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
    return this.changes.preview(fn);
  }

  /** Whether previews are shown that {@link endPreview} would revert. */
  get previewing(): boolean {
    return this.changes.previewing;
  }

  /**
   * Reverts every preview since the last call, as one batch with origin `'preview'`: each entity
   * a preview touched gets back the snapshot it had before. Returns false when there was none.
   */
  endPreview(): boolean {
    return this.changes.endPreview();
  }

  /** Forgets undo and redo history (after saving, say). */
  clearHistory(): void {
    this.changes.clearHistory();
  }

  /**
   * Applies operations produced by another store (or read back from storage) as one atomic
   * batch with origin `'remote'`. Each is copied and checked like a local change; `before` is
   * taken from this store's state. Remote batches are not undoable here.
   */
  applyOperations(operations: readonly Operation[]): void {
    this.changes.applyOperations(operations);
  }

  /**
   * The store's own history of progress since it was loaded: one snapshot per day progress changed
   * (by the store's `now` clock), the first also holding every task's progress from before. What
   * `burndown` draws its actual line from when the host keeps no snapshots. The same array until
   * progress changes again.
   */
  progressHistory(): readonly ProgressSnapshot[] {
    return this.progress.snapshots();
  }

  /** Calls `listener` with every committed batch; returns the function that unsubscribes it. */
  subscribe(listener: ChangeListener): () => void {
    return this.changes.subscribe(listener);
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
}
