import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createFrame } from '../../src/analytics/frame.js';
import { NearLookup } from '../../src/analytics/near-lookup.js';
import { TopK } from '../../src/analytics/top.js';

describe('TopK', () => {
  it('keeps what a stable sort would put first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), id: fc.nat() }), { maxLength: 400 }),
        fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 60, max: 140 })),
        (items, k) => {
          const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
          const top = new TopK(k, compare);
          for (const item of items) top.offer(item);
          assert.deepEqual(top.items(), [...items].sort(compare).slice(0, k));
        },
      ),
    );
  });

  it('truncates k as slice does', () => {
    const offer = (k: number) => {
      const top = new TopK<number>(k, (a, b) => a - b);
      for (const x of [5, 3, 9, 1]) top.offer(x);
      return top.items();
    };
    assert.deepEqual(offer(2.7), [1, 3]);
    assert.deepEqual(offer(Number.NaN), []);
    assert.deepEqual(offer(-1), []);
    assert.deepEqual(offer(Number.POSITIVE_INFINITY), [1, 3, 5, 9]);
  });
});

describe('NearLookup', () => {
  it('finds every id, near or far, like the full index, and -1 for unknown ids', () => {
    const tasks = Array.from({ length: 50 }, (_, i) => ({ id: `t${i}`, name: `T${i}` }));
    tasks.push({ id: '__proto__', name: 'odd' });
    const frame = createFrame({ id: 'p', name: 'P', tasks }, { today: '2026-03-02' });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: tasks.length - 1 }), { maxLength: 80 }), (picks) => {
        const lookup = new NearLookup(frame);
        for (const k of picks) {
          const id = k < 0 ? 'missing' : (tasks[k]?.id as string);
          assert.equal(lookup.find(id), k < 0 ? -1 : k);
        }
      }),
    );
  });
});
