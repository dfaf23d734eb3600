import type { AutomationRule, CustomAction, FiredRecord } from '../model/automation.js';
import type { Dependency, Note, Task } from '../model/types.js';
import type { PlaceholderSource } from './placeholders.js';
import type { EventSource } from './triggers.js';

/**
 * What the automation engine needs of its store: reads, and the few changes actions make. The
 * store implements it (`store/project-automation.ts`); every change goes through the store's one
 * checked path and joins the open transaction. The engine never imports the store.
 */
export interface AutomationStore extends PlaceholderSource, EventSource {
  /** The rules in list order. */
  rules(): Iterable<Readonly<AutomationRule>>;
  /** Whether there is any rule. */
  hasRules(): boolean;
  fired(ruleId: string): Readonly<FiredRecord> | undefined;
  /** Task ids in WBS order. */
  taskIds(): readonly string[];
  /** A task's position in {@link taskIds}. */
  wbsPosition(id: string): number;
  /**
   * Where scheduled dates come from: `numeric` (`scheduledSpan` reads them), `text` (only
   * `scheduled`, a custom scheduler without numbers) or `none` (no scheduler: the stored dates).
   */
  scheduleKind(): 'numeric' | 'text' | 'none';
  hasTask(id: string): boolean;
  hasPerson(id: string): boolean;
  updateTask(id: string, patch: Partial<Omit<Task, 'id'>>): void;
  setFieldValue(taskId: string, fieldId: string, value: unknown): void;
  addTask(input: Omit<Task, 'id'>): Readonly<Task>;
  addNote(input: Omit<Note, 'id' | 'createdAt'>): void;
  addDependency(input: Omit<Dependency, 'id'>): void;
  /**
   * The scheduled start and end of a task as wall minutes (`hint`: its WBS position, a slot to try
   * first), or `undefined` without a numeric schedule; for scanning many tasks at once.
   */
  scheduledSpan?(taskId: string, hint: number): { start: number; end: number } | undefined;
  /** Adds or replaces a rule's fired record. */
  setFired(record: FiredRecord): void;
}

/** What the engine needs besides the store. */
export interface EngineHost {
  readonly store: AutomationStore;
  /** Runs `fn` as part of the open transaction; on a throw, only what `fn` applied is rolled back. */
  savepoint(fn: () => void): void;
  readonly project: unknown;
  readonly actions: Readonly<Record<string, CustomAction>>;
  readonly now: () => string;
  readonly logLimit?: number;
  readonly onListenerError: (error: unknown) => void;
}
