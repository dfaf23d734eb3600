import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProject, type ProjectData } from '../../../src/index.js';
import { bucketOf, roadmapBuckets, type BucketItem } from '../../../src/views/roadmap/roadmap-buckets.js';
import { roadmapEditPatch } from '../../../src/views/roadmap/roadmap-drop.js';
import { isRoadmapLaneField, roadmapLanes } from '../../../src/views/roadmap/roadmap-lanes.js';
import { featuresRoadmap } from '../../../src/templates/index.js';
import { parseWallTime, toWallMinutes } from '../../../src/time/wall-time.js';

const data: ProjectData = {
  id: 'p',
  name: 'Roadmap',
  statuses: [
    { id: 'idea', label: 'Idea', category: 'todo' },
    { id: 'building', label: 'Building', category: 'active' },
    { id: 'blocked', label: 'Blocked', category: 'blocked' },
    { id: 'shipped', label: 'Shipped', category: 'done' },
  ],
  priorities: [
    { id: 'low', label: 'Low', rank: 3 },
    { id: 'must', label: 'Must', rank: 0 },
  ],
  people: [{ id: 'ann', name: 'Ann' }],
  groups: [
    { id: 'g1', name: 'Growth', color: '#f00' },
    { id: 'g2', name: 'Platform' },
    { id: 'g3', name: 'Empty theme' },
  ],
  releases: [{ id: 'r1', name: 'Spring', date: '2026-04-01' }],
  fields: [{ id: 'horizon', label: 'Horizon', type: 'select', options: [{ id: 'now', label: 'Now' }] }],
  tasks: [
    { id: 'a', name: 'A', groupId: 'g2', start: '2026-03-02', end: '2026-03-09', status: 'building' },
    { id: 'b', name: 'B', groupId: 'g1', start: '2026-03-02', end: '2026-03-04', priority: 'low' },
    { id: 'c', name: 'C', start: '2026-03-02', end: '2026-03-04', assignees: ['ann'] },
    { id: 'd', name: 'D', groupId: 'g1', start: '2026-03-02', end: '2026-03-04', priority: 'must' },
  ],
};

describe('roadmapLanes', () => {
  it('groups by group in the defined order, empty lanes kept, the none lane last', () => {
    const project = createProject(data);
    const lanes = roadmapLanes(project, 'group', project.tasks());
    assert.deepEqual(
      lanes.map((l) => [l.value, l.label, l.itemIds]),
      [
        ['g1', 'Growth', ['b', 'd']],
        ['g2', 'Platform', ['a']],
        ['g3', 'Empty theme', []],
        ['', 'No group', ['c']],
      ],
    );
    assert.equal(lanes[0]?.color, '#f00');
    const compact = roadmapLanes(project, 'group', project.tasks(), { showEmpty: false });
    assert.deepEqual(
      compact.map((l) => l.value),
      ['g1', 'g2', ''],
    );
  });

  it('groups by priority in rank order, by person and by release', () => {
    const project = createProject(data);
    const byPriority = roadmapLanes(project, 'priority', project.tasks());
    assert.deepEqual(
      byPriority.map((l) => [l.value, l.itemIds]),
      [
        ['must', ['d']],
        ['low', ['b']],
        ['', ['a', 'c']],
      ],
    );
    const byPerson = roadmapLanes(project, 'person', project.tasks());
    assert.deepEqual(
      byPerson.map((l) => [l.label, l.itemIds.length]),
      [
        ['Ann', 1],
        ['Unassigned', 3],
      ],
    );
    const byRelease = roadmapLanes(project, 'release', project.tasks());
    assert.deepEqual(
      byRelease.map((l) => l.label),
      ['Spring', 'No release'],
    );
  });

  it('gives dangling and hostile values a lane of their own, labelled as text', () => {
    const project = createProject(data);
    const tasks = [
      { id: 'x', name: 'X', groupId: '__proto__' },
      { id: 'y', name: 'Y', groupId: '<b>gone</b>' },
      { id: 'z', name: 'Z', groupId: '__proto__' },
    ];
    const lanes = roadmapLanes(project, 'group', tasks, { showEmpty: false });
    assert.deepEqual(
      lanes.map((l) => [l.label, l.itemIds]),
      [
        ['__proto__', ['x', 'z']],
        ['<b>gone</b>', ['y']],
      ],
    );
  });

  it('knows its fields', () => {
    assert.equal(isRoadmapLaneField('group'), true);
    assert.equal(isRoadmapLaneField('tags'), false);
    assert.equal(isRoadmapLaneField(undefined), false);
  });

  it('lays the features & releases template into its five themes', () => {
    const project = createProject(featuresRoadmap('2026-03-04'));
    const lanes = roadmapLanes(project, 'group', project.tasks());
    assert.equal(lanes.length, 6);
    assert.deepEqual(
      lanes.slice(0, 5).map((l) => l.itemIds.length),
      [9, 9, 9, 9, 9],
    );
    // The four launch milestones have no theme.
    assert.equal(lanes[5]?.itemIds.length, 4);
  });
});

const day = 1440;
const today = toWallMinutes('2026-03-02');

function item(
  task: BucketItem['task'],
  startDay: number,
  endDay: number,
  extra: Partial<BucketItem> = {},
): BucketItem {
  return { task, start: today + startDay * day, end: today + endDay * day, ...extra };
}

describe('now / next / later', () => {
  it('buckets by date: in progress and soon → now, within the next horizon → next, else later, past → out', () => {
    const rule = { by: 'date', today, nowDays: 30, nextDays: 90 } as const;
    const t = { id: 't', name: 'T' };
    assert.equal(bucketOf(item(t, -10, 5), rule), 'now');
    assert.equal(bucketOf(item(t, 29, 40), rule), 'now');
    assert.equal(bucketOf(item(t, 30, 40), rule), 'next');
    assert.equal(bucketOf(item(t, 89, 100), rule), 'next');
    assert.equal(bucketOf(item(t, 90, 100), rule), 'later');
    assert.equal(bucketOf(item(t, -10, 0), rule), undefined);
    assert.equal(bucketOf({ task: t, start: Number.NaN, end: Number.NaN }, rule), 'later');
    // nextDays below nowDays is raised to it: nothing is "next".
    assert.equal(bucketOf(item(t, 10, 20), { by: 'date', today, nowDays: 30, nextDays: 5 }), 'now');
    assert.equal(bucketOf(item(t, 31, 40), { by: 'date', today, nowDays: 30, nextDays: 5 }), 'later');
  });

  it('buckets by status: explicit ids win, then the category', () => {
    const at = (status: string | undefined, category?: BucketItem['category']): BucketItem => ({
      task: { id: 's', name: 'S', ...(status === undefined ? {} : { status }) },
      start: 0,
      end: 0,
      category,
    });
    const rule = { by: 'status', later: ['idea'] } as const;
    assert.equal(bucketOf(at('idea', 'todo'), rule), 'later');
    assert.equal(bucketOf(at('planned', 'todo'), rule), 'next');
    assert.equal(bucketOf(at('building', 'active'), rule), 'now');
    assert.equal(bucketOf(at('blocked', 'blocked'), rule), 'now');
    assert.equal(bucketOf(at('shipped', 'done'), rule), undefined);
    assert.equal(bucketOf(at(undefined), rule), 'later');
    assert.equal(bucketOf(at('unknown'), rule), 'later');
    assert.equal(bucketOf(at('shipped', 'done'), { by: 'status', now: ['shipped'] }), 'now');
  });

  it('buckets by an explicit field, default values being the bucket names', () => {
    const at = (fields: Record<string, unknown> | undefined): BucketItem => ({
      task: { id: 'f', name: 'F', ...(fields ? { fields } : {}) },
      start: 0,
      end: 0,
    });
    const rule = { by: 'field', field: 'horizon' } as const;
    assert.equal(bucketOf(at({ horizon: 'now' }), rule), 'now');
    assert.equal(bucketOf(at({ horizon: 'later' }), rule), 'later');
    assert.equal(bucketOf(at({ horizon: 'someday' }), rule), undefined);
    assert.equal(bucketOf(at({ horizon: 3 }), rule), undefined);
    assert.equal(bucketOf(at(undefined), rule), undefined);
    // A hostile field id reads nothing from the prototype.
    assert.equal(bucketOf(at({}), { by: 'field', field: '__proto__', now: '[object Object]' }), undefined);
    const custom = { by: 'field', field: 'horizon', now: 'Q1', next: 'Q2', later: 'H2' } as const;
    assert.equal(bucketOf(at({ horizon: 'Q2' }), custom), 'next');
    assert.equal(bucketOf(at({ horizon: 'next' }), custom), undefined);
    // A built-in member works too.
    assert.equal(
      bucketOf(
        { task: { id: 'p', name: 'P', priority: 'must' }, start: 0, end: 0 },
        { by: 'field', field: 'priority', now: 'must' },
      ),
      'now',
    );
  });

  it('orders each bucket by priority rank, then start, then input order', () => {
    const t = (id: string) => ({ id, name: id });
    const items: BucketItem[] = [
      item(t('late-low'), 5, 6, { rank: 3 }),
      item(t('early-none'), 1, 2),
      item(t('late-must'), 5, 6, { rank: 0 }),
      item(t('early-must'), 1, 2, { rank: 0 }),
      item(t('undated-must'), 0, 0, { rank: 0, start: Number.NaN }),
      item(t('twin-must'), 1, 2, { rank: 0 }),
      item(t('far'), 200, 210),
      item(t('past'), -20, -10),
    ];
    const buckets = roadmapBuckets(items, { by: 'date', today, nowDays: 30, nextDays: 90 });
    assert.deepEqual(buckets, {
      now: ['early-must', 'twin-must', 'late-must', 'late-low', 'early-none'],
      next: [],
      later: ['undated-must', 'far'],
    });
    assert.deepEqual(roadmapBuckets([], { by: 'status' }), { now: [], next: [], later: [] });
  });
});

describe('roadmapEditPatch', () => {
  const task = { id: 'a', name: 'A', groupId: 'g1', start: '2026-03-02', end: '2026-03-09', duration: 5 };
  const start = toWallMinutes('2026-03-02');
  const end = toWallMinutes('2026-03-09');

  it('moves the start (the store keeps the duration), resizes either end, keeps a minimum length', () => {
    assert.deepEqual(roadmapEditPatch({ task, edit: 'move', start, end, to: start + 7 * day }), {
      start: '2026-03-09',
    });
    assert.deepEqual(roadmapEditPatch({ task, edit: 'resize-end', start, end, to: end + 3 * day }), {
      start: '2026-03-02',
      end: '2026-03-12',
      duration: undefined,
    });
    assert.deepEqual(roadmapEditPatch({ task, edit: 'resize-end', start, end, to: start - 5 * day }), {
      start: '2026-03-02',
      end: '2026-03-03',
      duration: undefined,
    });
    assert.deepEqual(roadmapEditPatch({ task, edit: 'resize-start', start, end, to: start - 2 * day }), {
      start: '2026-02-28',
      end: '2026-03-09',
      duration: undefined,
    });
    assert.deepEqual(roadmapEditPatch({ task, edit: 'resize-start', start, end, to: end + day }), {
      start: '2026-03-08',
      end: '2026-03-09',
      duration: undefined,
    });
    assert.equal(roadmapEditPatch({ task, edit: 'move', start, end, to: start }), undefined);
    assert.equal(roadmapEditPatch({ task, edit: 'move', start: Number.NaN, end, to: 0 }), undefined);
  });

  it('resizes the end of a feature its links pushed from the shown start, not the stale input start', () => {
    const project = createProject({
      id: 'p',
      name: 'P',
      tasks: [
        { id: 'a', name: 'A', start: '2026-03-02', duration: 5 },
        { id: 'b', name: 'B', start: '2026-03-02', duration: 2 },
      ],
      dependencies: [{ id: 'd', from: 'a', to: 'b' }],
    });
    const shown = project.scheduled('b');
    assert.equal(shown?.start, '2026-03-09');
    const b = project.task('b');
    assert.ok(b && shown);
    const patch = roadmapEditPatch({
      task: b,
      edit: 'resize-end',
      start: toWallMinutes(shown.start),
      end: toWallMinutes(shown.end),
      to: toWallMinutes('2026-03-14'),
      linked: true,
    });
    assert.ok(patch);
    project.updateTask('b', patch);
    // Mon 9 → Sat 14 (exclusive): five working days, still right after A.
    assert.deepEqual(
      [project.scheduled('b')?.start, project.scheduled('b')?.end],
      ['2026-03-09', '2026-03-14'],
    );
    assert.equal(project.task('b')?.duration, 5);
  });

  it('pins a linked feature with SNET, but never a manual one', () => {
    assert.deepEqual(roadmapEditPatch({ task, edit: 'move', start, end, to: start + day, linked: true }), {
      start: '2026-03-03',
      constraint: { type: 'SNET', date: '2026-03-03' },
    });
    assert.deepEqual(
      roadmapEditPatch({
        task: { ...task, manual: true },
        edit: 'move',
        start,
        end,
        to: start + day,
        linked: true,
      }),
      { start: '2026-03-03' },
    );
  });

  it('sets the lane field on a drop in another lane, in the same patch', () => {
    assert.deepEqual(
      roadmapEditPatch({ task, edit: 'move', start, end, to: start + day, laneField: 'group', lane: 'g2' }),
      { start: '2026-03-03', groupId: 'g2' },
    );
    assert.deepEqual(
      roadmapEditPatch({ task, edit: 'move', start, end, to: start, laneField: 'group', lane: '' }),
      {
        groupId: undefined,
      },
    );
    assert.equal(
      roadmapEditPatch({ task, edit: 'move', start, end, to: start, laneField: 'group', lane: 'g1' }),
      undefined,
    );
    assert.deepEqual(
      roadmapEditPatch({
        task: { ...task, assignees: ['ann', 'bo'] },
        edit: 'move',
        start,
        end,
        to: start,
        laneField: 'person',
        lane: 'cy',
      }),
      { assignees: ['cy', 'bo'] },
    );
  });

  it('applied to a store: a move keeps the duration, a resize-start keeps the end, one undo step each', () => {
    const project = createProject(data);
    const a = project.task('a');
    assert.ok(a);
    const s = parseWallTime(a.start ?? '') ?? Number.NaN;
    const e = parseWallTime(a.end ?? '') ?? Number.NaN;
    const move = roadmapEditPatch({
      task: a,
      edit: 'move',
      start: s,
      end: e,
      to: s + 7 * day,
      laneField: 'group',
      lane: 'g1',
    });
    assert.ok(move);
    project.transaction(() => project.updateTask('a', move));
    assert.equal(project.task('a')?.start, '2026-03-09');
    // Five working days from Monday 9 March end at Saturday 00:00 on the default calendar.
    assert.equal(project.task('a')?.end, '2026-03-14');
    assert.equal(project.task('a')?.groupId, 'g1');
    const moved = project.task('a');
    assert.ok(moved);
    const resize = roadmapEditPatch({
      task: moved,
      edit: 'resize-start',
      start: toWallMinutes('2026-03-09'),
      end: toWallMinutes('2026-03-14'),
      to: toWallMinutes('2026-03-10'),
    });
    assert.ok(resize);
    project.updateTask('a', resize);
    assert.equal(project.task('a')?.start, '2026-03-10');
    assert.equal(project.task('a')?.end, '2026-03-14');
    assert.equal(project.task('a')?.duration, 4);
    project.undo();
    project.undo();
    assert.equal(project.task('a')?.start, '2026-03-02');
    assert.equal(project.task('a')?.groupId, 'g2');
  });
});
