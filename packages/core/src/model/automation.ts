import type { Task } from './types.js';

/**
 * The rule format of `ProjectData.automations` (see docs/automations.md): when a trigger happens
 * to a task and the condition holds, the actions run, all or none, in the transaction that
 * triggered them.
 */
export interface AutomationRule {
  id: string;
  name?: string;
  /** Default `true`. */
  enabled?: boolean;
  /** Whether changes made by other rules trigger this rule (default: only people's changes do). */
  cascade?: boolean;
  when: Trigger;
  if?: Condition;
  then: Action[];
}

/** The date a `date-arrived` trigger watches: a scheduled date or a date field. */
export type DateFieldName = 'start' | 'end' | `fields.${string}`;

export type Trigger =
  | { type: 'task-created' }
  | { type: 'field-changed'; field: string; from?: unknown; to?: unknown }
  | { type: 'date-arrived'; field: DateFieldName; offsetDays?: number }
  | { type: 'predecessors-done' }
  | { type: 'task-late' }
  | { type: 'note-added' };

export type TriggerType = Trigger['type'];

export type ConditionOp =
  | 'eq'
  | 'ne'
  | 'in'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'contains'
  | 'empty'
  | 'not-empty';

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { field: string; op: ConditionOp; value?: unknown };

export type Action =
  | { type: 'set-field'; field: string; value: unknown }
  | { type: 'assign'; people: string[]; mode?: 'add' | 'replace' }
  | { type: 'notify'; to: string[]; message: string }
  | { type: 'create-task'; task: Partial<Task>; as?: 'subtask' | 'sibling' | 'successor' }
  | { type: 'add-note'; text: string; color?: string }
  | { type: 'shift-dates'; days: number }
  | { type: 'custom'; name: string; params?: unknown };

export type ActionType = Action['type'];

/** One run of a rule for a task, as `Project.automationLog` lists it. */
export interface AutomationRun {
  ruleId: string;
  taskId: string;
  /** The wall-clock time of the run (`YYYY-MM-DDTHH:mm`). */
  at: string;
  /** `done`: every action applied; `skipped`: the condition did not hold; `failed`: an action threw (nothing of the rule applied); `loop`: the chain reached depth 10. */
  outcome: 'done' | 'skipped' | 'failed' | 'loop';
  error?: string;
}

/** Filters of `Project.automationLog`; every member given must match. */
export interface AutomationLogFilter {
  ruleId?: string;
  taskId?: string;
  outcome?: AutomationRun['outcome'];
  /** Runs at or after this wall-clock time. */
  since?: string;
}

/** One entry of the notification feed a `notify` action writes. */
export interface AppNotification {
  id: string;
  ruleId: string;
  taskId: string;
  /** Person ids. */
  to: string[];
  /** Plain text (placeholders filled in); never markup. */
  message: string;
  at: string;
  read: boolean;
}

/** What the host's custom action receives. Changes it makes through `project` join the rule's transaction. */
export interface CustomActionContext {
  /** The `Project` (typed loosely here to keep this file free of the store). */
  readonly project: unknown;
  readonly task: Readonly<Task>;
  readonly rule: Readonly<AutomationRule>;
  readonly params: unknown;
  /** The wall-clock time of the run. */
  readonly now: string;
}

/** A host-registered action (`createProject(data, { actions })`); a throw fails the rule's run. Must be synchronous. */
export type CustomAction = (context: CustomActionContext) => void;

/**
 * What the time triggers of one rule have fired, kept in `ProjectData.automationsFired` so a
 * reload does not fire it again: the rule's id, and per task the moment that fired.
 */
export interface FiredRecord {
  /** The rule's id. */
  id: string;
  tasks: Record<string, string>;
}

/** What `Project.subscribeAutomation` listeners receive, after the change that caused it committed. */
export type AutomationEvent =
  | { kind: 'notification'; notification: Readonly<AppNotification> }
  | { kind: 'read'; ids: readonly string[] }
  | { kind: 'run'; run: Readonly<AutomationRun> };
