import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nonWorkingSpans } from '../../../src/views/timeline/nonworking.js';
import { WorkCalendar } from '../../../src/time/calendar.js';
import { formatWallTime, toWallMinutes as t } from '../../../src/time/wall-time.js';

const pairs = (spans: number[]): string[][] => {
  const out: string[][] = [];
  for (let i = 0; i < spans.length; i += 2)
    out.push([formatWallTime(spans[i] as number), formatWallTime(spans[i + 1] as number)]);
  return out;
};

describe('non-working spans', () => {
  it('shades a weekend as one span in the default calendar', () => {
    const spans = nonWorkingSpans(WorkCalendar.from(), t('2026-03-02'), t('2026-03-16'));
    assert.deepEqual(pairs(spans), [
      ['2026-03-07', '2026-03-09'],
      ['2026-03-14', '2026-03-16'],
    ]);
  });

  it('shades nights, lunch and holidays in the standard calendar, clipped to the range', () => {
    const calendar = WorkCalendar.from({
      workingHours: [
        ['08:00', '12:00'],
        ['13:00', '17:00'],
      ],
      holidays: ['2026-03-04'],
    });
    const spans = nonWorkingSpans(calendar, t('2026-03-03T10:00'), t('2026-03-05T09:00'));
    assert.deepEqual(pairs(spans), [
      ['2026-03-03T12:00', '2026-03-03T13:00'],
      ['2026-03-03T17:00', '2026-03-05T08:00'],
    ]);
  });

  it('returns nothing for an empty or inverted range, and stops at maxDays', () => {
    assert.deepEqual(nonWorkingSpans(WorkCalendar.from(), 100, 100), []);
    assert.deepEqual(nonWorkingSpans(WorkCalendar.from(), 100, 50), []);
    const never = { intervalsOn: () => [] };
    assert.deepEqual(nonWorkingSpans(never, 0, 1e9, 10), [0, 14400]);
  });
});
