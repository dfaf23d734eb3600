import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandRecurrence, type MspRecurrence } from '../../src/io/mspdi/recurrence.js';
import { RoadlineError } from '../../src/model/errors.js';
import { formatWallTime, parseWallTime } from '../../src/time/wall-time.js';

const day = (s: string) => (parseWallTime(s) ?? Number.NaN) / 1440;
const dates = (days: number[]) => days.map((d) => formatWallTime(d * 1440));

function rule(partial: Partial<MspRecurrence> & { from: string; to: string }): MspRecurrence {
  return {
    type: 1,
    occurrences: 0,
    period: 1,
    daysOfWeek: 0,
    monthDay: 1,
    month: 0,
    monthItem: 3,
    monthPosition: 0,
    ...partial,
    fromDay: day(partial.from),
    toDay: day(partial.to),
  };
}

describe('expandRecurrence', () => {
  it('daily and every n days', () => {
    assert.deepEqual(dates(expandRecurrence(rule({ type: 1, from: '2000-01-01', to: '2000-01-03' }), 'x')), [
      '2000-01-01',
      '2000-01-02',
      '2000-01-03',
    ]);
    assert.deepEqual(
      dates(expandRecurrence(rule({ type: 7, period: 3, from: '2000-02-01', to: '2000-02-10' }), 'x')),
      ['2000-02-01', '2000-02-04', '2000-02-07', '2000-02-10'],
    );
  });

  it('every second week on Tuesday and Thursday, counted from the first week', () => {
    const r = rule({ type: 6, period: 2, daysOfWeek: 4 | 16, from: '2001-01-04', to: '2001-01-31' });
    assert.deepEqual(dates(expandRecurrence(r, 'x')), [
      '2001-01-04',
      '2001-01-16',
      '2001-01-18',
      '2001-01-30',
    ]);
  });

  it('monthly by date clamps to the month end, and by position finds the last Friday', () => {
    const byDate = rule({ type: 4, period: 1, monthDay: 31, from: '2026-01-01', to: '2026-04-30' });
    assert.deepEqual(dates(expandRecurrence(byDate, 'x')), [
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
    const lastFriday = rule({
      type: 5,
      period: 6,
      monthItem: 8,
      monthPosition: 4,
      from: '2002-01-01',
      to: '2003-01-31',
    });
    assert.deepEqual(dates(expandRecurrence(lastFriday, 'x')), ['2002-01-25', '2002-07-26', '2003-01-31']);
    const firstWeekday = rule({
      type: 5,
      period: 1,
      monthItem: 1,
      monthPosition: 0,
      from: '2026-02-01',
      to: '2026-03-31',
    });
    assert.deepEqual(dates(expandRecurrence(firstWeekday, 'x')), ['2026-02-02', '2026-03-02']);
  });

  it('yearly by date and by position (month is 0-based)', () => {
    const byDate = rule({ type: 2, month: 1, monthDay: 29, from: '2023-01-01', to: '2025-12-31' });
    assert.deepEqual(dates(expandRecurrence(byDate, 'x')), ['2023-02-28', '2024-02-29', '2025-02-28']);
    const thanksgiving = rule({
      type: 3,
      month: 10,
      monthItem: 7,
      monthPosition: 3,
      from: '2025-01-01',
      to: '2026-12-31',
    });
    assert.deepEqual(dates(expandRecurrence(thanksgiving, 'x')), ['2025-11-27', '2026-11-26']);
  });

  it('stops after the occurrence count and skips days before the range', () => {
    const r = rule({
      type: 6,
      period: 1,
      daysOfWeek: 2,
      occurrences: 2,
      from: '2026-03-03',
      to: '2026-12-31',
    });
    assert.deepEqual(dates(expandRecurrence(r, 'x')), ['2026-03-09', '2026-03-16']);
  });

  it('refuses unknown types and runaway ranges', () => {
    assert.throws(
      () => expandRecurrence(rule({ type: 9, from: '2026-01-01', to: '2026-01-02' }), 'Holiday'),
      /Holiday has an unknown recurrence type 9/,
    );
    assert.throws(
      () => expandRecurrence(rule({ type: 1, from: '1900-01-01', to: '2200-01-01' }), 'Forever'),
      (e: unknown) =>
        e instanceof RoadlineError && e.code === 'UNSUPPORTED' && /Forever recurs more than/.test(e.message),
    );
  });
});
