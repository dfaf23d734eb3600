import type { Operation } from '../model/operations.js';

/**
 * One unit of saving: the local changes of one or more store batches, in the order they were made.
 * `id` is stable across retries and reloads (`<clientId>:<seq>`), so a server that may see the
 * same batch twice (a response lost on a dropped connection) can answer the second time from what
 * it did the first. `seq` increases by one per batch of a client.
 */
export interface SyncBatch {
  readonly id: string;
  readonly clientId: string;
  readonly seq: number;
  /** Whole-snapshot operations (`before` is what this client saw; a server may use it to detect conflicts). */
  readonly operations: readonly Operation[];
}

/** What `save` resolves with: the batch was stored (with ids the server gave new items), or refused for good. */
export type SaveOutcome =
  | {
      readonly ok: true;
      /** Id this client gave a new item → the id the server gave it. */
      readonly ids?: Readonly<Record<string, string>>;
    }
  | {
      readonly ok: false;
      /** The server's reason, shown to the user. */
      readonly reason: string;
      /** The HTTP status or the transport's own code (409 for a conflict). */
      readonly status?: number;
    };

/** A cancel signal (an `AbortSignal` in browsers and Node); aborted when a save times out or the session stops. */
export interface SaveSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
}

/**
 * A transport to the host's backend. `save` resolves with an outcome; a save that throws or
 * times out is a transient failure (network down, 5xx) and is retried with backoff. A refusal
 * (`{ ok: false }`) is final: that batch is rolled back in the store.
 */
export interface SyncAdapter {
  save(batch: SyncBatch, context: { readonly signal: SaveSignal }): Promise<SaveOutcome>;
  /** Optional: server-pushed changes (other users'), applied as remote batches. Returns the unsubscribe. */
  subscribe?(onChange: (operations: readonly Operation[]) => void): () => void;
}
