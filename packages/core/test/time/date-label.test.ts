import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDateLabel } from '../../src/time/date-label.js';
import { toWallMinutes } from '../../src/time/wall-time.js';

describe('formatDateLabel', () => {
  it('writes a wall date the same in every zone and locale asked, the second time from memory too', () => {
    const day = toWallMinutes('2026-03-02');
    for (let pass = 0; pass < 2; pass++) {
      assert.equal(formatDateLabel(day, 'en-GB'), 'Mon, 2 Mar 2026');
      assert.equal(formatDateLabel(day, 'en-US'), 'Mon, Mar 2, 2026');
      assert.equal(formatDateLabel(day, 'de-DE'), 'Mo., 2. März 2026');
      assert.equal(formatDateLabel(day + 9 * 60 + 30, 'en-GB'), 'Mon, 2 Mar 2026, 09:30');
      assert.equal(formatDateLabel(day, 'en-GB', true), 'Mon, 2 Mar 2026, 00:00');
    }
    // Many days: each still its own text after the memory fills and starts again.
    for (let d = 0; d < 5000; d++) formatDateLabel(day + d * 1440, 'en-GB');
    assert.equal(formatDateLabel(day + 4999 * 1440, 'en-GB'), 'Tue, 8 Nov 2039');
    assert.equal(formatDateLabel(day, 'en-GB'), 'Mon, 2 Mar 2026');
  });

  it('writes a locale that is not a language tag in the default locale, without throwing', () => {
    const day = toWallMinutes('2026-03-02');
    const expected = formatDateLabel(day, undefined);
    for (const bad of ['??', 'not a tag!', '<img src=x>', 'x'.repeat(300)]) {
      assert.equal(formatDateLabel(day, bad), expected, bad);
    }
  });
});
