import type { AutomationEngine } from '../automation/runner.js';
import type { ProjectData } from '../model/types.js';
import { createSchedulerPort, type SchedulerPort } from '../schedule/port.js';
import { normalizeProjectData } from '../validate/normalize.js';
import { checkForLoad, invalidData } from '../validate/validate.js';
import { loadState } from './load.js';
import { loadSchedule } from './load-schedule.js';
import { createMutationContext } from './mutation-context.js';
import type { MutationContext } from './mutations/context.js';
import { ProgressLog } from './progress-log.js';
import { StatusLog } from './status-log.js';
import { ProgressRollup } from './progress-rollup.js';
import { createAutomationEngine } from './project-automation.js';
import { defaultCalendars, defaultId, type ProjectOptions, reraise, utcNow } from './project-options.js';
import type { ProjectState } from './state.js';
import { TaskIndex } from './task-index.js';
import { Transactions } from './transactions.js';

/** The parts a `Project` coordinates. */
export interface StoreParts {
  readonly state: ProjectState;
  readonly scheduler: SchedulerPort | undefined;
  readonly index: TaskIndex;
  readonly changes: Transactions;
  readonly progress: ProgressLog;
  readonly statuses: StatusLog;
  readonly ctx: MutationContext;
  readonly rollup: ProgressRollup;
  readonly engine: AutomationEngine;
}

/**
 * Validates and loads `data` and wires the parts of a store together: the state, the scheduler,
 * the one path of changes, the progress log and roll-up, and the automation engine.
 */
export function wireStore(project: () => unknown, data: ProjectData, options: ProjectOptions): StoreParts {
  const calendars = options.calendars ?? defaultCalendars;
  // The built-in scheduler's compile finds any cycle of links itself (see `loadSchedule`).
  const ownScheduler = options.scheduler === undefined;
  const checked = checkForLoad(data, { linkCycles: !ownScheduler });
  if (checked.issues.length > 0) throw invalidData(checked.issues);
  const normalized = normalizeProjectData(checked.data, calendars);
  const state = loadState(normalized, checked.dependencies);
  const scheduler = options.scheduler === false ? undefined : (options.scheduler ?? createSchedulerPort());
  const now = options.now ?? utcNow;
  const progress = new ProgressLog(now);
  const statuses = new StatusLog(now);
  const onListenerError = options.onListenerError ?? reraise;
  const changes = new Transactions(
    state,
    scheduler,
    options.undoLimit,
    onListenerError,
    (operations, origin) => {
      if (origin === 'preview') return;
      progress.record(operations, () => state.tables.task.values());
      statuses.record(operations, origin);
    },
  );
  const ctx = createMutationContext({
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
    order: () => state.wbsOrder(),
    depths: () => state.wbsDepths(),
  });
  changes.subscribe((batch) => rollup.update(batch));
  const engine = createAutomationEngine({
    project,
    state,
    ctx,
    changes,
    scheduler,
    actions: options.actions,
    now,
    logLimit: options.automationLogLimit,
    onListenerError,
  });
  if (scheduler !== undefined) loadSchedule(scheduler, data, normalized, checked.graph);
  return { state, scheduler, index: new TaskIndex(state), changes, progress, statuses, ctx, rollup, engine };
}
