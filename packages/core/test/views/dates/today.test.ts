import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatWallTime, toWallMinutes } from '../../../src/time/wall-time.js';
import { localToday, todayDate, todayMinutes } from '../../../src/views/dates/index.js';

/**
 * "Today" is the viewer's local calendar date unless the host gives one. These tests run in
 * every zone of the matrix (`npm run test:core`), so each expectation is what this process's zone
 * reads, by another route than the code under test (Intl in the resolved zone).
 */
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const localDate = (ms: number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);

describe('today', () => {
  it('the host’s today wins, as a day (a time of day is dropped), in every zone', () => {
    assert.equal(todayDate('2026-03-02'), '2026-03-02');
    assert.equal(todayDate('2026-03-02T23:30'), '2026-03-02');
    assert.equal(todayMinutes('2026-03-02T23:30'), toWallMinutes('2026-03-02'));
    // Whatever the clock says.
    assert.equal(todayDate('2026-03-02', Date.UTC(2030, 0, 1, 12)), '2026-03-02');
  });

  it('without one (or with one that is not a date) it is the local calendar date, not the UTC one', () => {
    const instants = [
      Date.UTC(2026, 2, 2, 0, 30), // just after UTC midnight: still 1 March west of Greenwich
      Date.UTC(2026, 2, 2, 23, 30), // just before: already 3 March east of it
      Date.UTC(2026, 2, 2, 18, 20), // 23:50 in Kolkata, 00:05 in Kathmandu
      Date.now(),
    ];
    for (const now of instants) {
      assert.equal(todayDate(undefined, now), localDate(now), `${zone} at ${new Date(now).toISOString()}`);
      assert.equal(todayDate('not a date', now), localDate(now));
      assert.equal(formatWallTime(localToday(now)), localDate(now));
    }
  });

  it('local midnight starts the new day, across daylight-saving changes', () => {
    // Local wall clocks around the changes of the matrix's zones; a midnight that does not exist
    // (São Paulo, 4 Nov 2018) is still the day it begins.
    const walls: [number, number, number, number, number][] = [
      [2026, 2, 8, 0, 0],
      [2026, 2, 7, 23, 59],
      [2026, 10, 1, 0, 0],
      [2026, 3, 5, 0, 0],
      [2026, 9, 4, 0, 0],
      [2026, 9, 3, 23, 59],
      [2018, 10, 4, 0, 0],
      [2019, 1, 17, 0, 0],
      [2019, 1, 16, 23, 59],
    ];
    for (const [y, m, d, h, min] of walls) {
      const now = new Date(y, m, d, h, min).getTime();
      const expected = localDate(now);
      assert.equal(todayDate(undefined, now), expected, `${zone} at ${y}-${m + 1}-${d} ${h}:${min}`);
      // The clock reads that wall day, so that is today.
      assert.equal(expected, `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    }
  });
});
