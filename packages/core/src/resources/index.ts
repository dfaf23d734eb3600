/** Resources: who works on what and how much (assignments, task types, load, over-allocation). */
export { assignmentKey, assignmentsByTask, taskAssignments, unitsOf } from './assignments.js';
export type { TaskAssignment } from './assignments.js';
export { isEffortDriven, recomputeWork } from './task-type.js';
export type { WorkChange, WorkItem, WorkResult } from './task-type.js';
