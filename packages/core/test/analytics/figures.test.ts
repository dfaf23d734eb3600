import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  analyze,
  blockedItems,
  bottlenecks,
  burndown,
  createFrame,
  keyFigures,
  lateItems,
  milestones,
  portfolio,
  progressBy,
  progressOf,
  projectSummary,
  sourceOfData,
  statusMix,
  workload,
} from '../../src/analytics/index.js';
import type { ProjectData } from '../../src/model/types.js';
import { createProject } from '../../src/store/project.js';
import { sample } from './fixture.js';

const TODAY = '2026-03-11';
const frameOf = (data: ProjectData, today = TODAY) => createFrame(sourceOfData(data), { today });
const near = (actual: number, expected: number, what = '') =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what} ${actual} ≠ ${expected}`);

describe('progress', () => {
  it('weighs effort and compares with the share of planned time elapsed', () => {
    const p = progressOf(frameOf(sample()));
    // (40·100 + 40·40) / 128; expected: a, c, d, e all elapsed, b 2 of 5 days: (40+16+8+24+16)/128
    near(p.percent, 43.75, 'percent');
    near(p.expected, 81.25, 'expected');
    assert.equal(p.leaves, 6);
    assert.equal(p.hours, 128);
  });

  it('splits by person (full weight each), group and top-level summary', () => {
    const frame = frameOf(sample());
    const people = progressBy(frame, 'person');
    assert.deepEqual(
      people.map((r) => [r.id, r.leaves, r.hours]),
      [
        ['ada', 3, 88],
        ['ben', 2, 56],
        ['', 2, 24],
      ],
    );
    near(people[0]?.percent ?? -1, (40 * 100 + 40 * 40) / 88);
    const groups = progressBy(frame, 'group');
    assert.deepEqual(
      groups.map((r) => [r.id, r.leaves, r.percent]),
      [
        ['g1', 2, 70],
        ['', 4, 0],
      ],
    );
    // One root summary: the split goes one level down, to its children.
    const projects = progressBy(frame, 'project');
    assert.deepEqual(
      projects.map((r) => r.id),
      ['a', 'b', 'c', 'd', 'e', 'm'],
    );
  });

  it('prefers baseline dates for the expected share', () => {
    const data = sample();
    data.baselines = [
      {
        id: 'b0',
        name: 'Plan',
        takenAt: '2026-02-27',
        tasks: { b: { start: '2026-03-02', end: '2026-03-07' } },
      },
    ];
    // b was planned for week 1, so it should be complete: expected (40+40+16+8+24)/128 = 100
    near(progressOf(frameOf(data)).expected, 100);
  });
});

describe('statusMix', () => {
  it('counts every defined status and the tasks without one', () => {
    const mix = statusMix(frameOf(sample()));
    assert.deepEqual(
      mix.slices.map((s) => [s.id, s.count, s.hours]),
      [
        ['todo', 1, 24],
        ['doing', 1, 40],
        ['done', 1, 40],
        ['blocked', 1, 16],
        ['', 2, 8],
      ],
    );
    assert.deepEqual(mix.byCategory, { todo: 3, active: 1, done: 1, blocked: 1 });
    assert.equal(mix.total, 6);
  });
});

describe('workload', () => {
  it('puts hours in ISO weeks, gives everyone on a shared task their units (100 % each), and flags over-allocation', () => {
    const w = workload(frameOf(sample()));
    assert.deepEqual(w.weeks, [
      { start: '2026-03-02', workingDays: 5 },
      { start: '2026-03-09', workingDays: 5 },
    ]);
    const [ada, ben] = w.people;
    // Ada: a 40 h + d 8 h in week 1; all of b (she and Ben are both on it at 100 %) in week 2
    assert.deepEqual(ada?.hours, [48, 40]);
    assert.deepEqual(ada?.available, [40, 40]);
    assert.deepEqual(ada?.over, [true, false]);
    assert.equal(ada?.overWeeks, 1);
    near(ada?.peak ?? 0, 1.2);
    assert.deepEqual(ben?.hours, [16, 40]);
    assert.equal(ben?.over, undefined);
    assert.equal(ben?.available, undefined);
    assert.equal(ben?.note?.code, 'NO_CAPACITY');
    assert.deepEqual(w.unassigned, [24, 0]);
  });

  it('counts working days of the project calendar and honours a window', () => {
    const data = sample();
    data.calendar = { holidays: ['2026-03-10'] };
    const w = workload(frameOf(data), { from: '2026-03-12', weeks: 1 });
    assert.deepEqual(w.weeks, [{ start: '2026-03-09', workingDays: 4 }]);
    // b now runs Mon 9 – Mon 16 (the holiday pushes it): Mon, Wed, Thu, Fri in week 2 = 4 days, 100 % each
    assert.deepEqual(w.people[0]?.hours, [32]);
    assert.deepEqual(w.people[0]?.available, [32]);
  });

  it('uses assignment units, resource calendars and max units', () => {
    const data = sample();
    data.calendars = [{ id: 'no-fridays', workingDays: [1, 2, 3, 4] }];
    const [ada, ben] = data.people ?? [];
    if (ada === undefined || ben === undefined) throw new Error('sample people');
    ben.maxUnits = 50;
    ben.calendarId = 'no-fridays';
    data.assignments = [{ taskId: 'b', personId: ada.id, units: 25 }];
    const w = workload(frameOf(data));
    // Ben's calendar (no Fridays) stretches b to Monday of week 3. Ada on b at 25 %: 10 h in
    // week 2, 2 h in week 3; Ben can give half of his 32 working hours a week
    assert.deepEqual(w.people[0]?.hours, [48, 10, 2]);
    assert.deepEqual(w.people[1]?.hours, [16, 32, 8]);
    assert.deepEqual(w.people[1]?.available, [16, 16, 16]);
    assert.deepEqual(w.people[1]?.over, [false, true, false]);
  });
});

describe('burndown', () => {
  it('plans from the live dates without a baseline, and records snapshots and today', () => {
    const b = burndown(frameOf(sample()), {
      snapshots: [
        { at: '2026-03-06', progress: { a: 100, c: 50 } },
        { at: '2026-03-04', progress: { a: 40 } },
        { at: '2026-03-20', progress: { b: 100 } },
      ],
    });
    assert.equal(b.interval, 'day');
    assert.equal(b.plannedFrom, 'plan');
    assert.equal(b.scope, 128);
    assert.deepEqual(b.planned[0], { at: '2026-03-02', remaining: 128, done: 0 });
    // Tue 3: a 4/5 left (32), c half (8), b, d, e whole
    assert.deepEqual(b.planned[1], { at: '2026-03-03', remaining: 112, done: 16 });
    assert.deepEqual(b.planned[5], { at: '2026-03-07', remaining: 40, done: 88 });
    assert.deepEqual(b.planned.at(-1), { at: '2026-03-14', remaining: 0, done: 128 });
    // Snapshots sort by time; c keeps 50 % until changed; a snapshot after today is ignored.
    assert.deepEqual(b.actual, [
      { at: '2026-03-04', remaining: 112, done: 16 },
      { at: '2026-03-06', remaining: 80, done: 48 },
      { at: '2026-03-11', remaining: 72, done: 56 },
    ]);
    // Forecast: b's 24 h left burn Wed–Fri; the overdue c, d, e keep their 48 h.
    assert.deepEqual(b.forecast.slice(0, 2), [
      { at: '2026-03-11', remaining: 72, done: 56 },
      { at: '2026-03-12', remaining: 64, done: 64 },
    ]);
    assert.deepEqual(b.forecast.at(-1), { at: '2026-03-14', remaining: 48, done: 80 });
  });

  it('rejects a snapshot without a date', () => {
    assert.throws(
      () => burndown(frameOf(sample()), { snapshots: [{ at: 'soon', progress: {} }] }),
      (e: unknown) => (e as { code?: string }).code === 'INVALID_ARGUMENT',
    );
  });
});

describe('milestones', () => {
  it('forecasts milestones and releases against their plan', () => {
    const rows = milestones(frameOf(sample()));
    assert.deepEqual(
      rows.map((r) => [r.kind, r.id, r.planned, r.forecast, r.variance, r.daysLeft, r.state]),
      [
        ['milestone', 'm', undefined, '2026-03-14', undefined, 3, 'on-track'],
        ['release', 'r1', '2026-03-13', '2026-03-14', 1, 3, 'late'],
      ],
    );
    assert.equal(rows[1]?.reasons[0]?.code, 'FORECAST_AFTER_PLAN');
  });

  it('marks a milestone at risk when a predecessor is blocked', () => {
    const data = sample();
    data.dependencies?.push({ id: 'l4', from: 'c', to: 'm' });
    const m = milestones(frameOf(data)).find((r) => r.id === 'm');
    assert.equal(m?.state, 'at-risk');
    assert.deepEqual(
      m?.reasons.map((r) => r.code),
      ['WAITS_ON_BLOCKED'],
    );
  });
});

describe('late and blocked items', () => {
  it('lists overdue work first, by working days late', () => {
    const late = lateItems(frameOf(sample()));
    // c ended Wed 4 (5 working days ago), e Sat 7 (Mon, Tue: 2), d Fri 6 (Fri, Mon, Tue: 3)
    assert.deepEqual(
      late.items.map((i) => [i.id, i.kind, i.daysLate]),
      [
        ['c', 'overdue', 5],
        ['d', 'overdue', 3],
        ['e', 'overdue', 2],
      ],
    );
    assert.deepEqual(late.counts, { overdue: 3, slipped: 0, behind: 0 });
    assert.match(late.items[0]?.reasons[0]?.message ?? '', /2026-03-04, 5 working days ago/);
  });

  it('flags slipped and behind tasks', () => {
    const data = sample();
    data.baselines = [
      {
        id: 'b0',
        name: 'Plan',
        takenAt: '2026-02-27',
        tasks: { b: { start: '2026-03-02', end: '2026-03-07' } },
      },
    ];
    const frame = createFrame(sourceOfData(data), { today: '2026-03-12' });
    const b = lateItems(frame, { limit: 10 }).items.find((i) => i.id === 'b');
    assert.equal(b?.kind, 'slipped');
    assert.equal(b?.daysLate, 5);
    // by its baseline b should be done: 40 % trails 100 % by 60 points
    assert.deepEqual(
      b?.reasons.map((r) => r.code),
      ['SLIPPED', 'BEHIND'],
    );
    assert.equal(lateItems(frame, { limit: 1 }).items.length, 1);
  });

  it('lists blocked tasks with the unfinished work they wait for', () => {
    const data = sample();
    data.dependencies?.push({ id: 'l5', from: 'd', to: 'c' }, { id: 'l6', from: 'a', to: 'c' });
    assert.deepEqual(blockedItems(frameOf(data)), [
      { id: 'c', name: 'C', status: 'Blocked', progress: 0, assignees: ['ben'], waitingFor: ['d'] },
    ]);
  });
});

describe('bottlenecks', () => {
  it('ranks by slack, then by the work downstream, through summaries', () => {
    const rows = bottlenecks(frameOf(sample()));
    assert.deepEqual(
      rows.map((r) => [r.id, r.slack, r.critical, r.downstreamTasks, r.downstreamHours]),
      [
        ['b', 0, true, 1, 0],
        ['c', 5, false, 1, 24],
      ],
    );
  });

  it('follows a link from a summary to all its leaves, counting each task once', () => {
    const data: ProjectData = {
      id: 'x',
      name: 'X',
      start: '2026-03-02',
      tasks: [
        { id: 'first', name: 'First', duration: 1 },
        { id: 'g', name: 'Group' },
        { id: 'g1', name: 'G1', parentId: 'g', duration: 2 },
        { id: 'g2', name: 'G2', parentId: 'g', duration: 3 },
        { id: 'last', name: 'Last', duration: 1 },
      ],
      dependencies: [
        { id: 'k1', from: 'first', to: 'g' },
        { id: 'k2', from: 'g', to: 'last' },
        { id: 'k3', from: 'g1', to: 'last' },
      ],
    };
    const [top] = bottlenecks(frameOf(data));
    // first → g1, g2 (through g) → last: 3 tasks, 16 + 24 + 8 hours
    assert.deepEqual([top?.id, top?.downstreamTasks, top?.downstreamHours], ['first', 3, 48]);
  });
});

describe('health and portfolio', () => {
  it('is at risk when behind and with overdue tasks, saying why', () => {
    const s = projectSummary(frameOf(sample()));
    assert.equal(s.health.verdict, 'at-risk');
    assert.deepEqual(
      s.health.reasons.map((r) => r.code),
      ['BEHIND_SCHEDULE', 'OVERDUE_TASKS'],
    );
    assert.equal(s.health.sentence, 'At risk: 44% done where the plan expects 81%; 3 tasks past their end.');
    assert.equal(s.finish, '2026-03-14');
    assert.equal(s.overdue, 3);
    assert.equal(s.blocked, 1);
  });

  it('is late when the finish is after the baseline finish', () => {
    const data = sample();
    data.baselines = [
      {
        id: 'b0',
        name: 'Plan',
        takenAt: '2026-02-27',
        tasks: { b: { start: '2026-03-09', end: '2026-03-13' } },
      },
    ];
    const s = projectSummary(frameOf(data));
    assert.equal(s.slipDays, 1);
    assert.equal(s.health.verdict, 'late');
    assert.equal(s.health.reasons[0]?.code, 'FINISH_AFTER_BASELINE');
    assert.match(s.health.sentence, /^Late: the finish is 1 working days after the baseline/);
    assert.equal(projectSummary(frameOf(data), { slipDays: 2 }).health.verdict, 'at-risk');
  });

  it('is late when a task cannot meet its constraint (negative slack)', () => {
    const data = sample();
    const e = data.tasks.find((t) => t.id === 'e');
    if (e) e.constraint = { type: 'FNLT', date: '2026-03-05' };
    const s = projectSummary(frameOf(data));
    assert.ok(s.negativeSlack >= 1);
    assert.equal(s.health.verdict, 'late');
    assert.ok(s.health.reasons.some((r) => r.code === 'NEGATIVE_SLACK'));
  });

  it('is on track when progress keeps up', () => {
    const data = sample();
    for (const t of data.tasks) if (t.id !== 'b' && t.id !== 'm') t.progress = 100;
    const s = projectSummary(frameOf(data));
    assert.equal(s.health.verdict, 'on-track');
    assert.deepEqual(s.health.reasons, []);
    assert.match(s.health.sentence, /^On track: /);
  });

  it('sums a portfolio and counts verdicts', () => {
    const empty: ProjectData = { id: 'e', name: 'Empty', tasks: [] };
    const p = portfolio([frameOf(sample()), frameOf(empty)]);
    assert.deepEqual(p.counts, { 'on-track': 1, 'at-risk': 1, late: 0 });
    assert.equal(p.projects[1]?.health.reasons[0]?.code, 'NO_TASKS');
    near(p.percent, 43.75);
  });
});

describe('key figures', () => {
  it('counts the headline numbers', () => {
    const k = keyFigures(frameOf(sample()));
    assert.deepEqual(
      { ...k, percent: Math.round(k.percent), expected: Math.round(k.expected) },
      {
        tasks: 6,
        done: 1,
        percent: 44,
        expected: 81,
        overdue: 3,
        blocked: 1,
        critical: 2,
        finish: '2026-03-14',
        daysToFinish: 3,
        milestonesDue: 1,
        remainingHours: 72,
      },
    );
  });
});

describe('edge cases', () => {
  it('gives zeros, not errors, for an empty project', () => {
    const a = analyze(frameOf({ id: 'e', name: 'Empty', tasks: [] }));
    assert.equal(a.progress.percent, 0);
    assert.equal(a.status.total, 0);
    assert.deepEqual(a.workload.people, []);
    assert.deepEqual(a.burndown.actual, [{ at: TODAY, remaining: 0, done: 0 }]);
    assert.deepEqual(a.bottlenecks, []);
    assert.deepEqual(a.milestones, []);
    assert.equal(a.kpis.finish, undefined);
    assert.equal(a.summary.health.verdict, 'on-track');
  });

  it('copes with tasks that have no dates at all (no schedule)', () => {
    const frame = createFrame(
      {
        id: 'n',
        name: 'No dates',
        tasks: [
          { id: 'a', name: 'A', duration: 2, progress: 50, assignees: ['p'] },
          { id: 'b', name: 'B', progress: 100 },
        ],
        people: [{ id: 'p', name: 'P', capacity: 6 }],
      },
      { today: TODAY },
    );
    const a = analyze(frame);
    near(a.progress.percent, 50);
    assert.equal(a.progress.expected, 0);
    assert.deepEqual(a.workload.people[0]?.hours, [0]);
    assert.equal(a.burndown.scope, 16);
    assert.ok(a.burndown.planned.every((p) => p.remaining === 16));
    assert.deepEqual(a.late.items, []);
    assert.equal(a.summary.finish, undefined);
  });

  it('reads a store and filters leaves', () => {
    const project = createProject(sample());
    const frame = createFrame(sourceOfData(project.toJSON()), {
      today: TODAY,
      filter: { assignee: ['ben'] },
    });
    assert.equal(progressOf(frame).leaves, 2);
    assert.deepEqual(
      statusMix(frame)
        .slices.filter((s) => s.count > 0)
        .map((s) => s.id),
      ['doing', 'blocked'],
    );
  });

  it('treats hostile ids as plain keys', () => {
    const data: ProjectData = {
      id: 'h',
      name: 'H',
      start: '2026-03-02',
      tasks: [
        { id: '__proto__', name: '<b>x</b>', duration: 1 },
        { id: 'constructor', name: 'C', duration: 1 },
      ],
      baselines: [{ id: 'b', name: 'B', takenAt: '2026-03-01', tasks: {} }],
    };
    const frame = frameOf(data);
    assert.ok(Number.isNaN(frame.baseEnd[0] as number));
    assert.ok(Number.isNaN(frame.baseEnd[1] as number));
    assert.equal(lateItems(frame).items[0]?.name, '<b>x</b>');
  });

  it('refuses a today that is not a date', () => {
    assert.throws(() => frameOf(sample(), '2026-13-01'), /today/);
  });
});
