import type { Operation } from '../model/operations.js';
import { indexedDbStore } from './idb.js';

/** What a sync session keeps between runs: its client id, next sequence number and unsent batches. */
export interface StoredQueue {
  readonly clientId: string;
  readonly nextSeq: number;
  readonly batches: readonly { readonly seq: number; readonly operations: readonly Operation[] }[];
}

/**
 * Where the offline queue lives. The session writes the whole queue (small: only unacknowledged
 * batches) before each save and after each answer, and reads it once at start.
 */
export interface QueueStorage {
  load(): Promise<StoredQueue | undefined> | StoredQueue | undefined;
  save(queue: StoredQueue): Promise<void> | void;
}

/**
 * A queue kept in memory, as JSON (so what comes back is a copy, as after a reload). Hand the same
 * storage to a new session to simulate a reload, or use it in Node where there is nothing to keep.
 */
export function memoryQueueStorage(): QueueStorage & { readonly text: string | undefined } {
  let text: string | undefined;
  return {
    get text() {
      return text;
    },
    load: () => (text === undefined ? undefined : (JSON.parse(text) as StoredQueue)),
    save: (queue) => {
      text = JSON.stringify(queue);
    },
  };
}

interface WebStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A queue kept in `localStorage` (or any Web Storage) under `key`. */
export function webQueueStorage(key: string, storage?: WebStorage): QueueStorage {
  const store = (): WebStorage => {
    const s = storage ?? (globalThis as unknown as { localStorage?: WebStorage }).localStorage;
    if (s === undefined) throw new Error('webQueueStorage: no localStorage here');
    return s;
  };
  return {
    load: () => {
      const text = store().getItem(key);
      return text === null ? undefined : (JSON.parse(text) as StoredQueue);
    },
    save: (queue) => store().setItem(key, JSON.stringify(queue)),
  };
}

/** A queue kept in IndexedDB under `key` (database `roadline`, store `kv`). */
export function indexedDbQueueStorage(key: string, database?: string): QueueStorage {
  const kv = indexedDbStore(database);
  return {
    load: async () => {
      const text = await kv.get(key);
      return typeof text === 'string' ? (JSON.parse(text) as StoredQueue) : undefined;
    },
    save: (queue) => kv.set(key, JSON.stringify(queue)),
  };
}
