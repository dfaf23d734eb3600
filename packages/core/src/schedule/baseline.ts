import type { Baseline, ScheduleResult } from '../model/types.js';
import type { WorkCalendar } from '../time/calendar.js';
import { defaultCalendar } from '../time/calendar.js';
import { parseWallTime } from '../time/wall-time.js';

/** Start and finish variance of one task against a baseline, in working minutes (positive = late). */
export interface TaskVariance {
  id: string;
  startVariance: number;
  endVariance: number;
}

/** The comparison of a live plan with a baseline. Tasks missing on either side are listed apart. */
export interface BaselineComparison {
  baselineId: string;
  tasks: TaskVariance[];
  /** Project start and finish variance (earliest start, latest end), in working minutes. */
  project: { startVariance: number; endVariance: number };
  /** Scheduled tasks that the baseline does not have. */
  added: string[];
  /** Baseline tasks that no longer exist. */
  removed: string[];
}

/** A baseline of a schedule: every task's scheduled start and end. */
export function baselineFromSchedule(
  result: ScheduleResult,
  name: string,
  takenAt: string,
  id = name,
): Baseline {
  const tasks: Baseline['tasks'] = Object.create(null);
  for (const [taskId, t] of result.tasks) tasks[taskId] = { start: t.start, end: t.end };
  return { id, name, takenAt, tasks };
}

/**
 * Compares a schedule with a baseline. Variances are working minutes on `calendar` (the project
 * calendar; default Mon–Fri whole days), so a weekend between the two dates does not count.
 */
export function compareBaseline(
  result: ScheduleResult,
  baseline: Baseline,
  calendar: WorkCalendar = defaultCalendar(),
): BaselineComparison {
  const tasks: TaskVariance[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  const variance = (planned: string, actual: string): number => {
    const a = parseWallTime(planned);
    const b = parseWallTime(actual);
    return a === undefined || b === undefined ? 0 : calendar.between(a, b);
  };
  let baseStart = '';
  let baseEnd = '';
  for (const [id, t] of result.tasks) {
    const planned = Object.hasOwn(baseline.tasks, id) ? baseline.tasks[id] : undefined;
    if (!planned) {
      added.push(id);
      continue;
    }
    tasks.push({
      id,
      startVariance: variance(planned.start, t.start),
      endVariance: variance(planned.end, t.end),
    });
  }
  for (const id of Object.keys(baseline.tasks)) {
    const planned = baseline.tasks[id];
    if (!planned) continue;
    if (!result.tasks.has(id)) removed.push(id);
    if (baseStart === '' || planned.start < baseStart) baseStart = planned.start;
    if (baseEnd === '' || planned.end > baseEnd) baseEnd = planned.end;
  }
  const project =
    baseStart === ''
      ? { startVariance: 0, endVariance: 0 }
      : { startVariance: variance(baseStart, result.start), endVariance: variance(baseEnd, result.end) };
  return { baselineId: baseline.id, tasks, project, added, removed };
}
