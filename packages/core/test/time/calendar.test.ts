import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RoadlineError } from '../../src/model/errors.js';
import { defaultCalendar, standardCalendar, WorkCalendar } from '../../src/time/calendar.js';
import { formatWallTime as fmt, toWallMinutes as at } from '../../src/time/wall-time.js';

const std = standardCalendar();
const def = defaultCalendar();

describe('WorkCalendar presets', () => {
  it('default: Mon–Fri whole days, 24 h a day, 5 days a week', () => {
    assert.equal(def.minutesPer('day'), 1440);
    assert.equal(def.minutesPer('week'), 7200);
    assert.equal(def.minutesPer('hour'), 60);
    assert.equal(def.minutesPer('minute'), 1);
    // One day on Monday 2 March 2026 ends (exclusively) on Tuesday.
    assert.equal(fmt(def.add(at('2026-03-02'), 1440)), '2026-03-03');
    // Friday + 1 day ends at Saturday 00:00 (the end of Friday), not Monday.
    assert.equal(fmt(def.add(at('2026-03-06'), 1440)), '2026-03-07');
    assert.equal(fmt(def.add(at('2026-03-06'), 1441)), '2026-03-09T00:01');
    assert.equal(fmt(def.nextWorking(at('2026-03-07T10:00'))), '2026-03-09');
    assert.equal(fmt(def.prevWorkingEnd(at('2026-03-08T10:00'))), '2026-03-07');
    assert.equal(def.isWorking(at('2026-03-07')), false);
    assert.equal(def.isWorking(at('2026-03-06T23:59')), true);
  });

  it('standard: Mon–Fri 08–12, 13–17, 8 h a day', () => {
    assert.equal(std.minutesPer('day'), 480);
    assert.equal(std.minutesPer('week'), 2400);
    assert.equal(fmt(std.add(at('2026-03-02T08:00'), 480)), '2026-03-02T17:00');
    assert.equal(fmt(std.add(at('2026-03-02T08:00'), 240)), '2026-03-02T12:00');
    assert.equal(fmt(std.add(at('2026-03-02T08:00'), 241)), '2026-03-02T13:01');
    // Friday afternoon plus 1 h crosses the weekend.
    assert.equal(fmt(std.add(at('2026-03-06T16:00'), 120)), '2026-03-09T09:00');
    // Subtracting gives a start: the latest instant with that much work ahead.
    assert.equal(fmt(std.add(at('2026-03-03T08:00'), -480)), '2026-03-02T08:00');
    assert.equal(fmt(std.add(at('2026-03-03T08:00'), -240)), '2026-03-02T13:00');
    assert.equal(fmt(std.add(at('2026-03-09T08:00'), -60)), '2026-03-06T16:00');
    assert.equal(std.add(at('2026-03-07'), 0), at('2026-03-07'));
  });

  it('next working instant and previous working end', () => {
    assert.equal(fmt(std.nextWorking(at('2026-03-02T12:00'))), '2026-03-02T13:00');
    assert.equal(fmt(std.nextWorking(at('2026-03-02T12:30'))), '2026-03-02T13:00');
    assert.equal(fmt(std.nextWorking(at('2026-03-02T09:15'))), '2026-03-02T09:15');
    assert.equal(fmt(std.nextWorking(at('2026-03-06T17:00'))), '2026-03-09T08:00');
    assert.equal(fmt(std.prevWorkingEnd(at('2026-03-09T08:00'))), '2026-03-06T17:00');
    assert.equal(fmt(std.prevWorkingEnd(at('2026-03-02T12:40'))), '2026-03-02T12:00');
    assert.equal(fmt(std.prevWorkingEnd(at('2026-03-02T12:00'))), '2026-03-02T12:00');
    assert.equal(fmt(std.prevWorkingEnd(at('2026-03-02T10:00'))), '2026-03-02T10:00');
  });

  it('between counts working minutes, negative backwards', () => {
    assert.equal(std.between(at('2026-03-02'), at('2026-03-09')), 2400);
    assert.equal(std.between(at('2026-03-09'), at('2026-03-02')), -2400);
    assert.equal(std.between(at('2026-03-02T11:00'), at('2026-03-02T14:00')), 120);
    assert.equal(def.between(at('2026-03-06T12:00'), at('2026-03-09T12:00')), 1440);
  });
});

describe('WorkCalendar exceptions', () => {
  it('holidays and ranges are non-working', () => {
    const cal = WorkCalendar.from({
      workingHours: [
        ['08:00', '12:00'],
        ['13:00', '17:00'],
      ],
      holidays: ['2026-03-03'],
      exceptions: [{ start: '2026-03-10', end: '2026-03-12', name: 'offsite' }],
    });
    assert.equal(fmt(cal.add(at('2026-03-02T08:00'), 960)), '2026-03-04T17:00');
    assert.equal(cal.between(at('2026-03-09'), at('2026-03-16')), 3 * 480);
    assert.equal(fmt(cal.nextWorking(at('2026-03-10T09:00'))), '2026-03-12T08:00');
  });

  it('working exceptions on a weekend, with their own hours', () => {
    const cal = WorkCalendar.from({
      exceptions: [{ start: '2026-03-07', working: true, workingHours: [['09:00', '11:00']] }],
    });
    assert.equal(cal.between(at('2026-03-07'), at('2026-03-08')), 120);
    assert.equal(fmt(cal.add(at('2026-03-06T23:00'), 90)), '2026-03-07T09:30');
    assert.equal(cal.isWorking(at('2026-03-08T10:00')), false);
  });

  it('recurring weekly, monthly and yearly exceptions, one-off days win', () => {
    const cal = WorkCalendar.from({
      exceptions: [
        { start: '2026-01-02', recurring: 'weekly', name: 'no Fridays' },
        { start: '2026-01-15', recurring: 'monthly' },
        { start: '2025-12-25', end: '2025-12-27', recurring: 'yearly' },
        { start: '2026-03-13', working: true },
      ],
    });
    assert.equal(cal.isWorking(at('2026-03-06T10:00')), false);
    assert.equal(cal.isWorking(at('2026-03-13T10:00')), true);
    assert.equal(cal.isWorking(at('2026-04-15T10:00')), false);
    assert.equal(cal.isWorking(at('2026-04-14T10:00')), true);
    assert.equal(cal.isWorking(at('2030-12-25T10:00')), false);
    assert.equal(cal.isWorking(at('2030-12-26T10:00')), false);
    assert.equal(cal.isWorking(at('2030-12-24T10:00')), true);
    // Before the rule starts it does not apply.
    assert.equal(cal.isWorking(at('2025-12-26T10:00')), false);
    assert.equal(cal.isWorking(at('2024-12-25T10:00')), true);
    assert.equal(cal.isWorking(at('2025-12-19T10:00')), true);
  });

  it('monthly on the 31st skips short months', () => {
    const cal = WorkCalendar.from({
      workingDays: [0, 1, 2, 3, 4, 5, 6],
      exceptions: [{ start: '2026-01-31', recurring: 'monthly' }],
    });
    assert.equal(cal.isWorking(at('2026-03-31')), false);
    assert.equal(cal.isWorking(at('2026-03-01')), true);
    assert.equal(cal.isWorking(at('2026-04-30')), true);
  });

  it('hoursPerDay and daysPerWeek override the conversion', () => {
    const cal = WorkCalendar.from({ workingHours: [['09:00', '17:00']], hoursPerDay: 7.5, daysPerWeek: 4 });
    assert.equal(cal.minutesPer('day'), 450);
    assert.equal(cal.minutesPer('week'), 1800);
    assert.equal(cal.toMinutes(1.5, 'day'), 675);
  });

  it('rejects bad data with INVALID_DATA naming the field', () => {
    const bad: [unknown, RegExp][] = [
      [{ workingDays: [] }, /no working time/],
      [{ workingDays: [7] }, /workingDays/],
      [{ workingHours: [['17:00', '08:00']] }, /from < to/],
      [{ workingHours: [['25:00', '26:00']] }, /Working hours/],
      [{ holidays: ['2026-02-30'] }, /Not a date/],
      [{ exceptions: [{ start: '2026-03-05', end: '2026-03-01' }] }, /end after/],
      [{ hoursPerDay: 0 }, /hoursPerDay/],
      [{ exceptions: [{ start: 'x', recurring: 'daily' }] }, /Not a date/],
      [{ exceptions: [{ start: '2026-03-01', recurring: 'daily' }] }, /recurring/],
    ];
    for (const [data, message] of bad) {
      assert.throws(
        () => WorkCalendar.from(data as never),
        (e: unknown) => e instanceof RoadlineError && e.code === 'INVALID_DATA' && message.test(e.message),
      );
    }
  });

  it('ignores __proto__ keys and hostile names', () => {
    const data = JSON.parse('{"__proto__": {"workingDays": []}, "name": "<img onerror=x>"}');
    const cal = WorkCalendar.from(data);
    assert.equal(cal.name, '<img onerror=x>');
    assert.equal(cal.minutesPer('day'), 1440);
  });
});

describe('WorkCalendar arithmetic properties', () => {
  const cal = WorkCalendar.from({
    workingDays: [1, 2, 3, 4, 6],
    workingHours: [
      ['07:30', '11:45'],
      ['12:15', '16:00'],
      ['22:00', '24:00'],
    ],
    holidays: ['2026-05-01', '2026-12-25'],
    exceptions: [
      { start: '2026-02-10', end: '2026-02-20' },
      { start: '2026-01-04', recurring: 'monthly' },
      { start: '2026-06-07', working: true, workingHours: [['10:00', '12:00']] },
    ],
  });
  const instant = fc.integer({ min: at('2025-06-01'), max: at('2028-06-01') });
  const amount = fc.integer({ min: -200_000, max: 200_000 });

  /** A brute-force count, minute by minute, to check the index against. */
  function slowBetween(a: number, b: number): number {
    let n = 0;
    for (let t = a; t < b; t++) if (cal.isWorking(t)) n++;
    return n;
  }

  it('add then between returns the amount', () => {
    fc.assert(
      fc.property(instant, amount, (t, m) => {
        const r = cal.add(t, m);
        assert.equal(cal.between(t, r), m);
        if (m > 0) assert.ok(r > t && cal.isWorking(r - 1), 'a finish ends on working time');
        if (m < 0) assert.ok(r < t && cal.isWorking(r), 'a start begins on working time');
      }),
    );
  });

  it('between matches a minute-by-minute count', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 5000 }), (a, d) => {
        assert.equal(cal.between(a, a + d), slowBetween(a, a + d));
      }),
      { numRuns: 200 },
    );
  });

  it('nextWorking is working and nothing between is; prevWorkingEnd likewise', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const n = cal.nextWorking(t);
        assert.ok(n >= t && cal.isWorking(n));
        assert.equal(cal.between(t, n), 0);
        const p = cal.prevWorkingEnd(t);
        assert.ok(p <= t && cal.isWorking(p - 1));
        assert.equal(cal.between(p, t), 0);
      }),
    );
  });

  it('grows its index in both directions without changing positions', () => {
    const fresh = WorkCalendar.from({ holidays: ['2026-03-03'] });
    const a = fresh.position(at('2026-03-02'));
    const far = fresh.add(at('2026-03-02'), 1440 * 5 * 52 * 40);
    const back = fresh.add(at('2026-03-02'), -1440 * 5 * 52 * 40);
    assert.equal(fresh.position(at('2026-03-02')), a);
    assert.equal(fresh.between(back, far), 1440 * 5 * 52 * 80);
    assert.throws(() => fresh.add(at('2026-03-02'), 1e12), RoadlineError);
  });
});

describe('WorkCalendar weekly arithmetic (no holidays or exceptions)', () => {
  const clock = (m: number): string =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  /** A week: some working days and one to three disjoint intervals of whole minutes. */
  const week = fc.record({
    days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    cuts: fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 2, maxLength: 6 }),
  });
  const instant = fc.integer({ min: at('1999-12-20'), max: at('2040-01-10') });
  const amount = fc.integer({ min: -200_000, max: 200_000 });

  /**
   * The same week twice: as given (weekly arithmetic), and with an exception that changes nothing
   * (one of its working days declared working with the usual hours), which takes the per-day index.
   */
  function pair(w: { days: number[]; cuts: number[] }): [WorkCalendar, WorkCalendar] {
    const cuts = [...w.cuts].sort((a, b) => a - b);
    const hours: [string, string][] = [];
    for (let k = 0; k + 1 < cuts.length; k += 2)
      hours.push([clock(cuts[k] as number), clock(cuts[k + 1] as number)]);
    const data = { workingDays: w.days, workingHours: hours };
    const same = `2026-03-0${1 + (w.days[0] as number)}`; // 2026-03-01 is a Sunday
    return [
      WorkCalendar.from(data),
      WorkCalendar.from({ ...data, exceptions: [{ start: same, working: true }] }),
    ];
  }

  /** A result, or the code of the RoadlineError thrown (a result outside years 0001–9999). */
  function outcome(f: () => number | boolean): number | boolean | string {
    try {
      return f();
    } catch (error) {
      if (error instanceof RoadlineError) return error.code;
      throw error;
    }
  }

  it('gives every result the per-day index gives', () => {
    fc.assert(
      fc.property(week, instant, instant, amount, (w, t, u, m) => {
        const [fast, slow] = pair(w);
        assert.equal(fast.between(t, u), slow.between(t, u));
        assert.equal(
          outcome(() => fast.add(t, m)),
          outcome(() => slow.add(t, m)),
        );
        assert.equal(fast.nextWorking(t), slow.nextWorking(t));
        assert.equal(fast.prevWorkingEnd(t), slow.prevWorkingEnd(t));
        assert.equal(fast.isWorking(t), slow.isWorking(t));
        const p = fast.position(t) + m;
        const q = slow.position(t) + m;
        assert.equal(
          outcome(() => fast.between(fast.instantAt(p), t)),
          outcome(() => slow.between(slow.instantAt(q), t)),
        );
        assert.equal(
          outcome(() => fast.startAt(p)),
          outcome(() => slow.startAt(q)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('lands on the sides of gaps that Project uses, across week boundaries', () => {
    // Tue–Thu 09:00–12:00 and 13:00–17:00: a week is 21 h.
    const cal = WorkCalendar.from({
      workingDays: [2, 3, 4],
      workingHours: [
        ['09:00', '12:00'],
        ['13:00', '17:00'],
      ],
    });
    const thu = at('2026-03-05T17:00');
    assert.equal(fmt(cal.prevWorkingEnd(at('2026-03-09T10:00'))), '2026-03-05T17:00');
    assert.equal(fmt(cal.nextWorking(thu)), '2026-03-10T09:00');
    assert.equal(fmt(cal.add(at('2026-03-03T09:00'), 21 * 60)), '2026-03-05T17:00');
    assert.equal(fmt(cal.add(at('2026-03-03T09:00'), 21 * 60 + 1)), '2026-03-10T09:01');
    assert.equal(fmt(cal.add(at('2026-03-10T09:00'), -21 * 60)), '2026-03-03T09:00');
    assert.equal(fmt(cal.add(at('2026-03-10T09:00'), -1)), '2026-03-05T16:59');
    assert.equal(fmt(cal.add(at('2026-03-04T12:00'), 1)), '2026-03-04T13:01');
    assert.equal(cal.between(at('2026-03-01'), at('2026-03-15')), 2 * 21 * 60);
    // Far in both directions, and out of range.
    assert.equal(fmt(cal.add(at('2026-03-03T09:00'), 21 * 60 * 52 * 100)), '2125-10-25T17:00');
    assert.equal(cal.between(at('1900-01-02'), at('1900-01-09')), 21 * 60);
    assert.throws(() => cal.add(at('2026-03-03'), 1e12), RoadlineError);
    assert.throws(() => cal.position(at('9999-12-31') + 2 * 1440), RoadlineError);
  });
});
