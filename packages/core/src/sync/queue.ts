import type { Operation } from '../model/operations.js';
import type { RenameMap } from '../store/rekey.js';
import { rekeyOperation, rekeySnapshot } from '../store/rekey.js';
import type { FieldDef } from '../model/types.js';
import type { TableKind } from '../store/entities.js';
import { entityKey } from './entities.js';
import type { StoredQueue } from './storage.js';

/** A batch waiting for the server's answer (the first one may be in flight). */
export interface QueuedBatch {
  readonly seq: number;
  operations: readonly Operation[];
}

/** Marks "no entity" in the shadow map (an entity the server has not got yet). */
const ABSENT = Symbol('absent');

/**
 * The unacknowledged local changes, in order: sealed batches (sent one at a time, oldest first)
 * and the open one still collecting changes. Beside them, the shadow: for every entity those
 * changes touch, the snapshot the server is known to hold (the `before` of the first local change
 * to it, moved forward by each acknowledgement and by pushes from the server). A rollback restores
 * entities to their shadow.
 */
export class SyncQueue {
  readonly batches: QueuedBatch[] = [];
  private open: Operation[] = [];
  private readonly shadow = new Map<string, unknown>();
  /** Entity key → how many queued or open operations touch it. */
  private readonly counts = new Map<string, number>();

  constructor(
    readonly clientId: string,
    private nextSeq: number,
  ) {}

  /** Operations not yet acknowledged (open and sealed). */
  get size(): number {
    let n = this.open.length;
    for (const b of this.batches) n += b.operations.length;
    return n;
  }

  get hasOpen(): boolean {
    return this.open.length > 0;
  }

  /** Adds local operations to the open batch, noting the server's snapshot of what they touch first. */
  record(operations: readonly Operation[]): void {
    for (const op of operations) {
      this.touch(op);
      this.open.push(op);
    }
  }

  /** Takes the open operations out (to move them into another queue). */
  drain(): Operation[] {
    const open = this.open;
    this.open = [];
    return open;
  }

  /** Adds a batch read back from storage (it keeps its sequence number). */
  restore(batch: QueuedBatch): void {
    for (const op of batch.operations) this.touch(op);
    this.batches.push(batch);
    if (batch.seq >= this.nextSeq) this.nextSeq = batch.seq + 1;
  }

  /** Seals the open batch, in chunks of at most `max` operations; returns how many batches it made. */
  seal(max: number): number {
    const open = this.open;
    if (open.length === 0) return 0;
    this.open = [];
    let made = 0;
    for (let i = 0; i < open.length; i += max) {
      this.batches.push({ seq: this.nextSeq++, operations: open.slice(i, i + max) });
      made += 1;
    }
    return made;
  }

  /** The server stored the oldest batch: its snapshots are now the server's. */
  acknowledge(): QueuedBatch | undefined {
    const batch = this.batches.shift();
    if (batch === undefined) return undefined;
    const last = new Map<string, unknown>();
    for (const op of batch.operations) {
      const key = entityKey(op.entity, op.id);
      last.set(key, op.after === undefined ? ABSENT : op.after);
      this.untouch(key);
    }
    for (const [key, after] of last) if (this.counts.has(key)) this.shadow.set(key, after);
    return batch;
  }

  /** Removes the batches at `indexes` (rejected and rolled back) from the queue. */
  drop(indexes: ReadonlySet<number>): QueuedBatch[] {
    const dropped: QueuedBatch[] = [];
    for (let i = this.batches.length - 1; i >= 0; i--) {
      if (!indexes.has(i)) continue;
      const [batch] = this.batches.splice(i, 1) as [QueuedBatch];
      for (const op of batch.operations) this.untouch(entityKey(op.entity, op.id));
      dropped.unshift(batch);
    }
    return dropped;
  }

  /** Whether unacknowledged local changes touch this entity. */
  pending(key: string): boolean {
    return this.counts.has(key);
  }

  /** The server's snapshot of a pending entity (undefined: the server has none). */
  confirmed(key: string): unknown {
    const value = this.shadow.get(key);
    return value === ABSENT ? undefined : value;
  }

  /** A server push changed a pending entity: remember it as the server's snapshot. */
  pushed(op: Operation): void {
    this.shadow.set(entityKey(op.entity, op.id), op.after === undefined ? ABSENT : op.after);
  }

  /** Rewrites every queued operation and shadow snapshot to ids the server assigned. */
  rename(map: RenameMap, field: (id: string) => FieldDef | undefined): void {
    for (const batch of this.batches)
      batch.operations = batch.operations.map((op) => rekeyOperation(op, map, field));
    this.open = this.open.map((op) => rekeyOperation(op, map, field));
    const shadow = [...this.shadow];
    this.shadow.clear();
    for (const [key, value] of shadow) {
      const [entity, id] = key.split('\u0000') as [TableKind, string];
      const to = map.get(entity)?.get(id) ?? id;
      this.shadow.set(
        entityKey(entity, to),
        value === ABSENT ? ABSENT : rekeySnapshot(entity, value, map, field),
      );
    }
    this.counts.clear();
    for (const batch of this.batches)
      for (const op of batch.operations) this.count(entityKey(op.entity, op.id));
    for (const op of this.open) this.count(entityKey(op.entity, op.id));
  }

  /** What goes to storage: the sealed batches (the open one is written once sealed). */
  stored(): StoredQueue {
    return {
      clientId: this.clientId,
      nextSeq: this.nextSeq,
      batches: this.batches.map((b) => ({ seq: b.seq, operations: b.operations })),
    };
  }

  private touch(op: Operation): void {
    const key = entityKey(op.entity, op.id);
    if (!this.counts.has(key)) this.shadow.set(key, op.before === undefined ? ABSENT : op.before);
    this.count(key);
  }

  private count(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  private untouch(key: string): void {
    const n = (this.counts.get(key) ?? 1) - 1;
    if (n > 0) this.counts.set(key, n);
    else {
      this.counts.delete(key);
      this.shadow.delete(key);
    }
  }
}
