/** Saving a project to a host's backend, and an offline copy. See docs/import-export.md, "Sync to a backend". */
export type { SaveOutcome, SaveSignal, SyncAdapter, SyncBatch } from './adapter.js';
export { backoffDelay } from './backoff.js';
export type { BackoffOptions } from './backoff.js';
export type { SyncClock } from './clock.js';
export type { SyncError, SyncEvents, SyncStatus } from './events.js';
export { sync, SyncSession } from './session.js';
export type { SyncOptions } from './session.js';
export { memoryQueueStorage, webQueueStorage } from './storage.js';
export type { QueueStorage, StoredQueue } from './storage.js';
export { restAdapter } from './rest-adapter.js';
export type { FetchLike, RestAdapterOptions } from './rest-adapter.js';
export { indexedDbQueueStorage } from './storage.js';
export { indexedDbStore } from './idb.js';
export type { KeyValueStore } from './idb.js';
export { persist } from './persist.js';
export type { PersistHandle, PersistOptions } from './persist.js';
