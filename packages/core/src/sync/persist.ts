import type { ProjectData } from '../model/types.js';
import type { Project } from '../store/project.js';
import { type SyncClock, systemClock } from './clock.js';
import { indexedDbStore, type KeyValueStore } from './idb.js';
import { replaceOperations } from './replace.js';

export interface PersistOptions {
  /** The copy's key in the store. */
  readonly key: string;
  /** Writes wait this long after a change, ms (default 250); a burst is written once. */
  readonly debounce?: number;
  /** Where copies live (default IndexedDB, database `roadline`). */
  readonly store?: KeyValueStore;
  readonly clock?: SyncClock;
  /** Called when reading or writing the copy fails (default: ignored). */
  readonly onError?: (error: unknown) => void;
}

/** What `persist` returns. */
export interface PersistHandle {
  /** Resolves once the stored copy is read: true when it was restored into the project. */
  readonly ready: Promise<boolean>;
  /** Writes now what is waiting for the debounce (call it on `pagehide`). */
  flush(): Promise<void>;
  /** Stops writing (what is waiting is written first). */
  stop(): Promise<void>;
}

/**
 * Keeps an offline copy of `project` for a single-user app: on start, a stored copy under `key`
 * replaces the project's content (as one `'remote'` batch: no undo step; the undo history is
 * cleared); from then on every committed change (previews excepted) schedules a write of
 * `project.toJSON()`, debounced, so the latest state survives a reload. Await `ready` before
 * letting the user edit: the stored copy replaces what the project holds.
 */
export function persist(project: Project, options: PersistOptions): PersistHandle {
  const store = options.store ?? indexedDbStore();
  const clock = options.clock ?? systemClock;
  const onError = options.onError ?? (() => {});
  let timer: unknown;
  let dirty = false;
  let loaded = false;
  let stopped = false;
  let writing: Promise<void> = Promise.resolve();

  const write = (): Promise<void> => {
    clock.clearTimeout(timer);
    timer = undefined;
    if (!dirty || !loaded) return writing;
    dirty = false;
    const data: ProjectData = project.toJSON();
    writing = writing.then(() => store.set(options.key, data)).catch(onError);
    return writing;
  };
  const off = project.subscribe((batch) => {
    if (batch.origin === 'preview' || stopped) return;
    dirty = true;
    if (loaded && timer === undefined) timer = clock.setTimeout(() => void write(), options.debounce ?? 250);
  });
  const ready = (async (): Promise<boolean> => {
    let restored = false;
    try {
      const copy = (await store.get(options.key)) as ProjectData | undefined;
      if (copy !== undefined && copy !== null && !stopped) {
        project.applyOperations(replaceOperations(project, copy));
        project.clearHistory();
        dirty = false;
        restored = true;
      }
    } catch (error) {
      onError(error);
    }
    loaded = true;
    if (dirty) await write();
    return restored;
  })();
  return {
    ready,
    flush: async () => {
      await ready;
      return write();
    },
    stop: async () => {
      await ready;
      await write();
      stopped = true;
      off();
    },
  };
}
