/**
 * Dashboard figures, headless: every function reads an {@link AnalyticsFrame} (built once per
 * store version with `frameOf`, or from plain data with `createFrame`) and returns plain numbers
 * and strings, for Roadline's widgets or a host's own charts.
 */
export type {
  AnalyticsFilter,
  AnalyticsFrame,
  AnalyticsSource,
  FrameOptions,
  Reason,
} from './types.js';
export { createFrame, frameOf, sourceOf, sourceOfData } from './frame.js';
export { expectedShare, expectedShares, progressBy, progressOf, projectProgress } from './progress.js';
export type { ProgressDimension, ProgressInput, ProgressRow, ProgressSummary } from './progress.js';
export { statusMix } from './status.js';
export type { StatusMix, StatusSlice } from './status.js';
export { MAX_WEEKS, workload } from './workload.js';
export type { PersonLoad, Workload, WorkloadOptions, WorkloadWeek } from './workload.js';
export { burndown } from './burndown.js';
export type { BurnOptions, Burndown, BurnPoint, ProgressSnapshot } from './burndown.js';
export { milestones } from './milestones.js';
export type { MilestoneOptions, MilestoneRow, MilestoneState } from './milestones.js';
export { lateItems } from './late.js';
export type { LateItem, LateKind, LateList, LateOptions } from './late.js';
export { blockedItems } from './blocked.js';
export type { BlockedItem } from './blocked.js';
export { bottlenecks } from './bottlenecks.js';
export type { Bottleneck, BottleneckOptions } from './bottlenecks.js';
export { DEFAULT_HEALTH_THRESHOLDS, portfolio, projectHealth, projectSummary } from './health.js';
export type { Health, HealthThresholds, HealthVerdict, Portfolio, ProjectSummary } from './health.js';
export { keyFigures } from './kpi.js';
export type { KeyFigures } from './kpi.js';
export { analyze } from './analyze.js';
export type { Analysis } from './analyze.js';
export { workflow } from './workflow.js';
export type { Workflow, WorkflowEdge, WorkflowNode, WorkflowOptions } from './workflow.js';
export { cumulativeFlow, MAX_FLOW_DAYS } from './cumulative-flow.js';
export type { CumulativeFlow, FlowBand, FlowDay } from './cumulative-flow.js';
