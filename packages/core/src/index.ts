/**
 * The root entry of the core package: the project model and its validation, the store, the
 * scheduler, time and calendars, analytics, query (sort, filter, group), import/export and the
 * templates. View geometry and planners are subpath entries, one per view
 * (`…/core/views/timeline`, `/roadmap`, `/board`, `/dashboard`, `/grid`, `/dates`); see
 * docs/core-api.md. The grid model (rows, tree, grouping, sort, selection, editing) is
 * `…/core/views/grid`; the date-edit planners, shown spans and the "today" policy are
 * `…/core/views/dates`.
 */
export * from './model/types.js';
export { RoadlineError, isRoadlineError } from './model/errors.js';
export type { RoadlineErrorCode, ValidationIssue } from './model/errors.js';
export { parseWallTime, formatWallTime, toWallMinutes } from './time/wall-time.js';
export { formatDateLabel } from './time/date-label.js';
export { projectProgress } from './analytics/progress.js';
export type { ProgressInput, ProgressSummary } from './analytics/progress.js';
export { createProject, Project } from './store/project.js';
export type { ProjectOptions } from './store/project.js';
export type { AppliedOrigin, UndoHandler } from './store/undo-handler.js';
export type { ChangeBatch, ChangeListener, ChangeOrigin } from './store/change-batch.js';
export type { EntityKind, Operation, ProjectSettings } from './model/operations.js';
export { invertOperation } from './store/apply.js';
export type { TaskInput, TaskPatch, TaskUpdate } from './store/mutations/tasks.js';
export type { DependencyInput, DependencyPatch } from './store/mutations/dependencies.js';
export type { MoveTarget } from './store/mutations/hierarchy.js';
export type { NoteInput } from './store/mutations/notes.js';
export type { AssignmentInput, AssignmentPatch } from './store/mutations/assignments.js';
export type { BaselineOptions } from './store/mutations/baselines.js';
export type { TaskIndexKey } from './store/task-index.js';
export type {
  Action as AutomationAction,
  ActionType as AutomationActionType,
  AppNotification,
  AutomationEvent,
  AutomationLogFilter,
  AutomationRule,
  AutomationRun,
  Condition as AutomationCondition,
  ConditionOp as AutomationConditionOp,
  CustomAction,
  CustomActionContext,
  DateFieldName,
  FiredRecord,
  Trigger as AutomationTrigger,
  TriggerType as AutomationTriggerType,
} from './model/automation.js';
export type { AutomationRuleInput, AutomationRulePatch } from './store/mutations/automations.js';
export type { NotificationFilter } from './automation/notifications.js';
export { MAX_CHAIN_DEPTH } from './automation/runner.js';
export { AUTOMATION_RECIPES } from './automation/recipes.js';
export type { AutomationRecipe } from './automation/recipes.js';
export { BUILTIN_ACTIONS } from './automation/builtin-actions.js';
export { ACTION_TYPES, CONDITION_OPS, TRIGGER_TYPES } from './validate/check-automation.js';
export { checkProjectData, validateProjectData } from './validate/validate.js';
export type { CheckedProject } from './validate/validate.js';
export { normalizeProjectData } from './validate/normalize.js';
export { IssueCode } from './model/issue-codes.js';
export { DEFAULT_PRIORITIES, DEFAULT_STATUSES } from './model/defaults.js';
export { filterTasks, groupTasks, sortTasks } from './query/index.js';
export type {
  Condition,
  ConditionOp,
  GroupBy,
  GroupOptions,
  QueryContext,
  SortKey,
  TaskField,
  TaskFilter,
  TaskGroup,
} from './query/index.js';
export { columnTextMatcher, sortByColumns } from './query/column-query.js';
export type { ColumnSortKey, ReadSortKey } from './query/column-query.js';
export * from './templates/index.js';
export * from './resources/index.js';
export { baselineFromSchedule, compareBaseline, createSchedulerPort, schedule } from './schedule/index.js';
export { level, solveRcpsp } from './resources/leveling/index.js';
export type {
  Demand,
  LeveledTask,
  LevelOptions,
  LevelResult,
  Precedence,
  RcpspProblem,
  SolveOptions,
  SolveResult,
} from './resources/leveling/index.js';
export type { ResolvedGraph } from './model/graph.js';
export type {
  ApplyOptions,
  BaselineComparison,
  ScheduledTimes,
  ScheduleOptions,
  SchedulerPort,
  TaskVariance,
} from './schedule/index.js';
export {
  DEFAULT_CALENDAR_DATA,
  defaultCalendar,
  STANDARD_CALENDAR_DATA,
  standardCalendar,
  WorkCalendar,
} from './time/calendar.js';
export {
  escapeICSText,
  foldICSLine,
  fromMSProjectXML,
  importData,
  ImportIssueCode,
  importMSProjectXML,
  MSProjectIssueCode,
  readMSProjectScheduleFacts,
  TableIssueCode,
  toICS,
  toMSProjectXML,
} from './io/index.js';
export type {
  ICSOptions,
  ImportDataOptions,
  ImportDataResult,
  ImportIssue,
  MSProjectImport,
  MSProjectImportIssue,
  MSProjectScheduleFacts,
  MSProjectTaskFacts,
} from './io/index.js';
export {
  analyze,
  blockedItems,
  bottlenecks,
  burndown,
  createFrame,
  DEFAULT_HEALTH_THRESHOLDS,
  expectedShare,
  expectedShares,
  frameOf,
  keyFigures,
  lateItems,
  MAX_WEEKS,
  milestones,
  portfolio,
  progressBy,
  progressOf,
  projectHealth,
  projectSummary,
  sourceOf,
  sourceOfData,
  statusMix,
  workload,
  workflow,
  cumulativeFlow,
  MAX_FLOW_DAYS,
} from './analytics/index.js';
export type {
  Analysis,
  AnalyticsFilter,
  AnalyticsFrame,
  AnalyticsSource,
  BlockedItem,
  Bottleneck,
  BottleneckOptions,
  BurnOptions,
  Burndown,
  BurnPoint,
  FrameOptions,
  Health,
  HealthThresholds,
  HealthVerdict,
  KeyFigures,
  LateItem,
  LateKind,
  LateList,
  LateOptions,
  MilestoneOptions,
  MilestoneRow,
  MilestoneState,
  PersonLoad,
  Portfolio,
  ProgressDimension,
  ProgressRow,
  ProgressSnapshot,
  ProjectSummary,
  Reason,
  StatusMix,
  StatusSlice,
  Workload,
  WorkloadOptions,
  WorkloadWeek,
  Workflow,
  WorkflowEdge,
  WorkflowNode,
  WorkflowOptions,
  CumulativeFlow,
  FlowBand,
  FlowDay,
} from './analytics/index.js';
export * from './sync/index.js';
export type { IdRename } from './store/rekey.js';
export { Presence, presenceOf } from './presence/index.js';
export type { LocalPresence, Peer, PresenceEditing, PresenceStatus, PresenceUser } from './presence/index.js';
