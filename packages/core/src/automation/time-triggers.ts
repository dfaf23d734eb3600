import { RoadlineError } from '../model/errors.js';
import type { Task } from '../model/types.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../time/wall-time.js';
import { isDone, readField } from './fields.js';
import type { EngineHost } from './host.js';
import type { AutomationEngine } from './runner.js';
import type { AutomationRule } from '../model/automation.js';

/**
 * The moment (wall minutes) a time trigger of `rule` comes for `task`, or `undefined` when the
 * task has no such date (or, for `task-late`, is done). `date-arrived`: 00:00 of the scheduled
 * date's day (for `end`, the last day shown; for a date field, its day) plus `offsetDays`
 * calendar days. `task-late`: the (exclusive) end itself, the instant it passes.
 */
export function momentOf(
  rule: Readonly<AutomationRule>,
  task: Readonly<Task>,
  host: EngineHost,
  hint = -1,
): number | undefined {
  const when = rule.when;
  if (when.type !== 'task-late' && when.type !== 'date-arrived') return undefined;
  const store = host.store;
  // Scheduled dates as numbers when the store has them (a scan reads every task).
  const span =
    when.type === 'task-late' || when.field === 'start' || when.field === 'end'
      ? store.scheduledSpan?.(task.id, hint)
      : undefined;
  if (when.type === 'task-late') {
    if (isDone(task, store)) return undefined;
    return span !== undefined ? span.end : wall(readField(task, 'end', store));
  }
  let day: number;
  if (when.field === 'end') {
    const end = span !== undefined ? span.end : wall(readField(task, 'end', store));
    if (end === undefined) return undefined;
    day = lastDayShown(end, span !== undefined ? span.start : wall(readField(task, 'start', store)));
  } else {
    const t =
      when.field === 'start' && span !== undefined ? span.start : wall(readField(task, when.field, store));
    if (t === undefined) return undefined;
    day = startOfDay(t);
  }
  return day + (when.offsetDays ?? 0) * MINUTES_PER_DAY;
}

function wall(value: unknown): number | undefined {
  return typeof value === 'string' ? parseWallTime(value) : undefined;
}

/**
 * Fires every (enabled time rule, task) whose moment is at or before `now` and has not fired for
 * that moment yet, in rule order and then WBS order, as one transaction; records what fired in
 * the rule's `FiredRecord` (part of the project's data, so it survives a reload and syncs), then
 * lets what the rules changed trigger the `cascade` rules. A moment that came while the
 * condition did not hold is recorded too (logged `skipped`): it passed. The engine's due index
 * (`due-index.ts`) finds what is due without computing every task's moment.
 */
export function tick(engine: AutomationEngine, transaction: (fn: () => void) => void, now: string): void {
  const host = engine.host;
  const at = typeof now === 'string' ? parseWallTime(now) : undefined;
  if (at === undefined)
    throw new RoadlineError('INVALID_ARGUMENT', `tick needs a wall-clock time, not ${JSON.stringify(now)}`);
  const rules = engine.timeRules();
  if (rules.length === 0) return;
  const index = engine.due;
  index.sync(rules);
  const stamp = formatWallTime(at);
  let committed = false;
  index.ticking = true;
  try {
    engine.asTick(stamp, () =>
      transaction(() => {
        // Every moment is found before any rule runs, on the dates as they were.
        const due: [Readonly<AutomationRule>, string[], Record<string, string>][] = [];
        for (const rule of rules) {
          const { ids, added } = index.take(rule, at);
          if (ids.length > 0) due.push([rule, ids, added]);
        }
        // Runs in rule order, then WBS order (never the key order of a record).
        for (const [rule, ids] of due) for (const taskId of ids) engine.run(rule, taskId, stamp);
        for (const [rule, , added] of due) record(host, rule.id, added);
      }),
    );
    committed = true;
  } finally {
    index.ticking = false;
    // What was taken is gone from the heaps: without the commit, rebuild them.
    if (!committed) index.invalidate();
  }
}

/** Writes what fired into the rule's record, dropping tasks that no longer exist. */
function record(host: EngineHost, ruleId: string, added: Record<string, string>): void {
  const store = host.store;
  const previous = store.fired(ruleId);
  const tasks: Record<string, string> = {};
  if (previous !== undefined)
    for (const id of Object.keys(previous.tasks))
      if (store.hasTask(id)) tasks[id] = previous.tasks[id] as string;
  for (const id of Object.keys(added)) tasks[id] = added[id] as string;
  store.setFired({ id: ruleId, tasks });
}

/** 00:00 of the day wall minute `t` falls on. */
function startOfDay(t: number): number {
  return Math.floor(t / MINUTES_PER_DAY) * MINUTES_PER_DAY;
}

/**
 * The last day (00:00) a person sees for an exclusive `end`: the rule of
 * `views/dates/shown-span.ts` `lastShownDay`, which root folders may not import; a test keeps
 * the two equal.
 */
export function lastDayShown(end: number, start?: number): number {
  return start !== undefined && start >= end ? startOfDay(end) : startOfDay(end - 1);
}
