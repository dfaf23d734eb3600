import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProject, type ProjectData } from '../../../src/index.js';
import {
  bucketIndexRange,
  bucketStart,
  bucketValue,
  planRoadmapBucketMove,
  roadmapBucketDate,
} from '../../../src/views/roadmap/roadmap-bucket-move.js';
import { type BucketRule, bucketOf, roadmapBuckets } from '../../../src/views/roadmap/roadmap-buckets.js';
import type { Task } from '../../../src/model/types.js';
import { formatWallTime, parseWallTime } from '../../../src/time/wall-time.js';

function at(text: string): number {
  const t = parseWallTime(text);
  if (t === undefined) throw new Error(`bad date ${text}`);
  return t;
}

const today = at('2026-03-04');
const byDate: BucketRule = { by: 'date', today };
const statuses = [
  { id: 'idea', category: 'todo' as const },
  { id: 'building', category: 'active' as const },
  { id: 'stuck', category: 'blocked' as const },
  { id: 'shipped', category: 'done' as const },
];
const task = (extra: Partial<Task> = {}): Task => ({ id: 't', name: 'T', ...extra });

/** What a plan changes, without where it lands. */
function changes(plan: ReturnType<typeof planRoadmapBucketMove>) {
  return plan && { patch: plan.patch, others: plan.others };
}

describe('bucketStart', () => {
  it('starts now today, next six weeks on and later about four months on, by default', () => {
    assert.equal(formatWallTime(bucketStart(byDate, 'now')), '2026-03-04');
    // 4 Mar + 42 days = 15 Apr; + 126 days = 8 Jul (hand-counted over 31, 30, 31, 30-day months).
    assert.equal(formatWallTime(bucketStart(byDate, 'next')), '2026-04-15');
    assert.equal(formatWallTime(bucketStart(byDate, 'later')), '2026-07-08');
  });

  it('uses the rule’s windows, a next window shorter than now counting as now’s', () => {
    const rule = { by: 'date', today, nowDays: 30, nextDays: 5 } as const;
    assert.equal(formatWallTime(bucketStart(rule, 'next')), '2026-04-03');
    assert.equal(formatWallTime(bucketStart(rule, 'later')), '2026-04-03');
  });
});

describe('roadmapBucketDate', () => {
  const rule = byDate as Extract<BucketRule, { by: 'date' }>;

  it('moves the start to the bucket’s first day, keeping the time of day', () => {
    const s = at('2026-09-01T09:00');
    const e = at('2026-09-15T17:00');
    assert.equal(formatWallTime(roadmapBucketDate(rule, 'now', s, e)), '2026-03-04T09:00');
    assert.equal(formatWallTime(roadmapBucketDate(rule, 'next', s, e)), '2026-04-15T09:00');
  });

  it('keeps the start of a feature already in the bucket (a started one stays started)', () => {
    const s = at('2026-02-02');
    assert.equal(roadmapBucketDate(rule, 'now', s, at('2026-03-30')), s);
    assert.equal(roadmapBucketDate(rule, 'later', at('2026-12-01'), at('2027-01-01')), at('2026-12-01'));
  });

  it('dates an undated feature at the bucket’s start', () => {
    assert.equal(roadmapBucketDate(rule, 'next', Number.NaN, Number.NaN), at('2026-04-15'));
    // Undated features are already "later".
    assert.ok(Number.isNaN(roadmapBucketDate(rule, 'later', Number.NaN, Number.NaN)));
  });
});

describe('bucketValue', () => {
  it('gives a field bucket its value, by default its own name', () => {
    assert.equal(bucketValue({ by: 'field', field: 'horizon' }, 'next', []), 'next');
    assert.equal(bucketValue({ by: 'field', field: 'horizon', next: 'q3' }, 'next', []), 'q3');
  });

  it('gives a status bucket its first listed status, else the first unlisted status of its category', () => {
    assert.equal(bucketValue({ by: 'status', next: ['shipped', 'idea'] }, 'next', statuses), 'shipped');
    assert.equal(bucketValue({ by: 'status' }, 'now', statuses), 'building');
    assert.equal(bucketValue({ by: 'status', later: ['building'] }, 'now', statuses), 'stuck');
    assert.equal(bucketValue({ by: 'status' }, 'next', statuses), 'idea');
    assert.equal(bucketValue({ by: 'status' }, 'later', statuses), '');
    assert.equal(bucketValue({ by: 'status' }, 'next', [{ id: 'x', category: 'done' }]), undefined);
  });
});

describe('planRoadmapBucketMove', () => {
  it('by date: shifts the start into the bucket (the store keeps the duration)', () => {
    const t = task({ start: '2026-09-01', end: '2026-09-15' });
    const plan = planRoadmapBucketMove({
      task: t,
      rule: byDate,
      bucket: 'next',
      start: at('2026-09-01'),
      end: at('2026-09-15'),
    });
    assert.deepEqual(changes(plan), { patch: { start: '2026-04-15' }, others: [] });
  });

  it('by date: pins a linked feature where it was dropped, and sets the lane in the same patch', () => {
    const plan = planRoadmapBucketMove({
      task: task({ groupId: 'g1' }),
      rule: byDate,
      bucket: 'now',
      start: at('2026-05-04'),
      end: at('2026-06-01'),
      linked: true,
      laneField: 'group',
      lane: 'g2',
    });
    assert.deepEqual(plan?.patch, {
      start: '2026-03-04',
      constraint: { type: 'SNET', date: '2026-03-04' },
      groupId: 'g2',
    });
  });

  it('by date: dates an undated feature dropped on now or next; on later (where it is) nothing changes', () => {
    const undated = { task: task(), rule: byDate, start: Number.NaN, end: Number.NaN };
    assert.deepEqual(planRoadmapBucketMove({ ...undated, bucket: 'next' })?.patch, { start: '2026-04-15' });
    assert.deepEqual(planRoadmapBucketMove({ ...undated, bucket: 'now' })?.patch, { start: '2026-03-04' });
    assert.equal(planRoadmapBucketMove({ ...undated, bucket: 'later' })?.patch, undefined);
  });

  it('by date: a drop in its own bucket and lane changes nothing', () => {
    const plan = planRoadmapBucketMove({
      task: task(),
      rule: byDate,
      bucket: 'now',
      start: at('2026-03-02'),
      end: at('2026-03-30'),
    });
    assert.deepEqual(changes(plan), { patch: undefined, others: [] });
  });

  it('by date: the stored result falls in the target bucket, in a store, from every bucket', () => {
    const data: ProjectData = {
      id: 'p',
      name: 'P',
      calendar: { workingDays: [0, 1, 2, 3, 4, 5, 6] },
      tasks: [
        { id: 'now', name: 'N', start: '2026-02-20', end: '2026-03-10' },
        { id: 'next', name: 'X', start: '2026-05-01', end: '2026-05-11' },
        { id: 'later', name: 'L', start: '2026-10-01T09:00', end: '2026-10-08T09:00' },
      ],
    };
    for (const from of ['now', 'next', 'later'] as const) {
      for (const to of ['now', 'next', 'later'] as const) {
        const project = createProject(data);
        const before = project.task(from) as Task;
        const s = at(before.start as string);
        const e = at(before.end as string);
        const plan = planRoadmapBucketMove({ task: before, rule: byDate, bucket: to, start: s, end: e });
        if (from === to) {
          assert.equal(plan?.patch, undefined, `${from} → ${to}`);
          continue;
        }
        assert.ok(plan?.patch, `${from} → ${to}`);
        project.transaction(() => project.updateTask(from, plan.patch ?? {}));
        const after = project.task(from) as Task;
        const s2 = at(after.start as string);
        const e2 = at(after.end as string);
        assert.equal(e2 - s2, e - s, `${from} → ${to} keeps its duration`);
        assert.equal(bucketOf({ task: after, start: s2, end: e2 }, byDate), to, `${from} → ${to}`);
      }
    }
  });

  it('by status: sets the bucket’s status; a bucket no status reaches is refused', () => {
    const t = task({ status: 'building' });
    const s = at('2026-03-02');
    const e = at('2026-03-09');
    const listed: BucketRule = { by: 'status', now: ['building'], next: ['idea'] };
    assert.deepEqual(
      planRoadmapBucketMove({ task: t, rule: listed, bucket: 'next', start: s, end: e, statuses })?.patch,
      { status: 'idea' },
    );
    assert.deepEqual(
      planRoadmapBucketMove({ task: t, rule: { by: 'status' }, bucket: 'later', start: s, end: e, statuses })
        ?.patch,
      { status: undefined },
    );
    assert.equal(
      planRoadmapBucketMove({
        task: t,
        rule: { by: 'status' },
        bucket: 'next',
        start: s,
        end: e,
        statuses: [{ id: 'building', category: 'active' }],
      }),
      undefined,
    );
    // Dates never change under a status rule.
    assert.equal(
      planRoadmapBucketMove({ task: t, rule: listed, bucket: 'now', start: s, end: e, statuses })?.patch,
      undefined,
    );
  });

  it('by field: sets the field and keeps the other custom fields, hostile values as plain data', () => {
    const t = task({ fields: { horizon: 'later', team: '<b>x</b>' } });
    const plan = planRoadmapBucketMove({
      task: t,
      rule: { by: 'field', field: 'horizon', now: '__proto__' },
      bucket: 'now',
      start: Number.NaN,
      end: Number.NaN,
    });
    assert.deepEqual(plan?.patch, { fields: { horizon: '__proto__', team: '<b>x</b>' } });
    assert.equal(Object.getPrototypeOf(plan?.patch?.fields), Object.prototype);
  });

  it('by field: when the lanes are by the same field, the bucket’s value wins', () => {
    const rule: BucketRule = { by: 'field', field: 'priority', now: 'must', next: 'low' };
    const s = at('2026-03-02');
    const e = at('2026-03-09');
    const t = task({ priority: 'low' });
    const plan = planRoadmapBucketMove({
      task: t,
      rule,
      bucket: 'now',
      start: s,
      end: e,
      laneField: 'priority',
      lane: 'other',
    });
    assert.deepEqual(plan?.patch, { priority: 'must' });
    // Back to its own value: nothing changes at all.
    const same = planRoadmapBucketMove({
      task: t,
      rule,
      bucket: 'next',
      start: s,
      end: e,
      laneField: 'priority',
      lane: 'other',
    });
    assert.deepEqual(changes(same), { patch: undefined, others: [] });
  });

  it('places the card between its new neighbours, renumbering only when they leave no room', () => {
    const base = { rule: byDate, bucket: 'now' as const, start: at('2026-03-02'), end: at('2026-03-09') };
    const spaced = planRoadmapBucketMove({
      ...base,
      task: task(),
      cell: [
        { id: 'x', order: 1 },
        { id: 'y', order: 3 },
      ],
      index: 1,
    });
    assert.deepEqual(changes(spaced), { patch: { order: 2 }, others: [] });
    const flat = planRoadmapBucketMove({
      ...base,
      task: task({ order: 7 }),
      cell: [
        { id: 'x', order: undefined },
        { id: 'y', order: undefined },
        { id: 'z', order: undefined },
      ],
      index: 1,
    });
    // x keeps 0 (its unset order already counts as 0); y and z make room.
    assert.deepEqual(changes(flat), {
      patch: { order: 1 },
      others: [
        { id: 'y', order: 2 },
        { id: 'z', order: 3 },
      ],
    });
    const stay = planRoadmapBucketMove({
      ...base,
      task: task(),
      cell: [{ id: 'x', order: undefined }],
      index: 0,
      currentIndex: 0,
    });
    assert.deepEqual(changes(stay), { patch: undefined, others: [] });
    // Alone in an empty cell: any order keeps it in place, so its own (-1) is kept.
    assert.deepEqual(
      changes(planRoadmapBucketMove({ ...base, task: task({ order: -1 }), cell: [], index: 0 })),
      {
        patch: undefined,
        others: [],
      },
    );
  });
});

describe('bucketIndexRange', () => {
  it('keeps a card after the more important cards and before the less important ones', () => {
    assert.deepEqual(bucketIndexRange([], 2), [0, 0]);
    assert.deepEqual(bucketIndexRange([0, 2, 2, 5], 2), [1, 3]);
    assert.deepEqual(bucketIndexRange([0, 1], Number.POSITIVE_INFINITY), [2, 2]);
    assert.deepEqual(bucketIndexRange([3, Number.POSITIVE_INFINITY], 0), [0, 0]);
  });
});

describe('planRoadmapBucketMove position among priorities', () => {
  const priorities = [
    { id: 'must', rank: 0 },
    { id: 'could', rank: 2 },
  ];
  const cell = [
    { id: 'm', order: 5, rank: 0 },
    { id: 'c1', order: 0, rank: 2 },
    { id: 'c2', order: 1, rank: 2 },
  ];
  const base = { rule: byDate, bucket: 'now' as const, start: at('2026-03-02'), end: at('2026-03-09') };

  it('lands a card asked above a more important one just after it, renumbering out-of-sequence orders', () => {
    const plan = planRoadmapBucketMove({
      ...base,
      task: task({ priority: 'could' }),
      priorities,
      cell,
      index: 0,
    });
    assert.equal(plan?.index, 1);
    assert.deepEqual(plan?.range, [1, 3]);
    // Orders 5, 0, 1 leave no gap in shown order: all renumber, m to 0, c1 and c2 after the card.
    assert.deepEqual(changes(plan), {
      patch: { order: 1 },
      others: [
        { id: 'm', order: 0 },
        { id: 'c1', order: 2 },
        { id: 'c2', order: 3 },
      ],
    });
  });

  it('ranks the card by its priority after the move (a drop on the "must" lane)', () => {
    const plan = planRoadmapBucketMove({
      ...base,
      task: task({ priority: 'could' }),
      priorities,
      cell,
      index: 3,
      laneField: 'priority',
      lane: 'must',
    });
    assert.equal(plan?.index, 1);
    assert.equal(plan?.patch?.priority, 'must');
  });
});

describe('roadmapBuckets order', () => {
  it('puts the more important first, then by order, then by start', () => {
    const item = (id: string, order: number | undefined, rank: number, start: string) => ({
      task: task({ id, order }),
      start: at(start),
      end: at(start) + 1440,
      rank,
    });
    const buckets = roadmapBuckets(
      [
        item('a', undefined, 0, '2026-03-05'),
        item('b', undefined, 1, '2026-03-04'),
        item('c', -1, 2, '2026-03-06'),
        item('d', 1, 0, '2026-03-04'),
      ],
      byDate,
    );
    assert.deepEqual(buckets.now, ['a', 'd', 'b', 'c']);
  });
});
