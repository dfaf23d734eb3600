import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkCalendar } from '../../../src/time/calendar.js';
import { formatWallTime, toWallMinutes } from '../../../src/time/wall-time.js';
import { lastShownDay, milestoneShownDay, shownSpan, startOfDay } from '../../../src/views/dates/index.js';

const at = toWallMinutes;
const day = (t: number) => formatWallTime(t);

describe('shown span', () => {
  it('an exclusive end at midnight is shown as the day before; any other end as its own day', () => {
    assert.equal(day(lastShownDay(at('2026-03-03'))), '2026-03-02');
    assert.equal(day(lastShownDay(at('2026-03-03'), at('2026-03-02'))), '2026-03-02');
    assert.equal(day(lastShownDay(at('2026-03-03T17:00'), at('2026-03-03T08:00'))), '2026-03-03');
    assert.equal(day(lastShownDay(at('2026-03-03T00:01'))), '2026-03-03');
    // Across a month, a leap day and a year.
    assert.equal(day(lastShownDay(at('2026-03-01'))), '2026-02-28');
    assert.equal(day(lastShownDay(at('2028-03-01'))), '2028-02-29');
    assert.equal(day(lastShownDay(at('2027-01-01'))), '2026-12-31');
    // Before 1970 the floor still lands on the day.
    assert.equal(day(lastShownDay(at('1969-07-21'))), '1969-07-20');
  });

  it('an empty span (a milestone) is shown on its own day, not the day before', () => {
    assert.equal(day(lastShownDay(at('2026-03-09'), at('2026-03-09'))), '2026-03-09');
    assert.deepEqual(shownSpan(at('2026-03-09'), at('2026-03-09')), {
      first: at('2026-03-09'),
      last: at('2026-03-09'),
    });
    assert.deepEqual(shownSpan(at('2026-03-02T08:00'), at('2026-03-07')), {
      first: at('2026-03-02'),
      last: at('2026-03-06'),
    });
  });

  it('a milestone at the midnight that ends working time is shown on the day that ended', () => {
    const calendar = WorkCalendar.from(undefined);
    // Saturday 00:00 after a working Friday reads as Friday; Monday 00:00 stays Monday.
    assert.equal(day(milestoneShownDay(at('2026-03-07'), calendar)), '2026-03-06');
    assert.equal(day(milestoneShownDay(at('2026-03-09'), calendar)), '2026-03-09');
    assert.equal(day(milestoneShownDay(at('2026-03-04T12:00'), calendar)), '2026-03-04');
    assert.deepEqual(shownSpan(at('2026-03-07'), at('2026-03-07'), calendar), {
      first: at('2026-03-06'),
      last: at('2026-03-06'),
    });
  });

  it('wall minutes are zone-less: no daylight-saving change moves a day', () => {
    // The spring-forward and fall-back nights of New York, Sydney and São Paulo (2018, DST at 00:00).
    for (const night of [
      '2026-03-08',
      '2026-11-01',
      '2026-04-05',
      '2026-10-04',
      '2018-11-04',
      '2019-02-17',
    ]) {
      const t = at(night);
      assert.equal(day(startOfDay(t + 150)), night);
      assert.equal(day(lastShownDay(t + 1440, t)), night);
      assert.equal(day(lastShownDay(t)), formatWallTime(t - 1440));
    }
  });
});
