import type { Operation } from '../model/operations.js';
import type { TableKind } from '../store/entities.js';
import type { Project } from '../store/project.js';
import { type IdRename, renameMap } from '../store/rekey.js';
import type { SaveOutcome, SaveSignal, SyncAdapter, SyncBatch } from './adapter.js';
import { type BackoffOptions, backoffDelay } from './backoff.js';
import { type SyncClock, systemClock } from './clock.js';
import { entityKey, readEntity, settleOperations } from './entities.js';
import { SyncEmitter, type SyncEvents, type SyncStatus } from './events.js';
import { type QueuedBatch, SyncQueue } from './queue.js';
import { rollbackRejected } from './rollback.js';
import type { QueueStorage, StoredQueue } from './storage.js';

export interface SyncOptions {
  /** How long local changes collect before they are sealed into one batch, ms (default 25). */
  readonly debounce?: number;
  /** Most operations in one batch (default 1000); a bigger burst goes as several batches, in order. */
  readonly maxBatch?: number;
  /** A save not answered within this many ms is abandoned and retried (default 15 000). */
  readonly timeout?: number;
  readonly backoff?: BackoffOptions;
  /** Where the offline queue is kept across reloads (default: nowhere). */
  readonly storage?: QueueStorage;
  /** Timers (default the platform's); tests pass their own. */
  readonly clock?: SyncClock;
  /** Jitter source in [0, 1) (default `Math.random`). */
  readonly random?: () => number;
  /** This client's id in batch ids (default: the stored one, else a random one). */
  readonly clientId?: string;
}

/** Starts saving `project`'s local changes through `adapter`; see {@link SyncSession}. */
export function sync(project: Project, adapter: SyncAdapter, options: SyncOptions = {}): SyncSession {
  return new SyncSession(project, adapter, options);
}

class Timeout extends Error {
  constructor(ms: number) {
    super(`The save was not answered within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * Saves a project's local changes (origin `'local'`, `'undo'`, `'redo'`) to a backend.
 *
 * - Batching: changes collect for `debounce` ms into one batch (at most `maxBatch` operations).
 *   Batches go in order, **one in flight at a time**: the next is sent once the server answered
 *   the previous one, so the server sees the changes in the order they were made and a batch
 *   never refers to an id the server has not assigned yet.
 * - The queue is written to `storage` before a batch is sent and after each answer; a new session
 *   over the same storage (a reload) shows the unsent changes again and sends them.
 * - Optimistic: changes show at once. A refusal rolls back exactly the refused batch and the later
 *   batches that depend on it (see `rollbackRejected`), as a `'remote'` store batch, clears the
 *   store's undo history (its entries may no longer apply) and emits `error`.
 * - A save that throws or times out is retried with exponential backoff and jitter; status `offline`.
 * - Ids the server assigns to new items are given to them in the store (`Project.renameIds`).
 * - Server pushes (`adapter.subscribe` or {@link receive}) apply as `'remote'` batches, not undoable.
 *   A pushed change to an entity with unacknowledged local changes is not shown: the local change
 *   reaches the server later and wins there; if it is refused, the rollback shows the pushed one.
 */
export class SyncSession {
  /** Resolves once the stored queue is read and re-applied. */
  readonly ready: Promise<void>;
  private readonly events = new SyncEmitter();
  private queue: SyncQueue;
  private currentStatus: SyncStatus = 'idle';
  private loaded = false;
  private stopped = false;
  private inFlight: { abort(): void } | undefined;
  private debounceTimer: unknown;
  private retryTimer: unknown;
  private attempt = 0;
  private rejected = false;
  private writing: Promise<void> = Promise.resolve();
  private waiters: (() => void)[] = [];
  private readonly unsubscribe: (() => void)[] = [];
  private readonly clock: SyncClock;

  constructor(
    private readonly project: Project,
    private readonly adapter: SyncAdapter,
    private readonly options: SyncOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.queue = new SyncQueue(options.clientId ?? randomId(), 0);
    this.unsubscribe.push(project.subscribe((batch) => this.local(batch.origin, batch.operations)));
    if (adapter.subscribe !== undefined) this.unsubscribe.push(adapter.subscribe((ops) => this.receive(ops)));
    this.ready = this.load();
  }

  get status(): SyncStatus {
    return this.currentStatus;
  }

  /** Local operations not yet acknowledged by the server. */
  get pending(): number {
    return this.queue.size;
  }

  get clientId(): string {
    return this.queue.clientId;
  }

  on<K extends keyof SyncEvents>(type: K, listener: (value: SyncEvents[K]) => void): () => void {
    return this.events.on(type, listener);
  }

  /** Sends what is collecting now, without waiting for the debounce; resolves like {@link settled}. */
  flush(): Promise<void> {
    this.clock.clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    void this.sealAndSend();
    return this.settled();
  }

  /** Resolves when nothing is left to send (every batch acknowledged or rolled back). */
  settled(): Promise<void> {
    if (this.idleNow()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Retries at once instead of waiting out the backoff (the host saw the network come back). */
  retryNow(): void {
    if (this.retryTimer === undefined) return;
    this.clock.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    void this.pump();
  }

  /** Applies server-pushed operations as one `'remote'` batch (see the class comment for pending entities). */
  receive(operations: readonly Operation[]): void {
    if (this.stopped) return;
    try {
      const shown: Operation[] = [];
      for (const op of operations) {
        if (this.queue.pending(entityKey(op.entity, op.id))) this.queue.pushed(op);
        else shown.push(op);
      }
      this.project.applyOperations(settleOperations(this.project, shown));
    } catch (error) {
      this.events.emit('error', { kind: 'push', reason: message(error), error });
    }
  }

  /** Stops listening and sending; an unanswered save is abandoned (its batch stays in storage). */
  stop(): void {
    this.stopped = true;
    for (const off of this.unsubscribe) off();
    this.clock.clearTimeout(this.debounceTimer);
    this.clock.clearTimeout(this.retryTimer);
    this.inFlight?.abort();
  }

  private async load(): Promise<void> {
    const storage = this.options.storage;
    let stored: StoredQueue | undefined;
    try {
      stored = storage === undefined ? undefined : await storage.load();
    } catch (error) {
      this.events.emit('error', { kind: 'storage', reason: message(error), error });
    }
    if (stored !== undefined && !this.stopped) {
      const open = this.queue;
      this.queue = new SyncQueue(this.options.clientId ?? stored.clientId, stored.nextSeq);
      for (const b of stored.batches) this.queue.restore({ seq: b.seq, operations: b.operations });
      try {
        const ops = stored.batches.flatMap((b) => b.operations);
        this.project.applyOperations(settleOperations(this.project, ops));
      } catch (error) {
        this.events.emit('error', { kind: 'storage', reason: message(error), error });
      }
      this.queue.record(open.drain());
    }
    this.loaded = true;
    if (this.queue.batches.length > 0) this.setStatus('saving');
    if (this.queue.hasOpen && this.debounceTimer === undefined) await this.sealAndSend();
    else await this.pump();
  }

  private local(origin: string, operations: readonly Operation[]): void {
    if (this.stopped || origin === 'remote' || origin === 'preview' || operations.length === 0) return;
    this.queue.record(operations);
    if (this.currentStatus === 'idle' || this.currentStatus === 'error') this.setStatus('saving');
    if (this.debounceTimer !== undefined) return;
    this.debounceTimer = this.clock.setTimeout(() => {
      this.debounceTimer = undefined;
      void this.sealAndSend();
    }, this.options.debounce ?? 25);
  }

  private async sealAndSend(): Promise<void> {
    if (!this.loaded || this.stopped) return;
    if (this.queue.seal(this.options.maxBatch ?? 1000) > 0) await this.persist();
    await this.pump();
  }

  private persist(): Promise<void> {
    const storage = this.options.storage;
    if (storage === undefined) return Promise.resolve();
    const snapshot = this.queue.stored();
    this.writing = this.writing
      .then(() => storage.save(snapshot))
      .catch((error: unknown) =>
        this.events.emit('error', { kind: 'storage', reason: message(error), error }),
      );
    return this.writing;
  }

  private async pump(): Promise<void> {
    if (this.stopped || !this.loaded || this.inFlight !== undefined || this.retryTimer !== undefined) return;
    const batch = this.queue.batches[0];
    if (batch === undefined) {
      if (!this.queue.hasOpen && this.debounceTimer === undefined) {
        this.setStatus(this.rejected ? 'error' : 'idle');
        for (const resolve of this.waiters.splice(0)) resolve();
      }
      return;
    }
    this.setStatus('saving');
    // Held while the queue that holds this batch reaches storage: nothing is sent before it is kept.
    this.inFlight = { abort: () => {} };
    await this.writing;
    this.inFlight = undefined;
    if (this.stopped) return;
    const wire = this.wire(batch);
    let outcome: SaveOutcome;
    try {
      outcome = await this.send(wire);
    } catch (error) {
      if (!this.stopped) this.failed(error);
      return;
    }
    if (this.stopped) return;
    if (outcome.ok) this.stored(wire, outcome.ids ?? {});
    else this.refused(wire, outcome.reason, outcome.status);
    await this.persist();
    await this.pump();
  }

  /** One save with its timeout; `inFlight` is set until it settles. */
  private async send(wire: SyncBatch): Promise<SaveOutcome> {
    const controller = abortController();
    const ms = this.options.timeout ?? 15_000;
    let timer: unknown;
    const timeout = new Promise<never>((_, reject) => {
      timer = this.clock.setTimeout(() => {
        controller.abort();
        reject(new Timeout(ms));
      }, ms);
    });
    this.inFlight = controller;
    try {
      return await Promise.race([this.adapter.save(wire, { signal: controller.signal }), timeout]);
    } finally {
      this.clock.clearTimeout(timer);
      this.inFlight = undefined;
    }
  }

  private stored(wire: SyncBatch, ids: Readonly<Record<string, string>>): void {
    const batch = this.queue.acknowledge() as QueuedBatch;
    this.attempt = 0;
    this.rejected = false;
    const renames: IdRename[] = [];
    for (const op of batch.operations) {
      const to = op.kind === 'add' && op.entity !== 'project' ? ids[op.id] : undefined;
      if (to !== undefined && to !== op.id) renames.push({ entity: op.entity as TableKind, from: op.id, to });
    }
    if (renames.length > 0) {
      try {
        this.project.renameIds(renames.filter((r) => this.exists(r)));
      } catch (error) {
        this.events.emit('error', { kind: 'push', reason: message(error), batch: wire, error });
      }
      this.queue.rename(renameMap(renames), (id) => this.project.field(id));
    }
    this.events.emit('saved', { batch: wire, ids });
  }

  private exists(rename: IdRename): boolean {
    return readEntity(this.project, rename.entity, rename.from) !== undefined;
  }

  private refused(wire: SyncBatch, reason: string, status: number | undefined): void {
    this.queue.seal(this.options.maxBatch ?? 1000);
    const result = rollbackRejected(this.project, this.queue);
    this.attempt = 0;
    this.rejected = true;
    if (result.failure !== undefined) {
      this.queue.drop(new Set([0]));
      this.events.emit('error', {
        kind: 'rollback',
        reason: message(result.failure),
        batch: wire,
        error: result.failure,
      });
    } else this.project.clearHistory();
    this.setStatus('error');
    this.events.emit('error', { kind: 'rejected', reason, status, batch: wire });
    for (const dropped of result.dropped.slice(1)) {
      this.events.emit('error', {
        kind: 'dependent',
        reason,
        status,
        batch: this.wire(dropped),
        cause: wire.id,
      });
    }
  }

  private failed(error: unknown): void {
    this.attempt += 1;
    const delay = backoffDelay(this.attempt, this.options.backoff ?? {}, this.options.random ?? Math.random);
    this.setStatus('offline');
    this.events.emit('retry', { attempt: this.attempt, delay, error });
    this.retryTimer = this.clock.setTimeout(() => {
      this.retryTimer = undefined;
      void this.pump();
    }, delay);
  }

  private wire(batch: QueuedBatch): SyncBatch {
    const clientId = this.queue.clientId;
    return { id: `${clientId}:${batch.seq}`, clientId, seq: batch.seq, operations: batch.operations };
  }

  private idleNow(): boolean {
    return this.queue.batches.length === 0 && !this.queue.hasOpen && this.inFlight === undefined;
  }

  private setStatus(status: SyncStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    this.events.emit('status', status);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Controller {
  readonly signal: SaveSignal;
  abort(): void;
}

function abortController(): Controller {
  const Ctor = (globalThis as unknown as { AbortController?: new () => Controller }).AbortController;
  if (Ctor !== undefined) return new Ctor();
  const listeners: (() => void)[] = [];
  const signal = { aborted: false, addEventListener: (_: 'abort', fn: () => void) => listeners.push(fn) };
  return {
    signal,
    abort: () => {
      signal.aborted = true;
      for (const fn of listeners) fn();
    },
  };
}

function randomId(): string {
  const c = (globalThis as unknown as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID?.() ?? `c${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
}
