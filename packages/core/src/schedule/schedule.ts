import type { ProjectData, ScheduleResult } from '../model/types.js';
import { Engine } from './engine.js';
import { compilePlan, type ScheduleOptions } from './plan.js';
import { buildResult } from './result.js';

/**
 * Schedules a project the way Microsoft Project does (see `docs/scheduling.md`): forward pass
 * from the project start, backward pass from the project finish, constraints, slack, critical
 * path and summary roll-up. Pure: the input is never changed and the same input gives the same
 * output. Throws `RoadlineError` with code `CYCLE` (naming the tasks) when links loop, and
 * `INVALID_DATA` or `DUPLICATE_ID` for data it cannot read.
 */
export function schedule(data: ProjectData, options?: ScheduleOptions): ScheduleResult {
  const engine = new Engine(compilePlan(data, options));
  engine.runAll();
  return buildResult(engine);
}
