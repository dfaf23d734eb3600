import type { SaveOutcome, SyncAdapter } from '../../packages/core/src/sync/adapter.js';
import type { SyncClock } from '../../packages/core/src/sync/clock.js';
import { sync } from '../../packages/core/src/sync/session.js';
import { memoryQueueStorage } from '../../packages/core/src/sync/storage.js';
import { createProject, type Project } from '../../packages/core/src/store/project.js';
import { generateProject } from '../../packages/core/src/testing/generate.js';
import { type BenchCase, benchCase } from './harness.js';

/**
 * A burst of 1,000 changes to a 10k-task store, synced to a backend that answers at once: from the
 * first change to the session settled (store updates, recording, sealing, the queue stored, the
 * save, the acknowledgement). Nothing waits on a network, so the time is main-thread time. The
 * harness times synchronous work, so `setup` runs each scenario and `run` hands out its figures.
 */
const RUNS = 5;
const BURST = 1000;

/** Fires a timer only when told to (the debounce is released right after the burst). */
function manualClock(): SyncClock & { fire(): void } {
  let timers: (() => void)[] = [];
  return {
    setTimeout: (fn) => {
      timers.push(fn);
      return fn;
    },
    clearTimeout: (h) => {
      timers = timers.filter((t) => t !== h);
    },
    fire() {
      const due = timers;
      timers = [];
      for (const fn of due) fn();
    },
  };
}

function store(): Project {
  let n = 0;
  return createProject(generateProject({ tasks: 10_000, seed: 3, people: 20, statuses: true }), {
    scheduler: false,
    idFactory: () => `tmp-${++n}`,
  });
}

async function scenario(kind: 'updates' | 'adds' | 'store alone'): Promise<number> {
  const project = store();
  const ids = project.wbsOrder().slice(0, BURST);
  let next = 0;
  const adapter: SyncAdapter = {
    async save(batch): Promise<SaveOutcome> {
      const map: Record<string, string> = {};
      for (const op of batch.operations) if (op.kind === 'add') map[op.id] = `S${++next}`;
      return { ok: true, ids: map };
    },
  };
  const clock = manualClock();
  const session =
    kind === 'store alone'
      ? undefined
      : sync(project, adapter, { clock, storage: memoryQueueStorage(), timeout: 1e9 });
  await session?.ready;
  const t0 = performance.now();
  for (let i = 0; i < BURST; i++) {
    if (kind === 'adds') project.addTask({ name: `New ${i}`, start: '2026-03-02', duration: 1 });
    else project.updateTask(ids[i] as string, { name: `Renamed ${i}` });
  }
  clock.fire();
  await session?.settled();
  const elapsed = performance.now() - t0;
  session?.stop();
  return elapsed;
}

function figures(kind: 'updates' | 'adds' | 'store alone'): BenchCase {
  return benchCase({
    name: `1,000-change burst (${kind}) on 10k tasks, to settled`,
    setup: async () => {
      const out: number[] = [];
      for (let i = 0; i <= RUNS; i++) out.push(await scenario(kind));
      return { out, i: 0 };
    },
    run: (ctx) => ctx.out[ctx.i++ % ctx.out.length],
    runs: RUNS,
    unit: 'ms',
    ...(kind === 'store alone' ? {} : { target: '≤ 1000 ms' }),
  });
}

export default [figures('store alone'), figures('updates'), figures('adds')];
