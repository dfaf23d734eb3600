import { RoadlineError } from '../model/errors.js';
import { deepFreeze } from '../model/json.js';
import type { Operation } from '../model/operations.js';
import type { SchedulerPort } from '../schedule/port.js';
import { applyOperation, invertOperation } from './apply.js';
import type { ChangeBatch, ChangeListener, ChangeOrigin } from './change-batch.js';
import { checkOperation } from './check-operation.js';
import { History } from './history.js';
import { incomingOperation } from './incoming.js';
import { emitRenames, type IdRename, rekeyOperation, renameMap } from './rekey.js';
import type { AppliedOrigin } from './undo-handler.js';
import type { ProjectState } from './state.js';

/**
 * What runs at the edges of every outermost transaction (the automation engine): `beforeCommit`
 * after the change's own function, inside the transaction, so what it emits joins the batch and
 * its undo step; `settled` once the transaction committed or rolled back.
 */
export interface CommitHooks {
  beforeCommit(pending: Operation[], origin: ChangeOrigin): void;
  /** Before the subscribers hear of a committed batch (`true`), or after a rollback (`false`). */
  settled(committed: boolean): void;
  /** After the subscribers heard of the committed batch. */
  announced(): void;
}

/** How a preview batch reaches the scheduler: it may hold late dates until the next committed batch. */
const PREVIEW = Object.freeze({ preview: true });

/**
 * The one path every change takes, behind `Project`: a transaction collects the operations that
 * `emit` checks (`checkOperation`), freezes and applies (`applyOperation`); on a throw the inverses
 * are applied in reverse; at the end the batch goes to the scheduler, then is committed: a version,
 * an undo step (local), a preview to revert (preview), and an event to every subscriber.
 *
 * Invariants: state changes only inside a transaction, and only through `emit`; a batch the
 * scheduler rejects is rolled back like any other throw; undo, redo, previews and remote batches
 * never run inside an open transaction.
 */
export class Transactions {
  private readonly history: History;
  private readonly listeners = new Set<ChangeListener>();
  private pending: Operation[] | undefined;
  /** The batches of the previews shown since the last `endPreview`, oldest first. */
  private previews: (readonly Operation[])[] = [];
  private currentVersion = 0;
  private hooks: CommitHooks | undefined;

  constructor(
    private readonly state: ProjectState,
    private readonly scheduler: SchedulerPort | undefined,
    undoLimit: number | undefined,
    private readonly onListenerError: (error: unknown) => void,
    /** Sees every committed batch before the subscribers (the store's own records). */
    private readonly onCommit?: (operations: readonly Operation[], origin: ChangeOrigin) => void,
  ) {
    this.history = new History(undoLimit);
  }

  /** Increases by one with every committed batch. */
  get version(): number {
    return this.currentVersion;
  }

  /** Installs the hooks of every outermost transaction (one set; the store's automation engine). */
  setHooks(hooks: CommitHooks): void {
    this.hooks = hooks;
  }

  get inTransaction(): boolean {
    return this.pending !== undefined;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  get previewing(): boolean {
    return this.previews.length > 0;
  }

  /** Reverts the last local transaction; false when there is nothing to undo. */
  undo(): boolean {
    const entry = this.history.peekUndo();
    if (entry === undefined) return false;
    this.guardNoTransaction('undo');
    const inverse: Operation[] = [];
    for (let i = entry.length - 1; i >= 0; i--) inverse.push(invertOperation(entry[i] as Operation));
    this.run(() => {
      for (const op of inverse) this.emit(op);
    }, 'undo');
    this.history.undone();
    return true;
  }

  /** Re-applies the last undone transaction; false when there is nothing to redo. */
  redo(): boolean {
    const entry = this.history.peekRedo();
    if (entry === undefined) return false;
    this.guardNoTransaction('redo');
    this.run(() => {
      for (const op of entry) this.emit(op);
    }, 'redo');
    this.history.redone();
    return true;
  }

  /** Runs `fn` as a preview: a batch with origin `'preview'`, no undo step, reverted by `endPreview`. */
  preview<T>(fn: () => T): T {
    this.guardNoTransaction('preview');
    return this.run(fn, 'preview');
  }

  /** Reverts every preview since the last call as one `'preview'` batch; false when there was none. */
  endPreview(): boolean {
    const previews = this.previews;
    if (previews.length === 0) return false;
    this.guardNoTransaction('endPreview');
    this.previews = [];
    const inverse: Operation[] = [];
    for (let b = previews.length - 1; b >= 0; b--) {
      const batch = previews[b] as readonly Operation[];
      for (let i = batch.length - 1; i >= 0; i--) inverse.push(invertOperation(batch[i] as Operation));
    }
    this.run(() => {
      for (const op of inverse) this.emit(op);
    }, 'preview');
    // The revert itself is no preview to revert later.
    this.previews = [];
    return true;
  }

  clearHistory(): void {
    this.history.clear();
  }

  /**
   * Applies operations from another store as one `'remote'` (or given) batch, each copied and
   * checked; `'local'` makes them one undo step of this store (an import).
   */
  applyOperations(operations: readonly Operation[], origin: AppliedOrigin | 'local' = 'remote'): void {
    if (!Array.isArray(operations))
      throw new RoadlineError('INVALID_ARGUMENT', 'applyOperations needs an array');
    this.guardNoTransaction('applyOperations');
    this.run(() => {
      operations.forEach((op: unknown, i: number) => {
        this.emit(incomingOperation(this.state, op, i));
      });
    }, origin);
  }

  /**
   * Gives entities new ids as one `'remote'` batch (see `emitRenames`) and rewrites the undo and
   * redo entries to the new ids, so undo keeps working across the rename.
   */
  renameIds(renames: readonly IdRename[]): void {
    this.guardNoTransaction('renameIds');
    if (renames.length === 0) return;
    const map = renameMap(renames);
    this.run(() => emitRenames(this.state, renames, (op) => this.emit(op)), 'remote');
    const field = (id: string) => this.state.field(id);
    this.history.rewrite((op) => rekeyOperation(op, map, field));
  }

  /** Calls `listener` with every committed batch; returns the function that unsubscribes it. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The single way state changes: check, freeze, apply, record in the open transaction. */
  emit(op: Operation): void {
    const pending = this.pending;
    if (pending === undefined)
      throw new RoadlineError('INVALID_ARGUMENT', 'Changes must run inside a transaction');
    checkOperation(this.state, op);
    if (op.after !== undefined) deepFreeze(op.after);
    applyOperation(this.state, Object.freeze(op));
    pending.push(op);
  }

  /**
   * Runs `fn` in a transaction (or as part of the open one), commits its batch and tells the
   * scheduler and the subscribers. On a throw, rolls back what `fn` applied.
   */
  run<T>(fn: () => T, origin: ChangeOrigin = 'local'): T {
    const outer = this.pending;
    if (outer !== undefined) {
      const savepoint = outer.length;
      try {
        return checkSync(fn());
      } catch (error) {
        this.rollback(outer, savepoint);
        throw error;
      }
    }
    const pending: Operation[] = [];
    this.pending = pending;
    let result: T;
    try {
      result = checkSync(fn());
      this.hooks?.beforeCommit(pending, origin);
      if (this.scheduler !== undefined && pending.length > 0)
        this.scheduler.apply(pending, origin === 'preview' ? PREVIEW : undefined);
    } catch (error) {
      this.rollback(pending, 0);
      this.pending = undefined;
      this.hooks?.settled(false);
      throw error;
    } finally {
      this.pending = undefined;
    }
    this.hooks?.settled(true);
    if (pending.length > 0) this.commit(pending, origin);
    this.hooks?.announced();
    return result;
  }

  private guardNoTransaction(what: string): void {
    if (this.pending !== undefined) {
      throw new RoadlineError('INVALID_ARGUMENT', `${what} cannot run inside a transaction`);
    }
  }

  private rollback(pending: Operation[], savepoint: number): void {
    for (let i = pending.length - 1; i >= savepoint; i--)
      applyOperation(this.state, invertOperation(pending[i] as Operation));
    pending.length = savepoint;
  }

  private commit(operations: Operation[], origin: ChangeOrigin): void {
    Object.freeze(operations);
    this.currentVersion += 1;
    if (origin === 'local') this.history.record(operations);
    else if (origin === 'preview') this.previews.push(operations);
    this.onCommit?.(operations, origin);
    const batch: ChangeBatch = Object.freeze({ operations, origin, version: this.currentVersion });
    for (const listener of Array.from(this.listeners)) {
      try {
        listener(batch);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}

function checkSync<T>(result: T): T {
  if (
    result !== null &&
    typeof result === 'object' &&
    typeof (result as { then?: unknown }).then === 'function'
  ) {
    throw new RoadlineError('INVALID_ARGUMENT', 'A transaction must be synchronous; it returned a promise');
  }
  return result;
}
