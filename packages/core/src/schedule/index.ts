export { schedule } from './schedule.js';
export type { ScheduleOptions } from './plan.js';
export { type ApplyOptions, createSchedulerPort, type SchedulerPort } from './port.js';
export type { ScheduledTimes } from './times.js';
export {
  baselineFromSchedule,
  compareBaseline,
  type BaselineComparison,
  type TaskVariance,
} from './baseline.js';
