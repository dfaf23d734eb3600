import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatWallTimeCached, parseWallTimeCached } from '../../src/time/date-cache.js';
import { formatWallTime, parseWallTime } from '../../src/time/wall-time.js';

describe('date cache', () => {
  it('formats exactly as formatWallTime, near and far from the first day formatted', () => {
    assert.equal(formatWallTimeCached(29_567_520), '2026-03-21');
    assert.equal(formatWallTimeCached(29_567_520 + 9 * 60 + 30), '2026-03-21T09:30');
    assert.equal(formatWallTimeCached(-1), '1969-12-31T23:59');
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000, max: 60_000_000 }), fc.boolean(), (minutes, half) => {
        const value = half ? minutes + 0.5 : minutes;
        assert.equal(formatWallTimeCached(value), formatWallTime(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('parses exactly as parseWallTime, remembering failures too', () => {
    for (const text of ['2026-03-21', '2026-03-21T09:30', '2026-02-30', 'soon', '2026-03-21T24:00']) {
      assert.equal(parseWallTimeCached(text), parseWallTime(text));
      assert.equal(parseWallTimeCached(text), parseWallTime(text));
    }
  });
});
