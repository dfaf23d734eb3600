import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RoadlineError } from '../../src/model/errors.js';
import type { Dependency, ProjectData, ScheduledTask, Task } from '../../src/model/types.js';
import { schedule } from '../../src/schedule/schedule.js';
import { STANDARD_CALENDAR_DATA } from '../../src/time/calendar.js';

/** A project on the standard calendar (Mon–Fri 08–12, 13–17) starting Monday 2 March 2026. */
function plan(tasks: Task[], dependencies: Dependency[] = [], extra: Partial<ProjectData> = {}): ProjectData {
  return {
    id: 'p',
    name: 'P',
    start: '2026-03-02',
    calendar: STANDARD_CALENDAR_DATA,
    tasks,
    dependencies,
    ...extra,
  };
}
function t(id: string, duration: number, more: Partial<Task> = {}): Task {
  return { id, name: id, duration, ...more };
}
function link(
  from: string,
  to: string,
  type: Dependency['type'] = 'FS',
  lag = 0,
  lagUnit: Dependency['lagUnit'] = 'day',
): Dependency {
  return { id: `${from}-${to}`, from, to, type, lag, lagUnit };
}
function get(data: ProjectData, id: string): ScheduledTask {
  const found = schedule(data).tasks.get(id);
  assert.ok(found, `task ${id} is scheduled`);
  return found;
}
function dates(data: ProjectData, id: string): [string, string] {
  const s = get(data, id);
  return [s.start, s.end];
}

describe('links', () => {
  it('FS with no lag starts the next working morning', () => {
    assert.deepEqual(dates(plan([t('A', 1), t('B', 1)], [link('A', 'B')]), 'B'), [
      '2026-03-03T08:00',
      '2026-03-03T17:00',
    ]);
  });
  it('FS with a positive and a negative lag', () => {
    assert.deepEqual(dates(plan([t('A', 1), t('B', 1)], [link('A', 'B', 'FS', 1)]), 'B'), [
      '2026-03-04T08:00',
      '2026-03-04T17:00',
    ]);
    // A ends Tue 17:00; a 4 h lead starts B Tue 13:00.
    assert.deepEqual(dates(plan([t('A', 2), t('B', 1)], [link('A', 'B', 'FS', -4, 'hour')]), 'B'), [
      '2026-03-03T13:00',
      '2026-03-04T12:00',
    ]);
  });
  it('SS with a lag in hours, and with a lead', () => {
    assert.deepEqual(dates(plan([t('A', 2), t('B', 1)], [link('A', 'B', 'SS', 2, 'hour')]), 'B'), [
      '2026-03-02T10:00',
      '2026-03-03T10:00',
    ]);
    const data = plan(
      [t('A', 1, { constraint: { type: 'SNET', date: '2026-03-04' } }), t('B', 1)],
      [link('A', 'B', 'SS', -1)],
    );
    assert.deepEqual(dates(data, 'B'), ['2026-03-03T08:00', '2026-03-03T17:00']);
  });
  it('FF aligns finishes; FF never starts a task before the project start', () => {
    assert.deepEqual(dates(plan([t('A', 2), t('B', 1)], [link('A', 'B', 'FF')]), 'B'), [
      '2026-03-03T08:00',
      '2026-03-03T17:00',
    ]);
    assert.deepEqual(dates(plan([t('A', 1), t('B', 3)], [link('A', 'B', 'FF')]), 'B'), [
      '2026-03-02T08:00',
      '2026-03-04T17:00',
    ]);
    assert.deepEqual(dates(plan([t('A', 2), t('B', 1)], [link('A', 'B', 'FF', 1)]), 'B'), [
      '2026-03-04T08:00',
      '2026-03-04T17:00',
    ]);
  });
  it('SF finishes the successor by the predecessor start', () => {
    const data = plan(
      [t('A', 1, { constraint: { type: 'SNET', date: '2026-03-04' } }), t('B', 1)],
      [link('A', 'B', 'SF')],
    );
    assert.deepEqual(dates(data, 'B'), ['2026-03-03T08:00', '2026-03-03T17:00']);
    const lagged = plan(
      [t('A', 1, { constraint: { type: 'SNET', date: '2026-03-04' } }), t('B', 1)],
      [link('A', 'B', 'SF', 1)],
    );
    assert.deepEqual(dates(lagged, 'B'), ['2026-03-04T08:00', '2026-03-04T17:00']);
  });
  it('lags cross weekends, holidays, and count weeks on the successor calendar', () => {
    const fri = plan([t('A', 1, { start: '2026-03-06' }), t('B', 1)], [link('A', 'B', 'FS', 1)], {
      start: '2026-03-06',
    });
    assert.deepEqual(dates(fri, 'B'), ['2026-03-10T08:00', '2026-03-10T17:00']);
    const holiday = plan([t('A', 1), t('B', 1)], [link('A', 'B', 'FS', 4)], {
      calendar: { ...STANDARD_CALENDAR_DATA, holidays: ['2026-03-05'] },
    });
    // A ends Mon 17:00; 4 working days (Tue, Wed, Fri, Mon) later is Mon 9 17:00.
    assert.deepEqual(dates(holiday, 'B'), ['2026-03-10T08:00', '2026-03-10T17:00']);
    const week = plan([t('A', 1), t('B', 1)], [link('A', 'B', 'FS', 1, 'week')]);
    assert.deepEqual(dates(week, 'B'), ['2026-03-10T08:00', '2026-03-10T17:00']);
    const minutes = plan([t('A', 1), t('B', 1)], [link('A', 'B', 'FS', 30, 'minute')]);
    assert.deepEqual(dates(minutes, 'B'), ['2026-03-03T08:30', '2026-03-04T08:30']);
  });
  it('lag uses the successor calendar', () => {
    const night = {
      id: 'night',
      workingDays: [1, 2, 3, 4, 5],
      workingHours: [['20:00', '24:00']] as [string, string][],
    };
    const data = plan(
      [t('A', 1), t('B', 4, { calendarId: 'night', durationUnit: 'hour' })],
      [link('A', 'B', 'FS', 1, 'hour')],
      {
        calendars: [night],
      },
    );
    // A ends Mon 17:00; one night hour later is Mon 21:00.
    assert.deepEqual(dates(data, 'B'), ['2026-03-02T21:00', '2026-03-03T21:00']);
  });
  it('several predecessors: the latest wins', () => {
    const data = plan(
      [t('A', 1), t('B', 3), t('C', 2), t('D', 1)],
      [link('A', 'D'), link('B', 'D'), link('C', 'D', 'SS', 1)],
    );
    assert.deepEqual(dates(data, 'D'), ['2026-03-05T08:00', '2026-03-05T17:00']);
  });
  it('a task without links keeps its start; without one it starts with the project', () => {
    const data = plan([t('A', 1, { start: '2026-03-04T10:00' }), t('B', 1)]);
    assert.deepEqual(dates(data, 'A'), ['2026-03-04T10:00', '2026-03-05T10:00']);
    assert.deepEqual(dates(data, 'B'), ['2026-03-02T08:00', '2026-03-02T17:00']);
    // A start on a weekend moves to the next working instant.
    assert.deepEqual(dates(plan([t('A', 1, { start: '2026-03-07' })]), 'A'), [
      '2026-03-09T08:00',
      '2026-03-09T17:00',
    ]);
  });
});

describe('milestones', () => {
  it('a milestone after a one-day Monday task sits at Mon 17:00', () => {
    const data = plan([t('A', 1), { id: 'M', name: 'M', type: 'milestone' }], [link('A', 'M')]);
    assert.deepEqual(dates(data, 'M'), ['2026-03-02T17:00', '2026-03-02T17:00']);
  });
  it('a milestone driven by a start sits on it; a free one at the project start', () => {
    const data = plan(
      [t('A', 1, { start: '2026-03-03' }), { id: 'M', name: 'M', type: 'milestone' }],
      [link('A', 'M', 'SS')],
    );
    assert.deepEqual(dates(data, 'M'), ['2026-03-03T08:00', '2026-03-03T08:00']);
    assert.deepEqual(dates(plan([{ id: 'M', name: 'M', type: 'milestone' }]), 'M'), [
      '2026-03-02T08:00',
      '2026-03-02T08:00',
    ]);
  });
});

describe('constraints', () => {
  const later = (c: Task['constraint']): ProjectData =>
    plan([t('A', 2), t('B', 1, { constraint: c })], [link('A', 'B')]);
  it('SNET and FNET push later, never earlier', () => {
    assert.deepEqual(dates(later({ type: 'SNET', date: '2026-03-05' }), 'B'), [
      '2026-03-05T08:00',
      '2026-03-05T17:00',
    ]);
    assert.deepEqual(dates(later({ type: 'SNET', date: '2026-03-02' }), 'B'), [
      '2026-03-04T08:00',
      '2026-03-04T17:00',
    ]);
    // FNET 6 Mar 00:00 = finish no earlier than Thu 17:00 in working time.
    assert.deepEqual(dates(later({ type: 'FNET', date: '2026-03-06' }), 'B'), [
      '2026-03-05T08:00',
      '2026-03-05T17:00',
    ]);
  });
  it('SNLT and FNLT hold when links allow', () => {
    const r = schedule(later({ type: 'SNLT', date: '2026-03-06' }));
    assert.equal(r.tasks.get('B')?.start, '2026-03-04T08:00');
    assert.equal(r.tasks.get('B')?.lateStart, '2026-03-04T08:00');
    assert.deepEqual(r.conflicts, []);
  });
  it('SNLT against a link: the constraint wins, a conflict is listed and slack turns negative', () => {
    const r = schedule(later({ type: 'SNLT', date: '2026-03-03' }));
    assert.equal(r.tasks.get('B')?.start, '2026-03-03T08:00');
    assert.equal(r.tasks.get('B')?.earlyStart, '2026-03-04T08:00');
    assert.deepEqual(
      r.conflicts.map((c) => [c.taskId, c.kind, c.dependencyId]),
      [['B', 'constraint-vs-link', 'A-B']],
    );
    assert.equal(r.tasks.get('A')?.totalSlack, -480);
    assert.equal(r.tasks.get('B')?.totalSlack, -480);
    assert.equal(r.tasks.get('A')?.critical, true);
  });
  it('FNLT against a link', () => {
    // FNLT 4 Mar 00:00: B must end by Tue 17:00 but A ends Tue 17:00.
    const r = schedule(later({ type: 'FNLT', date: '2026-03-04' }));
    assert.deepEqual(
      [r.tasks.get('B')?.start, r.tasks.get('B')?.end],
      ['2026-03-03T08:00', '2026-03-03T17:00'],
    );
    assert.equal(r.conflicts.length, 1);
    assert.equal(r.tasks.get('A')?.totalSlack, -480);
  });
  it('MSO and MFO pin the task, earlier or later than the links', () => {
    assert.deepEqual(dates(later({ type: 'MSO', date: '2026-03-06T08:00' }), 'B'), [
      '2026-03-06T08:00',
      '2026-03-06T17:00',
    ]);
    const early = schedule(later({ type: 'MSO', date: '2026-03-03T08:00' }));
    assert.equal(early.tasks.get('B')?.start, '2026-03-03T08:00');
    assert.equal(early.conflicts[0]?.kind, 'constraint-vs-link');
    assert.deepEqual(dates(later({ type: 'MFO', date: '2026-03-09' }), 'B'), [
      '2026-03-06T08:00',
      '2026-03-06T17:00',
    ]);
    // MSO tasks have no slack of their own.
    assert.equal(get(later({ type: 'MSO', date: '2026-03-06T08:00' }), 'B').totalSlack, 0);
  });
  it('a hard constraint before the project start is a project-start conflict', () => {
    const r = schedule(plan([t('A', 1, { constraint: { type: 'MSO', date: '2026-02-27T08:00' } })]));
    assert.equal(r.tasks.get('A')?.start, '2026-02-27T08:00');
    assert.deepEqual(
      r.conflicts.map((c) => c.kind),
      ['constraint-vs-project-start'],
    );
  });
  it('ALAP: as late as successors and the project finish allow', () => {
    const data = plan(
      [
        t('A', 1, { constraint: { type: 'ALAP' } }),
        t('B', 3),
        t('C', 1),
        t('D', 1, { constraint: { type: 'ALAP' } }),
      ],
      [link('A', 'C'), link('B', 'C')],
    );
    const r = schedule(data);
    assert.deepEqual(
      [r.tasks.get('A')?.start, r.tasks.get('A')?.end],
      ['2026-03-04T08:00', '2026-03-04T17:00'],
    );
    assert.equal(r.tasks.get('A')?.earlyStart, '2026-03-02T08:00');
    assert.equal(r.tasks.get('A')?.totalSlack, 960);
    // No successor: it ends with the project (Thu 17:00).
    assert.deepEqual(
      [r.tasks.get('D')?.start, r.tasks.get('D')?.end],
      ['2026-03-05T08:00', '2026-03-05T17:00'],
    );
    assert.deepEqual([r.tasks.get('C')?.start], ['2026-03-05T08:00']);
  });
});

describe('slack and the critical path', () => {
  it('total and free slack in working minutes, critical tasks in order', () => {
    const data = plan(
      [t('A', 1), t('B', 3), t('C', 1), t('E', 1)],
      [link('A', 'C'), link('B', 'C'), link('A', 'E')],
    );
    const r = schedule(data);
    assert.equal(r.tasks.get('A')?.totalSlack, 960);
    assert.equal(r.tasks.get('A')?.freeSlack, 0);
    assert.equal(r.tasks.get('E')?.totalSlack, 960);
    assert.equal(r.tasks.get('E')?.freeSlack, 960);
    assert.equal(r.tasks.get('B')?.totalSlack, 0);
    assert.deepEqual(r.criticalPath, ['B', 'C']);
    assert.equal(r.start, '2026-03-02T08:00');
    assert.equal(r.end, '2026-03-05T17:00');
    assert.equal(r.tasks.get('E')?.lateStart, '2026-03-05T08:00');
  });
});

describe('summaries', () => {
  const data = plan(
    [
      t('P', 1),
      { id: 'S', name: 'S' },
      t('X', 1, { parentId: 'S' }),
      t('Y', 2, { parentId: 'S', progress: 50 }),
      { id: 'S2', name: 'S2', parentId: 'S' },
      t('Z', 1, { parentId: 'S2' }),
      t('Q', 1),
    ],
    [link('P', 'S'), link('S', 'Q')],
  );
  it('links to a summary apply to its leaves, links from it follow its span', () => {
    const r = schedule(data);
    assert.equal(r.tasks.get('X')?.start, '2026-03-03T08:00');
    assert.equal(r.tasks.get('Z')?.start, '2026-03-03T08:00');
    assert.deepEqual(
      [r.tasks.get('S')?.start, r.tasks.get('S')?.end],
      ['2026-03-03T08:00', '2026-03-04T17:00'],
    );
    assert.deepEqual(
      [r.tasks.get('S2')?.start, r.tasks.get('S2')?.end],
      ['2026-03-03T08:00', '2026-03-03T17:00'],
    );
    assert.equal(r.tasks.get('Q')?.start, '2026-03-05T08:00');
    assert.equal(r.tasks.get('X')?.totalSlack, 480);
    assert.equal(r.tasks.get('S')?.critical, true);
    assert.deepEqual(r.criticalPath, ['P', 'Y', 'Q']);
  });
  it('a link from a summary to its own child is a cycle', () => {
    assert.throws(
      () => schedule(plan([{ id: 'S', name: 'S' }, t('X', 1, { parentId: 'S' })], [link('S', 'X')])),
      (e: unknown) => e instanceof RoadlineError && e.code === 'CYCLE',
    );
  });
});

describe('manual tasks', () => {
  it('never move, and still drive their successors', () => {
    const data = plan(
      [t('A', 3), t('M', 1, { manual: true, start: '2026-03-03', end: '2026-03-04T12:00' }), t('B', 1)],
      [link('A', 'M'), link('M', 'B')],
    );
    const r = schedule(data);
    assert.deepEqual([r.tasks.get('M')?.start, r.tasks.get('M')?.end], ['2026-03-03', '2026-03-04T12:00']);
    assert.equal(r.tasks.get('B')?.start, '2026-03-04T13:00');
  });
});

describe('cycles and bad data', () => {
  it('names the tasks of a cycle and changes nothing', () => {
    const data = plan([t('A', 1), t('B', 1), t('C', 1)], [link('A', 'B'), link('B', 'C'), link('C', 'A')]);
    const copy = structuredClone(data);
    assert.throws(
      () => schedule(data),
      (e: unknown) =>
        e instanceof RoadlineError &&
        e.code === 'CYCLE' &&
        /"A"/.test(e.message) &&
        JSON.stringify([...(e.details as { tasks: string[] }).tasks].sort()) === '["A","B","C"]',
    );
    assert.deepEqual(data, copy);
  });
  it('a self link and a parent loop are cycles', () => {
    assert.throws(() => schedule(plan([t('A', 1)], [link('A', 'A')])), /own predecessor/);
    assert.throws(
      () => schedule(plan([t('A', 1, { parentId: 'B' }), t('B', 1, { parentId: 'A' })])),
      (e: unknown) => e instanceof RoadlineError && e.code === 'CYCLE',
    );
  });
  it('a cycle a million tasks long does not overflow the stack', () => {
    const n = 1_000_000;
    const tasks: Task[] = [];
    const deps: Dependency[] = [];
    for (let i = 0; i < n; i++) {
      tasks.push({ id: `t${i}`, name: '', duration: 1 });
      deps.push({ id: `d${i}`, from: `t${i}`, to: `t${(i + 1) % n}` });
    }
    assert.throws(
      () => schedule({ id: 'p', name: 'p', start: '2026-03-02', tasks, dependencies: deps }),
      (e: unknown) =>
        e instanceof RoadlineError &&
        e.code === 'CYCLE' &&
        (e.details as { tasks: string[] }).tasks.length === n,
    );
  });
  it('rejects unknown references, duplicate ids and bad values', () => {
    const codes = (data: ProjectData): string => {
      try {
        schedule(data);
        return 'none';
      } catch (e) {
        return e instanceof RoadlineError ? e.code : 'other';
      }
    };
    assert.equal(codes(plan([t('A', 1)], [link('A', 'Z')])), 'INVALID_DATA');
    assert.equal(codes(plan([t('A', 1), t('A', 2)])), 'DUPLICATE_ID');
    assert.equal(codes(plan([t('A', -1)])), 'INVALID_DATA');
    assert.equal(codes(plan([t('A', 1, { start: '2026-02-30' })])), 'INVALID_DATA');
    assert.equal(codes(plan([t('A', 1, { constraint: { type: 'SNET' } })])), 'INVALID_DATA');
    assert.equal(codes(plan([t('A', 1, { calendarId: '__proto__' })])), 'INVALID_DATA');
    assert.equal(codes(plan([t('__proto__', 1, { name: '<script>' })])), 'none');
  });
  it('an empty project', () => {
    const r = schedule({ id: 'p', name: 'p', tasks: [] });
    assert.equal(r.tasks.size, 0);
    assert.equal(r.start, '1970-01-01');
    assert.deepEqual(r.criticalPath, []);
  });
});

describe('time zones and daylight saving', () => {
  // DST changes: US 8 Mar, EU 29 Mar, Sydney 5 Apr and 4 Oct, Brazil (no DST since 2019),
  // US 1 Nov, EU 25 Oct 2026. Nothing in the engine may shift across them.
  const starts = ['2026-03-06', '2026-03-27', '2026-04-03', '2026-10-02', '2026-10-23', '2026-10-30'];
  for (const start of starts) {
    it(`a default-calendar chain over ${start} keeps whole days`, () => {
      const r = schedule({
        id: 'p',
        name: 'p',
        start,
        tasks: [t('A', 1), t('B', 2), t('C', 1, { durationUnit: 'hour' })],
        dependencies: [link('A', 'B'), link('B', 'C')],
      });
      const a = r.tasks.get('A');
      const b = r.tasks.get('B');
      const c = r.tasks.get('C');
      // Friday start: A is Friday, B Monday–Tuesday, C the first hour of Wednesday.
      assert.deepEqual([a?.start, a?.end], [start, addDays(start, 1)]);
      assert.deepEqual([b?.start, b?.end], [addDays(start, 3), addDays(start, 5)]);
      assert.deepEqual([c?.start, c?.end], [addDays(start, 5), `${addDays(start, 5)}T01:00`]);
    });
  }
});

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
