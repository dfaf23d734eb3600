import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatWallTime, parseWallTime, weekdayOf } from '../../src/time/wall-time.js';

describe('wall-clock time', () => {
  it('parses dates and date-times as zone-less minutes', () => {
    assert.equal(parseWallTime('1970-01-01'), 0);
    assert.equal(parseWallTime('1970-01-02T01:30'), 1440 + 90);
    assert.equal(parseWallTime('2026-03-02T08:00:59'), parseWallTime('2026-03-02T08:00'));
    assert.equal(parseWallTime('2026-03-03T24:00'), parseWallTime('2026-03-04'));
  });

  it('rejects impossible dates, zones and junk', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-03-02T25:00',
      '2026-03-02Z',
      '2026-03-02T08:00+02:00',
      '',
      'tomorrow',
      '2026-3-2',
    ]) {
      assert.equal(parseWallTime(bad), undefined, bad);
    }
  });

  it('round-trips through formatting, across DST dates of every zone', () => {
    for (const text of [
      '2026-03-08',
      '2026-03-08T02:30',
      '2026-10-04T00:00',
      '2026-11-01T01:30',
      '2026-04-05T02:00',
      '2024-02-29',
    ]) {
      const m = parseWallTime(text);
      assert.ok(m !== undefined);
      assert.equal(formatWallTime(m), text.endsWith('T00:00') ? text.slice(0, 10) : text);
    }
  });

  it('knows the weekday without the local zone', () => {
    assert.equal(weekdayOf(parseWallTime('2026-03-02') ?? Number.NaN), 1);
    assert.equal(weekdayOf(parseWallTime('2026-03-08T23:59') ?? Number.NaN), 0);
    assert.equal(weekdayOf(parseWallTime('1969-12-31') ?? Number.NaN), 3);
  });
});
