export * from './model/types.js';
export { RoadlineError, isRoadlineError } from './model/errors.js';
export type { RoadlineErrorCode, ValidationIssue } from './model/errors.js';
export { parseWallTime, formatWallTime, toWallMinutes } from './time/wall-time.js';
export { projectProgress } from './analytics/progress.js';
export type { ProgressSummary } from './analytics/progress.js';
