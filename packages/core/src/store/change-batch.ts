import type { Operation } from '../model/operations.js';

/**
 * Where a batch of changes came from. `'preview'`: a transient change a gesture shows while it
 * runs (`Project.preview`) and reverts (`Project.endPreview`); never an undo step, and a
 * replication layer need not send it.
 */
export type ChangeOrigin = 'local' | 'undo' | 'redo' | 'remote' | 'preview';

/** What subscribers receive after each committed transaction. */
export interface ChangeBatch {
  /** The operations in the order they were applied; replaying them elsewhere reproduces the change. */
  readonly operations: readonly Operation[];
  readonly origin: ChangeOrigin;
  /** Increases by one with every committed batch. */
  readonly version: number;
}

/** A subscriber; it must not throw (an error it throws is re-raised asynchronously, the change stands). */
export type ChangeListener = (batch: ChangeBatch) => void;
