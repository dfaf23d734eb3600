export type { QueryContext, TaskField } from './context.js';
export { type Condition, type ConditionOp, filterTasks, type TaskFilter } from './filter.js';
export { type GroupBy, type GroupOptions, groupTasks, type TaskGroup } from './group.js';
export { type SortKey, sortTasks } from './sort.js';
