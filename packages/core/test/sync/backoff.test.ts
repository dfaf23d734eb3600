import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SaveOutcome, SyncAdapter } from '../../src/sync/adapter.js';
import { backoffDelay } from '../../src/sync/backoff.js';
import type { SyncClock } from '../../src/sync/clock.js';
import { sync } from '../../src/sync/session.js';
import { client } from './fixtures.js';

/** Timers that fire only when the test says, in due order. */
function manualClock(): SyncClock & { advance(ms: number): void; pending(): number[] } {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout: (fn, ms) => {
      timers.set(++seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (h) => {
      timers.delete(h as number);
    },
    pending: () => [...timers.values()].map((t) => t.at - now).sort((a, b) => a - b),
    advance(ms) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue;
        timers.delete(id);
        t.fn();
      }
    },
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('backoff', () => {
  it('grows exponentially to the cap, with half of each step jittered', () => {
    const at = (random: number) =>
      [1, 2, 3, 4, 8].map((a) => backoffDelay(a, { base: 100, max: 1000 }, () => random));
    assert.deepEqual(at(0), [50, 100, 200, 400, 500]);
    assert.deepEqual(at(0.5), [75, 150, 300, 600, 750]);
  });

  it('retries a failing save after the drawn delays, with an injected clock and random', async () => {
    const clock = manualClock();
    let calls = 0;
    const adapter: SyncAdapter = {
      save: async (): Promise<SaveOutcome> => {
        calls += 1;
        if (calls < 4) throw new Error('network down');
        return { ok: true };
      },
    };
    const project = client();
    const session = sync(project, adapter, {
      clock,
      random: () => 0,
      backoff: { base: 100, max: 1000 },
      debounce: 10,
    });
    const delays: number[] = [];
    session.on('retry', (r) => delays.push(r.delay));
    await session.ready;
    project.updateTask('design', { name: 'x' });
    assert.equal(calls, 0, 'debounced');
    clock.advance(10);
    await tick();
    assert.equal(calls, 1);
    assert.equal(session.status, 'offline');
    for (const step of [50, 100, 200]) {
      clock.advance(step - 1);
      await tick();
      const before: number = calls;
      clock.advance(1);
      await tick();
      assert.equal(calls, before + 1);
    }
    assert.deepEqual(delays, [50, 100, 200]);
    await session.settled();
    assert.equal(session.status, 'idle');
    session.stop();
  });

  it('coalesces a burst into one save', async () => {
    const clock = manualClock();
    const sizes: number[] = [];
    const adapter: SyncAdapter = {
      save: async (batch) => {
        sizes.push(batch.operations.length);
        return { ok: true };
      },
    };
    const project = client();
    const session = sync(project, adapter, { clock, debounce: 10, maxBatch: 150 });
    await session.ready;
    for (let i = 0; i < 200; i++) project.updateTask('design', { progress: i % 100 });
    clock.advance(10);
    await session.settled();
    assert.deepEqual(sizes, [150, 50]);
    session.stop();
  });
});
