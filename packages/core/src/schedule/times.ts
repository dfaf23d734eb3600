import type { ReportedValues } from './task-map.js';

/**
 * A scheduler's current dates as numbers (wall minutes), for reading many tasks at once without a
 * `ScheduledTask` object or a date string per task: an analytics frame over 100k tasks reads
 * these. The view is live: read it right away, since the next change may rewrite or replace it.
 */
export interface ScheduledTimes {
  /**
   * The task's slot in the arrays below, or -1 when the scheduler does not know the id. `hint` is
   * a slot to try first: reading tasks in the order the schedule holds them (a store's load order,
   * which is usually WBS order), their position in the list is their slot, and no id is looked up.
   */
  slot(taskId: string, hint?: number): number;
  /**
   * Six instants per slot, from `6 × slot`: start, end, early start, early end, late start and
   * late end, in wall minutes.
   */
  readonly instants: Float64Array;
  /** Total slack per slot, in working minutes (`≤ 0` is critical). */
  readonly totalSlack: Float64Array;
  /** Free slack per slot, in working minutes. */
  readonly freeSlack: Float64Array;
}

/** The {@link ScheduledTimes} over an engine's reported values. */
export function scheduledTimes(values: ReportedValues): ScheduledTimes {
  const { index, ids } = values;
  return {
    slot: (taskId, hint) => (hint !== undefined && ids[hint] === taskId ? hint : (index.get(taskId) ?? -1)),
    instants: values.out,
    totalSlack: values.total,
    freeSlack: values.free,
  };
}
