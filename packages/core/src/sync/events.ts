import type { SyncBatch } from './adapter.js';

/** Where a session stands: nothing to send; sending; waiting to retry after a network failure; the last batch was refused. */
export type SyncStatus = 'idle' | 'saving' | 'offline' | 'error';

/**
 * A sync problem for the user: `rejected` — the server refused `batch` (its changes were rolled
 * back); `dependent` — `batch` was rolled back with the rejected batch `cause` (it changed the same
 * items or referred to what that one added); `push` — a server-pushed change could not be applied;
 * `storage` — the offline queue could not be read or written; `rollback` — a refused batch could
 * not be rolled back (the store keeps showing it).
 */
export interface SyncError {
  readonly kind: 'rejected' | 'dependent' | 'push' | 'storage' | 'rollback';
  /** The server's reason, or what went wrong. */
  readonly reason: string;
  readonly status?: number;
  readonly batch?: SyncBatch;
  /** For `dependent`: the id of the batch whose rejection took this one along. */
  readonly cause?: string;
  readonly error?: unknown;
}

/** The events of a sync session and what each listener receives. */
export interface SyncEvents {
  status: SyncStatus;
  error: SyncError;
  /** A batch the server stored, and the ids it assigned (old → new). */
  saved: { readonly batch: SyncBatch; readonly ids: Readonly<Record<string, string>> };
  /** A save failed on the network (or 5xx, or timed out); retry number `attempt` comes after `delay` ms. */
  retry: { readonly attempt: number; readonly delay: number; readonly error: unknown };
}

/** A small typed event emitter (core has no DOM `EventTarget` types). */
export class SyncEmitter {
  private readonly listeners = new Map<keyof SyncEvents, Set<(value: never) => void>>();

  on<K extends keyof SyncEvents>(type: K, listener: (value: SyncEvents[K]) => void): () => void {
    let set = this.listeners.get(type);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(type, set);
    }
    set.add(listener as (value: never) => void);
    return () => {
      set.delete(listener as (value: never) => void);
    };
  }

  emit<K extends keyof SyncEvents>(type: K, value: SyncEvents[K]): void {
    const set = this.listeners.get(type);
    if (set === undefined) return;
    for (const listener of [...set]) (listener as (value: SyncEvents[K]) => void)(value);
  }
}
