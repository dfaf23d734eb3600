import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { level, schedule } from '../../src/index.js';
import type { ProjectData, Task } from '../../src/model/types.js';
import { levelingViolations, wallMinutes } from '../../src/testing/leveling-check.js';

const EVERY_DAY = { workingDays: [0, 1, 2, 3, 4, 5, 6] };

/** Tasks of `days` days, all on Ann (100 %) unless `people` says otherwise. */
function project(tasks: Task[], extra: Partial<ProjectData> = {}): ProjectData {
  return {
    id: 'p',
    name: 'Leveling',
    start: '2026-03-02',
    calendar: EVERY_DAY,
    people: [
      { id: 'ann', name: 'Ann' },
      { id: 'bob', name: 'Bob', maxUnits: 200 },
    ],
    tasks,
    ...extra,
  };
}

const task = (id: string, days: number, more: Partial<Task> = {}): Task => ({
  id,
  name: id,
  duration: days,
  assignees: ['ann'],
  ...more,
});

/** The leveled result is exactly the engine's schedule of the data with the delays written in. */
function assertEngineAgrees(data: ProjectData, result: ReturnType<typeof level>): void {
  const withDelays = {
    ...data,
    tasks: data.tasks.map((t) => {
      const d = result.tasks.get(t.id)?.levelingDelay ?? 0;
      return d > 0 ? { ...t, levelingDelay: d } : t;
    }),
  };
  const s = schedule(withDelays);
  for (const t of data.tasks) {
    const got = result.tasks.get(t.id);
    const want = s.tasks.get(t.id);
    assert.equal(got?.start, want?.start, `${t.id} start`);
    assert.equal(got?.end, want?.end, `${t.id} end`);
  }
  assert.equal(result.end, s.end);
}

describe('level()', () => {
  it('delays one of two parallel tasks of one person by working minutes', () => {
    const data = project([task('a', 3), task('b', 2)]);
    const r = level(data);
    assert.deepEqual(levelingViolations(data, r.tasks).overloads, []);
    const a = r.tasks.get('a');
    const b = r.tasks.get('b');
    assert.ok(a && b);
    assert.equal(a.levelingDelay + b.levelingDelay > 0, true);
    assert.equal(r.end, '2026-03-07');
    assert.deepEqual(r.overallocations, []);
    assertEngineAgrees(data, r);
  });

  it('keeps links of all four types with their lags', () => {
    const data = project(
      [task('a', 2), task('b', 3), task('c', 2), task('d', 1), task('e', 2), task('f', 1, { assignees: [] })],
      {
        dependencies: [
          { id: 'l1', from: 'a', to: 'b', type: 'SS', lag: 1 },
          { id: 'l2', from: 'b', to: 'c', type: 'FF', lag: 1 },
          { id: 'l3', from: 'c', to: 'd', type: 'SF', lag: 4 },
          { id: 'l4', from: 'a', to: 'e', type: 'FS', lag: 2 },
          { id: 'l5', from: 'e', to: 'f', type: 'FS', lag: -1 },
        ],
      },
    );
    const r = level(data);
    assertEngineAgrees(data, r);
    assert.deepEqual(levelingViolations(data, r.tasks).overloads, []);
    const at = (id: string) => {
      const t = r.tasks.get(id);
      assert.ok(t);
      return { s: wallMinutes(t.start) / 1440, e: wallMinutes(t.end) / 1440 };
    };
    assert.ok(at('b').s >= at('a').s + 1, 'SS + 1 day');
    assert.ok(at('c').e >= at('b').e + 1, 'FF + 1 day');
    assert.ok(at('d').e >= at('c').s + 4, 'SF + 4 days');
    assert.ok(at('e').s >= at('a').e + 2, 'FS + 2 days');
    assert.ok(at('f').s >= at('e').e - 1, 'FS − 1 day');
  });

  it('keeps constraints: an MSO task stays, an SNET start is not undercut', () => {
    const data = project([
      task('fixed', 2, { constraint: { type: 'MSO', date: '2026-03-03' } }),
      task('x', 3),
      task('y', 2, { constraint: { type: 'SNET', date: '2026-03-04' } }),
    ]);
    const r = level(data);
    assert.equal(r.tasks.get('fixed')?.start, '2026-03-03');
    assert.equal(r.tasks.get('fixed')?.levelingDelay, 0);
    assert.ok(wallMinutes(r.tasks.get('y')?.start as string) >= wallMinutes('2026-03-04'));
    assert.deepEqual(levelingViolations(data, r.tasks).overloads, []);
    assert.deepEqual(schedule(data).conflicts, []);
    assertEngineAgrees(data, r);
  });

  it('keeps calendars: delayed tasks start and end on working time', () => {
    const data = project([task('a', 2), task('b', 2), task('c', 1)], {
      calendar: { workingDays: [1, 2, 3, 4, 5], workingHours: [['09:00', '17:00']] },
    });
    const r = level(data);
    assertEngineAgrees(data, r);
    assert.deepEqual(levelingViolations(data, r.tasks).overloads, []);
    for (const [, t] of r.tasks) {
      const start = new Date(wallMinutes(t.start) * 60000);
      assert.ok(start.getUTCDay() >= 1 && start.getUTCDay() <= 5, `${t.start} on a weekday`);
      assert.ok(t.levelingDelay % 480 === 0, 'delays in whole working days of 8 hours');
    }
    assert.equal(r.end, '2026-03-06T17:00');
  });

  it('levels by units: Bob (200 %) runs two full-time tasks at once', () => {
    const data = project([
      task('a', 2, { assignees: ['bob'] }),
      task('b', 2, { assignees: ['bob'] }),
      task('c', 2, { assignees: [] }),
    ]);
    data.assignments = [{ taskId: 'c', personId: 'bob', units: 50 }];
    const r = level(data);
    assert.equal(r.end, '2026-03-06');
    assert.deepEqual(levelingViolations(data, r.tasks).overloads, []);
  });

  it('leaves a task without people where it was', () => {
    const data = project([task('a', 2), task('b', 2), task('free', 3, { assignees: [] })]);
    const r = level(data);
    assert.equal(r.tasks.get('free')?.levelingDelay, 0);
    assert.equal(r.tasks.get('free')?.start, schedule(data).tasks.get('free')?.start);
  });

  it('reports a demand over max units as an over-allocation instead of failing', () => {
    const data = project([task('big', 2, { assignees: [] }), task('a', 1)]);
    data.assignments = [{ taskId: 'big', personId: 'ann', units: 250 }];
    const r = level(data);
    assert.equal(r.overallocations.length, 1);
    assert.deepEqual(
      { ...r.overallocations[0] },
      {
        personId: 'ann',
        start: r.tasks.get('big')?.start,
        end: r.tasks.get('big')?.end,
        units: 250,
        maxUnits: 100,
      },
    );
    const big = r.tasks.get('big');
    const a = r.tasks.get('a');
    assert.ok(big && a);
    assert.ok(
      wallMinutes(a.end) <= wallMinutes(big.start) || wallMinutes(a.start) >= wallMinutes(big.end),
      'a runs alone',
    );
  });

  it('is deterministic, ignores delays already written, and levels an empty project', () => {
    const data = project(Array.from({ length: 12 }, (_, k) => task(`t${k}`, 1 + (k % 3))));
    const a = level(data);
    const b = level({ ...data, tasks: data.tasks.map((t) => ({ ...t, levelingDelay: 99 })) });
    assert.deepEqual([...a.tasks], [...b.tasks]);
    assert.equal(a.end, b.end);
    const empty = level(project([]));
    assert.equal(empty.tasks.size, 0);
    assert.deepEqual(empty.overallocations, []);
  });

  it('moves the leaves of a summary and keeps links to and from the summary', () => {
    const data = project(
      [
        { id: 'phase', name: 'phase' },
        task('p1', 2, { parentId: 'phase' }),
        task('p2', 2, { parentId: 'phase' }),
        task('after', 1),
        task('before', 1),
      ],
      {
        dependencies: [
          { id: 'l1', from: 'phase', to: 'after' },
          { id: 'l2', from: 'before', to: 'phase' },
        ],
      },
    );
    const r = level(data);
    assertEngineAgrees(data, r);
    assert.deepEqual(levelingViolations(data, r.tasks), { links: [], overloads: [] });
  });

  it('never delays a task past what an SNLT, FNLT or MSO successor allows: the over-allocation stays, reported', () => {
    for (const constraint of [
      { type: 'SNLT', date: '2026-03-05' },
      { type: 'FNLT', date: '2026-03-06' },
      { type: 'MSO', date: '2026-03-05' },
    ] as const) {
      // a and b (Ann, 3 days each) both feed c, which may start no later than 5 March: leveling
      // one after the other would push c past its date and break a link.
      const data = project(
        [
          task('a', 3),
          task('b', 3),
          task('c', 1, { assignees: [], constraint }),
          task('d', 2, { assignees: ['bob'] }),
        ],
        {
          dependencies: [
            { id: 'l1', from: 'a', to: 'c' },
            { id: 'l2', from: 'b', to: 'c' },
          ],
        },
      );
      const r = level(data);
      assertEngineAgrees(data, r);
      assert.deepEqual(levelingViolations(data, r.tasks).links, [], constraint.type);
      assert.equal(r.tasks.get('c')?.start, '2026-03-05', constraint.type);
      const withDelays = {
        ...data,
        tasks: data.tasks.map((t) => ({ ...t, levelingDelay: r.tasks.get(t.id)?.levelingDelay ?? 0 })),
      };
      assert.deepEqual(schedule(withDelays).conflicts, [], `${constraint.type}: no link gives way`);
      assert.deepEqual(
        r.overallocations.map((o) => [o.personId, o.start, o.end, o.units]),
        [['ann', '2026-03-02', '2026-03-05', 200]],
        constraint.type,
      );
    }
  });

  it('still levels what a deadline leaves room for', () => {
    // c may start no later than 8 March: room for a then b (3 + 3 days from 2 March).
    const data = project(
      [
        task('a', 3),
        task('b', 3),
        task('c', 1, { assignees: [], constraint: { type: 'SNLT', date: '2026-03-08' } }),
      ],
      {
        dependencies: [
          { id: 'l1', from: 'a', to: 'c' },
          { id: 'l2', from: 'b', to: 'c' },
        ],
      },
    );
    const r = level(data);
    assert.deepEqual(levelingViolations(data, r.tasks), { links: [], overloads: [] });
    assert.deepEqual(r.overallocations, []);
    assert.equal(r.tasks.get('c')?.start, '2026-03-08');
  });
});
