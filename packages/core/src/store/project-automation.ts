import type { AutomationStore } from '../automation/host.js';
import { BUILTIN_ACTIONS } from '../automation/builtin-actions.js';
import { AutomationEngine } from '../automation/runner.js';
import type { CustomAction } from '../model/automation.js';
import type { Dependency } from '../model/types.js';
import type { SchedulerPort } from '../schedule/port.js';
import { emitAdd, emitUpdate, type MutationContext } from './mutations/context.js';
import { addDependency } from './mutations/dependencies.js';
import { setFieldValue } from './mutations/fields.js';
import { addNote } from './mutations/notes.js';
import { addTask, type TaskInput, updateTask } from './mutations/tasks.js';
import type { ProjectState } from './state.js';
import type { Transactions } from './transactions.js';

/** What a store wires into its automation engine. */
export interface EngineSources {
  /** The store, for custom actions (asked for when one runs). */
  readonly project: () => unknown;
  readonly state: ProjectState;
  readonly ctx: MutationContext;
  readonly changes: Transactions;
  readonly scheduler: SchedulerPort | undefined;
  readonly actions: Readonly<Record<string, CustomAction>> | undefined;
  readonly now: () => string;
  readonly logLimit: number | undefined;
  readonly onListenerError: (error: unknown) => void;
}

/** The automation engine of a store, hooked into its transactions. */
export function createAutomationEngine(sources: EngineSources): AutomationEngine {
  const { changes } = sources;
  const engine = new AutomationEngine({
    store: automationStore(sources.state, sources.ctx, sources.scheduler),
    get project() {
      return sources.project();
    },
    actions: { ...BUILTIN_ACTIONS, ...sources.actions },
    now: sources.now,
    logLimit: sources.logLimit,
    onListenerError: sources.onListenerError,
    savepoint: (fn) => changes.run(fn),
  });
  changes.setHooks(engine);
  changes.subscribe((batch) => engine.due.observe(batch.operations));
  return engine;
}

function links(state: ProjectState, ids: readonly string[] | undefined): Readonly<Dependency>[] {
  return (ids ?? []).map((id) => state.dependencies.get(id) as Readonly<Dependency>);
}

/** The store as the engine sees it: reads of the live state, changes through the mutation functions. */
function automationStore(
  state: ProjectState,
  ctx: MutationContext,
  scheduler: SchedulerPort | undefined,
): AutomationStore {
  /** One object reused by `scheduledSpan` (read it right away). */
  const span = { start: 0, end: 0 };
  return {
    rules: () => state.tables.automation.values(),
    hasRules: () => state.tables.automation.size > 0,
    fired: (id) => state.tables.fired.get(id),
    taskIds: () => state.wbsOrder(),
    wbsPosition: (id) => state.wbsPosition(id),
    scheduleKind: () =>
      scheduler === undefined ? 'none' : scheduler.times === undefined ? 'text' : 'numeric',
    task: (id) => state.tasks.get(id),
    hasTask: (id) => state.tasks.has(id),
    hasPerson: (id) => state.hasPerson(id),
    status: (id) => state.tables.status.get(id),
    priority: (id) => state.tables.priority.get(id),
    person: (id) => state.tables.person.get(id),
    projectName: () => state.settings.name,
    // The dates of the last committed schedule (inside a transaction they lag its changes).
    scheduled: (id) => scheduler?.get(id),
    scheduledSpan: (id, hint) => {
      const times = scheduler?.times?.();
      const slot = times === undefined ? -1 : times.slot(id, hint);
      if (times === undefined || slot < 0) return undefined;
      span.start = times.instants[6 * slot] as number;
      span.end = times.instants[6 * slot + 1] as number;
      return span;
    },
    predecessors: (id) => links(state, state.incoming.get(id)),
    successors: (id) => links(state, state.outgoing.get(id)),
    updateTask: (id, patch) => {
      updateTask(ctx, id, patch);
    },
    setFieldValue: (taskId, fieldId, value) => {
      setFieldValue(ctx, taskId, fieldId, value);
    },
    addTask: (input) => addTask(ctx, input as TaskInput),
    addNote: (input) => {
      addNote(ctx, input);
    },
    addDependency: (input) => {
      addDependency(ctx, input);
    },
    setFired: (record) => {
      const previous = state.tables.fired.get(record.id);
      if (previous === undefined) emitAdd(ctx, 'fired', record);
      else emitUpdate(ctx, 'fired', previous, record);
    },
  };
}
