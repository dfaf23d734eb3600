/** Timers a sync session uses; tests pass a manual clock so retries and debouncing run without waiting. */
export interface SyncClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface TimerGlobals {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The platform's timers (core compiles without DOM or Node types, hence the cast). */
export const systemClock: SyncClock = {
  setTimeout: (fn, ms) => (globalThis as unknown as TimerGlobals).setTimeout(fn, ms),
  clearTimeout: (handle) => (globalThis as unknown as TimerGlobals).clearTimeout(handle),
};
