import type { Operation } from '../model/operations.js';
import type { Project } from '../store/project.js';
import { entityKey, settleOperations } from './entities.js';
import type { QueuedBatch, SyncQueue } from './queue.js';

/** What a rejection took out of the queue and the store. */
export interface RollbackResult {
  /** The rejected batch first, then the later ones that went with it, oldest first. */
  readonly dropped: readonly QueuedBatch[];
  /** Set when even the widest rollback could not be applied (the store is left as it was). */
  readonly failure?: unknown;
}

/**
 * Rolls back the oldest queued batch, which the server refused, and exactly what depends on it:
 *
 * 1. The rejected set starts as that batch; every later queued batch that touches an entity a
 *    batch of the set touches joins it, in order (its snapshots include the rejected change, so
 *    it cannot stand without it).
 * 2. Every entity the set touches goes back to the server's snapshot of it (the queue's shadow),
 *    as one `'remote'` batch of the store (no undo step); the other queued batches stay shown and
 *    queued.
 * 3. If the store refuses that batch — a later batch refers to something the rejected set added,
 *    a link to a new task say — the earliest later batch not yet in the set joins it (with step
 *    1's rule) and the store is asked again.
 */
export function rollbackRejected(project: Project, queue: SyncQueue): RollbackResult {
  const batches = queue.batches;
  const set = new Set<number>();
  const keys = new Set<string>();
  const join = (from: number): void => {
    for (let i = from; i < batches.length; i++) {
      const ops = (batches[i] as QueuedBatch).operations;
      if (i !== from && !set.has(i) && !ops.some((op) => keys.has(entityKey(op.entity, op.id)))) continue;
      set.add(i);
      for (const op of ops) keys.add(entityKey(op.entity, op.id));
    }
  };
  join(0);
  let failure: unknown;
  for (;;) {
    try {
      project.applyOperations(settleOperations(project, revertSequence(batches, set, queue)));
      failure = undefined;
      break;
    } catch (error) {
      failure = error;
      let next = -1;
      for (let i = 0; i < batches.length && next < 0; i++) if (!set.has(i)) next = i;
      if (next < 0) break;
      join(next);
    }
  }
  if (failure !== undefined) return { dropped: [], failure };
  return { dropped: queue.drop(set) };
}

/**
 * The inverse of the batches in `set`, newest operation first; each entity's last step lands on
 * the server's snapshot rather than on the `before` this client saw (they differ after a push).
 */
function revertSequence(
  batches: readonly QueuedBatch[],
  set: ReadonlySet<number>,
  queue: SyncQueue,
): Operation[] {
  const out: Operation[] = [];
  const indexes = [...set].sort((a, b) => b - a);
  for (const i of indexes) {
    const ops = (batches[i] as QueuedBatch).operations;
    for (let j = ops.length - 1; j >= 0; j--) {
      const op = ops[j] as Operation;
      out.push({ kind: 'update', entity: op.entity, id: op.id, after: op.before });
    }
  }
  const seen = new Set<string>();
  for (let k = out.length - 1; k >= 0; k--) {
    const op = out[k] as Operation;
    const key = entityKey(op.entity, op.id);
    if (seen.has(key)) continue;
    seen.add(key);
    op.after = queue.confirmed(key);
  }
  return out;
}
