export { schedule } from './schedule.js';
export type { ScheduleOptions } from './plan.js';
export { createSchedulerPort, type SchedulerPort } from './port.js';
export {
  baselineFromSchedule,
  compareBaseline,
  type BaselineComparison,
  type TaskVariance,
} from './baseline.js';
