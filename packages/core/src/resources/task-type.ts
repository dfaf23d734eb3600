/**
 * Microsoft Project's task types, as one pure function. Per assignment, work = duration × units
 * (units as a fraction; duration and work in working minutes). When one of the three changes,
 * the task type says which of the other two gives way:
 *
 * | change            | fixed units (default) | fixed work      | fixed duration |
 * |-------------------|-----------------------|-----------------|----------------|
 * | units             | duration              | duration        | work           |
 * | work              | duration              | duration        | units          |
 * | duration          | work                  | units           | work           |
 *
 * A task's duration is the longest of its assignments' (work ÷ units). Effort-driven tasks (and
 * every fixed-work task) keep their total work when a person is added or removed: the work is
 * shared out in proportion to units, so the duration shrinks or grows (fixed duration: the units
 * do). A task that is not effort-driven gives a new person duration × units of work of their own.
 */
import type { TaskSchedulingType } from '../model/types.js';

/** One assignment's units (percent) and work (working minutes). */
export interface WorkItem {
  units: number;
  work: number;
}

/** What changed: which assignment, or the duration (`items` already hold the new values). */
export type WorkChange =
  | { kind: 'units'; index: number }
  | { kind: 'work'; index: number }
  | { kind: 'added'; index: number; workGiven: boolean }
  | { kind: 'removed'; work: number }
  | { kind: 'duration' };

/** The task's duration (working minutes) and each assignment's units and work after a change. */
export interface WorkResult {
  duration: number;
  items: WorkItem[];
}

/** Whether adding or removing people keeps the task's total work. */
export function isEffortDriven(
  taskType: TaskSchedulingType | undefined,
  effortDriven: boolean | undefined,
): boolean {
  return taskType === 'fixed-work' || effortDriven === true;
}

/**
 * Applies `change` as Microsoft Project does. `items` hold every assignment after the change with
 * work known (before the change, work = duration × units where the data stated none); for
 * `added`, the new item's work is only meaningful with `workGiven`.
 */
export function recomputeWork(
  taskType: TaskSchedulingType | undefined,
  effortDriven: boolean | undefined,
  duration: number,
  items: readonly WorkItem[],
  change: WorkChange,
): WorkResult {
  const type = taskType ?? 'fixed-units';
  const out = items.map((i) => ({ units: i.units, work: i.work }));
  const fixedDuration = type === 'fixed-duration';
  switch (change.kind) {
    case 'units': {
      const item = out[change.index] as WorkItem;
      if (fixedDuration) {
        item.work = (duration * item.units) / 100;
        return { duration, items: out };
      }
      return { duration: longest(out, duration), items: out };
    }
    case 'work': {
      const item = out[change.index] as WorkItem;
      if (fixedDuration) {
        if (duration > 0) item.units = (item.work / duration) * 100;
        return { duration, items: out };
      }
      return { duration: longest(out, duration), items: out };
    }
    case 'added': {
      const item = out[change.index] as WorkItem;
      if (isEffortDriven(type, effortDriven) && out.length > 1) {
        let total = 0;
        for (let i = 0; i < out.length; i++) if (i !== change.index) total += (out[i] as WorkItem).work;
        if (change.workGiven) total += item.work;
        return share(out, total, duration, fixedDuration);
      }
      if (!change.workGiven) item.work = (duration * item.units) / 100;
      return { duration: fixedDuration ? duration : longest(out, duration), items: out };
    }
    case 'removed': {
      if (!isEffortDriven(type, effortDriven) || out.length === 0) return { duration, items: out };
      let total = change.work;
      for (const i of out) total += i.work;
      return share(out, total, duration, fixedDuration);
    }
    case 'duration': {
      for (const item of out) {
        if (type === 'fixed-work') {
          if (duration > 0) item.units = (item.work / duration) * 100;
        } else item.work = (duration * item.units) / 100;
      }
      return { duration, items: out };
    }
  }
}

/** The longest assignment's work ÷ units; `fallback` when no assignment has units. */
function longest(items: readonly WorkItem[], fallback: number): number {
  let max = -1;
  for (const i of items) if (i.units > 0) max = Math.max(max, (i.work * 100) / i.units);
  return max < 0 ? fallback : max;
}

/** Shares `total` work among `items` in proportion to their units. */
function share(items: WorkItem[], total: number, duration: number, fixedDuration: boolean): WorkResult {
  let units = 0;
  for (const i of items) units += i.units;
  if (units <= 0) return { duration, items };
  if (fixedDuration) {
    for (const i of items) {
      i.work = (total * i.units) / units;
      if (duration > 0) i.units = (i.work / duration) * 100;
    }
    return { duration, items };
  }
  const next = (total * 100) / units;
  for (const i of items) i.work = (next * i.units) / 100;
  return { duration: next, items };
}
