import type { Operation } from '../model/operations.js';
import type { ProjectData, ScheduledTask, ScheduleResult } from '../model/types.js';

/**
 * How the store drives a scheduling engine. The store calls `load` once with the normalized data,
 * then `apply` with every committed batch (including undo, redo and remote batches), inside the
 * transaction: if `apply` throws (say, a cycle through summary tasks), the batch is rolled back
 * and the error reaches the caller; a port that throws must keep its previous state (the store does
not tell it about the rollback). `get` and `result` read the current schedule; an engine may
 * compute lazily on the first read after `apply`.
 */
export interface SchedulerPort {
  load(data: ProjectData): void;
  apply(operations: readonly Operation[]): void;
  get(taskId: string): ScheduledTask | undefined;
  result(): ScheduleResult;
}
