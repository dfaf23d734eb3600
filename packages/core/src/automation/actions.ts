import { RoadlineError } from '../model/errors.js';
import type { Task } from '../model/types.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../time/wall-time.js';
import type { AutomationStore } from './host.js';
import { type ChangeFacts, fillPlaceholders } from './placeholders.js';
import type { Action, AppNotification, AutomationRule, CustomAction } from '../model/automation.js';

/** Everything an action may use. */
export interface ActionEnv {
  readonly store: AutomationStore;
  readonly actions: Readonly<Record<string, CustomAction>>;
  /** The store, handed to custom actions. */
  readonly project: unknown;
  readonly now: string;
  /** Where `notify` puts its entries until the run (and its transaction) succeeds. */
  readonly outbox: AppNotification[];
  nextNotificationId(): string;
}

/**
 * Performs one action of `rule` for the task `taskId` inside the open transaction. Throws when it
 * cannot (an unknown person, field, status or custom action; a change the store rejects); the
 * runner then rolls back everything the rule did.
 */
export function perform(
  action: Action,
  taskId: string,
  rule: Readonly<AutomationRule>,
  env: ActionEnv,
  change: ChangeFacts,
): void {
  const task = env.store.task(taskId);
  if (task === undefined) throw new RoadlineError('NOT_FOUND', `task "${taskId}" no longer exists`);
  const fill = (text: string): string => fillPlaceholders(text, task, rule, env.store, env.now, change);
  switch (action.type) {
    case 'set-field': {
      const value = typeof action.value === 'string' ? fill(action.value) : action.value;
      if (action.field.startsWith('fields.')) env.store.setFieldValue(taskId, action.field.slice(7), value);
      else if (action.field === 'id' || action.field === 'status.category')
        throw new RoadlineError('INVALID_ARGUMENT', `"${action.field}" cannot be set`);
      else env.store.updateTask(taskId, { [action.field]: value });
      return;
    }
    case 'assign': {
      const people =
        action.mode === 'replace'
          ? [...action.people]
          : [...(task.assignees ?? []), ...action.people.filter((p) => !(task.assignees ?? []).includes(p))];
      env.store.updateTask(taskId, { assignees: people });
      return;
    }
    case 'notify':
      notify(action.to, fill(action.message), task, rule, env);
      return;
    case 'create-task':
      createTask(action, task, fill, env);
      return;
    case 'add-note': {
      const input: { taskId: string; text: string; color?: string } = { taskId, text: fill(action.text) };
      if (action.color !== undefined) input.color = action.color;
      env.store.addNote(input);
      return;
    }
    case 'shift-dates':
      shiftDates(task, action.days, env);
      return;
    case 'custom': {
      const fn = Object.hasOwn(env.actions, action.name) ? env.actions[action.name] : undefined;
      if (typeof fn !== 'function')
        throw new RoadlineError('NOT_FOUND', `no custom action "${action.name}" is registered`);
      const result: unknown = fn({ project: env.project, task, rule, params: action.params, now: env.now });
      if (
        result !== null &&
        typeof result === 'object' &&
        typeof (result as { then?: unknown }).then === 'function'
      )
        throw new RoadlineError('INVALID_ARGUMENT', `custom action "${action.name}" must be synchronous`);
      return;
    }
  }
}

function notify(
  to: readonly string[],
  message: string,
  task: Readonly<Task>,
  rule: Readonly<AutomationRule>,
  env: ActionEnv,
): void {
  const people: string[] = [];
  for (const who of to) {
    const ids = who === 'assignees' ? (task.assignees ?? []) : [who];
    for (const id of ids) {
      if (!env.store.hasPerson(id)) throw new RoadlineError('NOT_FOUND', `notify: no person "${id}"`);
      if (!people.includes(id)) people.push(id);
    }
  }
  if (people.length === 0) return;
  env.outbox.push({
    id: env.nextNotificationId(),
    ruleId: rule.id,
    taskId: task.id,
    to: people,
    message,
    at: env.now,
    read: false,
  });
}

function createTask(
  action: Extract<Action, { type: 'create-task' }>,
  task: Readonly<Task>,
  fill: (text: string) => string,
  env: ActionEnv,
): void {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(action.task)) {
    const value = (action.task as Record<string, unknown>)[key];
    input[key] = typeof value === 'string' ? fill(value) : value;
  }
  delete input.order;
  const as = action.as ?? 'sibling';
  if (as === 'subtask') input.parentId = task.id;
  else if (task.parentId !== undefined) input.parentId = task.parentId;
  else delete input.parentId;
  const created = env.store.addTask(input as unknown as Omit<Task, 'id'>);
  if (as === 'successor') env.store.addDependency({ from: task.id, to: created.id });
}

/** Moves a task by whole calendar days: its stored start and end, or (none stored) from its scheduled start. */
function shiftDates(task: Readonly<Task>, days: number, env: ActionEnv): void {
  const by = (value: string): string =>
    formatWallTime((parseWallTime(value) as number) + days * MINUTES_PER_DAY);
  const patch: { start?: string; end?: string } = {};
  if (task.start !== undefined) patch.start = by(task.start);
  if (task.end !== undefined) patch.end = by(task.end);
  if (patch.start === undefined && patch.end === undefined) {
    const scheduled = env.store.scheduled(task.id);
    if (scheduled === undefined)
      throw new RoadlineError('INVALID_ARGUMENT', `task "${task.id}" has no dates to shift`);
    patch.start = by(scheduled.start);
  }
  if (days !== 0) env.store.updateTask(task.id, patch);
}
