/** Resources: who works on what and how much (assignments, task types, load, over-allocation). */
export { assignmentKey, assignmentsByTask, taskAssignments, unitsOf } from '../model/assignments.js';
export type { TaskAssignment } from '../model/assignments.js';
export { isEffortDriven, recomputeWork } from './task-type.js';
export type { WorkChange, WorkItem, WorkResult } from './task-type.js';
export { cellStart, loadSpans, personCalendar, resourceLoad } from './load.js';
export type { LoadCell, LoadGranularity, LoadOptions, LoadSpan, PersonLoad } from './load.js';
export { overallocations } from './overallocations.js';
export type { Overallocation, OverallocationOptions } from './overallocations.js';
export { resourceDrivenTasks } from '../schedule/resource-driven.js';
export type { AssignmentSpan, ResourceDriven } from '../schedule/resource-driven.js';
