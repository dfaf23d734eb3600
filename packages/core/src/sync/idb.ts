/**
 * A minimal key–value store over IndexedDB (one object store, `kv`, in a database of the host's
 * choosing). Core compiles without DOM types, so the few IndexedDB members used are typed here.
 */
interface Request<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface OpenRequest extends Request<Database> {
  onupgradeneeded: (() => void) | null;
}
interface Database {
  objectStoreNames: { contains(name: string): boolean };
  createObjectStore(name: string): unknown;
  transaction(store: string, mode: 'readonly' | 'readwrite'): Transaction;
  close(): void;
}
interface Transaction {
  objectStore(name: string): {
    get(key: string): Request<unknown>;
    put(value: unknown, key: string): Request<unknown>;
  };
  oncomplete: (() => void) | null;
  onerror: (() => void) | null;
  error: unknown;
}
interface Factory {
  open(name: string, version: number): OpenRequest;
}

const STORE = 'kv';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** The store in IndexedDB database `database` (opened on first use, kept open). */
export function indexedDbStore(database = 'roadline'): KeyValueStore {
  let opened: Promise<Database> | undefined;
  const db = (): Promise<Database> => {
    opened ??= new Promise((resolve, reject) => {
      const factory = (globalThis as unknown as { indexedDB?: Factory }).indexedDB;
      if (factory === undefined) return reject(new Error('IndexedDB is not available here'));
      const request = factory.open(database, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return opened;
  };
  return {
    async get(key) {
      const tx = (await db()).transaction(STORE, 'readonly');
      const request = tx.objectStore(STORE).get(key);
      return new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    },
    async set(key, value) {
      const tx = (await db()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(value, key);
      return new Promise((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    },
  };
}
