import { RoadlineError } from '../model/errors.js';
import type { Operation, ProjectSettings } from '../model/operations.js';
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
  ProgressSnapshot,
  ProjectData,
  Release,
  StatusDef,
  StatusHistory,
  Task,
} from '../model/types.js';
import type { AutomationEngine } from '../automation/runner.js';
import type { NotificationFilter } from '../automation/notifications.js';
import { tick } from '../automation/time-triggers.js';
import type {
  AppNotification,
  AutomationEvent,
  AutomationLogFilter,
  AutomationRule,
  AutomationRun,
} from '../model/automation.js';
import type { StatusLog } from './status-log.js';
import { wireStore } from './wire-store.js';
import {
  addAutomation,
  type AutomationRuleInput,
  type AutomationRulePatch,
  removeAutomation,
  setAutomationEnabled,
  updateAutomation,
} from './mutations/automations.js';
import type { ChangeListener } from './change-batch.js';
import {
  type AssignmentInput,
  type AssignmentPatch,
  addAssignment,
  removeAssignment,
  updateAssignment,
} from './mutations/assignments.js';
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
import type { ProjectOptions } from './project-options.js';
import type { IdRename } from './rekey.js';
import type { AppliedOrigin, UndoHandler } from './undo-handler.js';
import type { LevelOptions, LevelResult } from '../resources/leveling/level.js';
import { clearingUpdates, levelingUpdates } from './leveling.js';

import { ProjectReads } from './project-reads.js';

export type { ProjectOptions } from './project-options.js';

/**
 * Loads `data` into a live store. The input is validated as a whole (every problem is reported
 * in one `RoadlineError('INVALID_DATA')`), copied once and never touched again.
 */
export function createProject(data: ProjectData, options: ProjectOptions = {}): Project {
  return new Project(data, options);
}

/**
 * The live project every view shares: reads, typed mutations, transactions, undo/redo, change
 * events and JSON. A thin coordinator: each kind of change is a function in `mutations/`, and
 * every change goes through one checked path (`transactions.ts`: `emit` → `checkOperation` →
 * `applyOperation`).
 *
 * Entities returned by reads are frozen snapshots: a change replaces them, never edits them.
 */
export class Project extends ProjectReads {
  private readonly ctx: MutationContext;
  private readonly engine: AutomationEngine;
  private readonly statusLog: StatusLog;
  private undoHandler: UndoHandler | undefined;

  constructor(data: ProjectData, options: ProjectOptions) {
    const parts = wireStore(() => this, data, options);
    super(parts);
    this.ctx = parts.ctx;
    this.engine = parts.engine;
    this.statusLog = parts.statuses;
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
  /**
   * Levels the people's load (`level()`) and writes every `levelingDelay` as one undo step. The
   * solver is loaded on first use (it stays out of every view's bundle), so this is async; it
   * levels the project as it is when the solver is ready.
   */
  async level(options?: LevelOptions): Promise<LevelResult> {
    const { level } = await import('../resources/leveling/level.js');
    const result = level(this.toJSON(), options);
    this.updateTasks(levelingUpdates(this.tasks(), result));
    return result;
  }
  /** Removes every task's `levelingDelay`, as one undo step (none when there is none). */
  clearLeveling(): void {
    this.updateTasks(clearingUpdates(this.tasks()));
  }
  /** Removes a task, its subtasks, their links, notes and assignments. */
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

  /** Puts a person on a task; the task's duration or work follows its task type (docs/resources.md). */
  addAssignment(input: AssignmentInput): Readonly<Assignment & { id: string }> {
    return this.changes.run(() => addAssignment(this.ctx, input));
  }
  updateAssignment(id: string, patch: AssignmentPatch): Readonly<Assignment & { id: string }> {
    return this.changes.run(() => updateAssignment(this.ctx, id, patch));
  }
  removeAssignment(id: string): void {
    this.changes.run(() => removeAssignment(this.ctx, id));
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

  // ── automations (docs/automations.md) ─────────────────────────────────

  /** The rules in the order they run. */
  automations(): Readonly<AutomationRule>[] {
    return this.list('automation');
  }
  automation(id: string): Readonly<AutomationRule> | undefined {
    return this.state.tables.automation.get(id);
  }
  addAutomation(input: AutomationRuleInput): Readonly<AutomationRule> {
    return this.changes.run(() => addAutomation(this.ctx, input));
  }
  updateAutomation(id: string, patch: AutomationRulePatch): Readonly<AutomationRule> {
    return this.changes.run(() => updateAutomation(this.ctx, id, patch));
  }
  setAutomationEnabled(id: string, enabled: boolean): Readonly<AutomationRule> {
    return this.changes.run(() => setAutomationEnabled(this.ctx, id, enabled));
  }
  /** Removes a rule and the record of what it fired. */
  removeAutomation(id: string): void {
    this.changes.run(() => removeAutomation(this.ctx, id));
  }
  /**
   * Fires the time triggers (`date-arrived`, `task-late`) whose moment is at or before the
   * wall-clock `now` and has not fired yet, as one transaction (one undo step).
   */
  tick(now: string): void {
    if (this.changes.inTransaction)
      throw new RoadlineError('INVALID_ARGUMENT', 'tick cannot run inside a transaction');
    tick(this.engine, (fn) => this.changes.run(fn), now);
  }
  /** The recent runs of rules, newest first (bounded: `automationLogLimit`, default 1000). */
  automationLog(filter?: AutomationLogFilter): Readonly<AutomationRun>[] {
    return this.engine.log.list(filter);
  }
  /** The notifications `notify` actions wrote, newest first (kept in memory, bounded). */
  notifications(filter?: NotificationFilter): Readonly<AppNotification>[] {
    return this.engine.feed.list(filter);
  }
  /** Marks notifications read: those with `ids`, or all (of `person`, when given); returns the ids that changed. */
  markNotificationsRead(ids?: readonly string[], person?: string): string[] {
    return this.engine.markRead(ids, person);
  }
  /** Hears of rule runs, new notifications and reads, after the change that caused them committed. */
  subscribeAutomation(listener: (event: AutomationEvent) => void): () => void {
    return this.engine.subscribe(listener);
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
    return this.undoHandler?.canUndo ?? this.changes.canUndo;
  }

  get canRedo(): boolean {
    return this.undoHandler?.canRedo ?? this.changes.canRedo;
  }

  /** Reverts the last local transaction (or asks the undo handler); false when there is nothing to undo. */
  undo(): boolean {
    return this.undoHandler?.undo() ?? this.changes.undo();
  }

  /** Re-applies the last undone transaction (or asks the undo handler); false when there is nothing to redo. */
  redo(): boolean {
    return this.undoHandler?.redo() ?? this.changes.redo();
  }

  /** Routes undo and redo to `handler` (a session's per-user undo) until called with `undefined`. */
  setUndoHandler(handler: UndoHandler | undefined): void {
    this.undoHandler = handler;
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
   * taken from this store's state. Remote batches are not undoable here. `origin` `'undo'`/`'redo'`:
   * an undo handler's step, told to subscribers as such (and no undo step either). `'local'`: one
   * undo step of this store, as if made here (what `importData` uses for an import).
   */
  applyOperations(operations: readonly Operation[], origin: AppliedOrigin | 'local' = 'remote'): void {
    this.changes.applyOperations(operations, origin);
  }

  /**
   * Gives entities new ids, e.g. the ids a server assigned to items created here: each entity is
   * re-keyed and every reference to it (children, links, notes, baselines, assignments, catalog
   * uses) rewritten, as one batch with origin `'remote'` (no undo step); the undo and redo
   * history is rewritten to the new ids. Throws `NOT_FOUND` for an unknown `from`, and changes
   * nothing if any rename is invalid (a `to` already taken).
   */
  renameIds(renames: readonly IdRename[]): void {
    this.changes.renameIds(renames);
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

  /**
   * The store's own history of status changes since it was loaded: each task's step from one
   * status to another, with when and where it came from (undo and redo included, previews not).
   * What `workflow` and `cumulativeFlow` read. The same object until a status changes again.
   */
  statusHistory(): StatusHistory {
    return this.statusLog.history();
  }

  /** Calls `listener` with every committed batch; returns the function that unsubscribes it. */
  subscribe(listener: ChangeListener): () => void {
    return this.changes.subscribe(listener);
  }
}
