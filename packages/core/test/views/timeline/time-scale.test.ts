import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTick } from '../../../src/views/timeline/tick-format.js';
import {
  headerCells,
  minutesAt,
  mirrorX,
  scaleWidth,
  snapMinutes,
  stepSnap,
  timeScale,
  xOf,
} from '../../../src/views/timeline/time-scale.js';
import {
  isZoomLevel,
  levelToFit,
  stepZoom,
  unitInterval,
  ZOOM_LEVELS,
  ZOOM_ORDER,
} from '../../../src/views/timeline/zoom-levels.js';
import { formatWallTime, toWallMinutes } from '../../../src/time/wall-time.js';

const t = toWallMinutes;

describe('zoom table', () => {
  it('lists six levels finest first, each coarser than the one before', () => {
    assert.deepEqual(ZOOM_ORDER, ['hour', 'day', 'week', 'month', 'quarter', 'year']);
    for (let i = 1; i < ZOOM_ORDER.length; i++) {
      const finer = ZOOM_LEVELS[ZOOM_ORDER[i - 1] as 'day'];
      const coarser = ZOOM_LEVELS[ZOOM_ORDER[i] as 'day'];
      assert.ok(coarser.pxPerDay < finer.pxPerDay);
    }
  });

  it('steps in and out, staying at the ends', () => {
    assert.equal(stepZoom('week', -1), 'day');
    assert.equal(stepZoom('week', 1), 'month');
    assert.equal(stepZoom('hour', -1), 'hour');
    assert.equal(stepZoom('year', 1), 'year');
  });

  it('recognizes level names only', () => {
    assert.equal(isZoomLevel('quarter'), true);
    assert.equal(isZoomLevel('__proto__'), false);
    assert.equal(isZoomLevel('toString'), false);
    assert.equal(isZoomLevel(3), false);
  });

  it('fits a span with the finest level that is narrow enough', () => {
    // 30 days: day = 1080 px, week = 480 px.
    assert.equal(levelToFit(30 * 1440, 1000), 'week');
    assert.equal(levelToFit(30 * 1440, 1080), 'day');
    assert.equal(levelToFit(2 * 60, 2000), 'hour');
    assert.equal(levelToFit(1e9, 10), 'year');
  });
});

describe('time scale', () => {
  it('maps wall minutes linearly at the level density', () => {
    const scale = timeScale('day', t('2026-03-02'), t('2026-04-01'));
    assert.equal(xOf(scale, t('2026-03-02')), 0);
    assert.equal(xOf(scale, t('2026-03-03')), 36);
    assert.equal(xOf(scale, t('2026-03-02T12:00')), 18);
    assert.equal(scaleWidth(scale), 30 * 36);
    assert.equal(minutesAt(scale, 72), t('2026-03-04'));
  });

  it('mirrors for right-to-left', () => {
    assert.equal(mirrorX(10, 100), 90);
    assert.equal(mirrorX(10, 100, 30), 60);
  });

  it('snaps to the level unit', () => {
    assert.equal(snapMinutes('day', t('2026-03-02T11:59')), t('2026-03-02'));
    assert.equal(snapMinutes('day', t('2026-03-02T12:01')), t('2026-03-03'));
    assert.equal(snapMinutes('hour', t('2026-03-02T10:07')), t('2026-03-02T10:00'));
    assert.equal(snapMinutes('hour', t('2026-03-02T10:08')), t('2026-03-02T10:15'));
    // Quarter zoom snaps to weeks: Thu 5 Mar is nearer Mon 2 Mar than Mon 9 Mar (weeks from Monday).
    assert.equal(snapMinutes('quarter', t('2026-03-05')), t('2026-03-02'));
    assert.equal(snapMinutes('quarter', t('2026-03-06')), t('2026-03-09'));
    // Weeks from Sunday: Sun 1 Mar and Sun 8 Mar.
    assert.equal(snapMinutes('quarter', t('2026-03-04'), 0), t('2026-03-01'));
    // Year zoom snaps to months.
    assert.equal(snapMinutes('year', t('2026-03-20')), t('2026-04-01'));
    assert.equal(snapMinutes('year', t('2026-03-10')), t('2026-03-01'));
  });

  it('steps one snap unit from the snapped position', () => {
    assert.equal(stepSnap('day', t('2026-03-02T03:00'), 1), t('2026-03-03'));
    assert.equal(stepSnap('week', t('2026-03-02'), -1), t('2026-03-01'));
    assert.equal(stepSnap('year', t('2026-01-31'), 1), t('2026-03-01'));
  });
});

describe('header cells', () => {
  it('covers the range with whole months (variable lengths)', () => {
    const cells = headerCells(unitInterval('month'), t('2026-01-15'), t('2026-03-02'));
    assert.deepEqual(
      cells.map((c) => [formatWallTime(c.start), formatWallTime(c.end)]),
      [
        ['2026-01-01', '2026-02-01'],
        ['2026-02-01', '2026-03-01'],
        ['2026-03-01', '2026-04-01'],
      ],
    );
  });

  it('starts weeks on the locale first day', () => {
    const monday = headerCells(unitInterval('week', 1, 1), t('2026-03-04'), t('2026-03-05'));
    assert.deepEqual(monday, [{ start: t('2026-03-02'), end: t('2026-03-09') }]);
    const saturday = headerCells(unitInterval('week', 1, 6), t('2026-03-04'), t('2026-03-05'));
    assert.deepEqual(saturday, [{ start: t('2026-02-28'), end: t('2026-03-07') }]);
  });

  it('makes quarters and decades aligned to their epochs', () => {
    const q = headerCells(unitInterval('quarter'), t('2026-05-10'), t('2026-07-02'));
    assert.deepEqual(q, [
      { start: t('2026-04-01'), end: t('2026-07-01') },
      { start: t('2026-07-01'), end: t('2026-10-01') },
    ]);
    const decade = headerCells(unitInterval('year', 10), t('2026-05-10'), t('2026-05-11'));
    assert.deepEqual(decade, [{ start: t('2020-01-01'), end: t('2030-01-01') }]);
  });

  it('stops at the limit and returns nothing for an empty range', () => {
    assert.equal(headerCells(unitInterval('hour'), 0, 1e9, 50).length, 50);
    assert.deepEqual(headerCells(unitInterval('day'), t('2026-03-02'), t('2026-03-02')), []);
  });

  it('labels cells in UTC whatever the process zone', () => {
    assert.equal(formatTick(ZOOM_LEVELS.day.header[1].format, t('2026-03-02'), 'en-GB'), '2');
    assert.equal(formatTick(ZOOM_LEVELS.day.header[0].format, t('2026-03-01'), 'en-GB'), 'March 2026');
    assert.equal(formatTick(ZOOM_LEVELS.hour.header[1].format, t('2026-03-02T23:00'), 'en-GB'), '23:00');
    assert.equal(formatTick(ZOOM_LEVELS.quarter.header[1].format, t('2026-07-01'), 'en'), 'Q3');
    assert.equal(formatTick(ZOOM_LEVELS.year.header[0].format, t('2020-01-01'), 'en'), '2020–');
  });
});
