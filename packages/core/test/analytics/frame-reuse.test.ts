import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, createFrame, frameOf, sourceOf } from '../../src/analytics/index.js';
import type { AnalyticsFrame, FrameOptions } from '../../src/analytics/types.js';
import type { ProjectData } from '../../src/model/types.js';
import { createProject, type Project } from '../../src/store/project.js';
import { generateProject } from '../../src/testing/generate.js';
import { sample } from './fixture.js';

const OPTIONS: FrameOptions = { today: '2026-03-11' };

/** The per-task arrays of a frame as plain arrays, NaN kept (deepEqual treats NaN as equal to NaN). */
function rows(frame: AnalyticsFrame): Record<string, unknown> {
  const out: Record<string, unknown> = { ids: frame.tasks.map((t) => t.id) };
  for (const key of [
    'parent',
    'leaf',
    'summary',
    'milestone',
    'start',
    'end',
    'baseStart',
    'baseEnd',
    'work',
    'progress',
    'category',
    'status',
    'slack',
    'calendarOf',
  ] as const) {
    out[key] = Array.from(frame[key]);
  }
  return out;
}

/** The frame `frameOf` gives after a change must equal a frame read from scratch. */
function assertFresh(project: Project, options: FrameOptions = OPTIONS): AnalyticsFrame {
  const frame = frameOf(project, options);
  const fresh = createFrame(sourceOf(project), options);
  assert.deepEqual(rows(frame), rows(fresh));
  assert.deepEqual(analyze(frame), analyze(fresh));
  return frame;
}

function withBaseline(data: ProjectData): Project {
  const project = createProject(data);
  project.takeBaseline({ name: 'Plan' });
  return project;
}

describe('frameOf across versions', () => {
  it('returns the same frame for the same version and options', () => {
    const project = createProject(sample());
    assert.equal(frameOf(project, OPTIONS), frameOf(project, { ...OPTIONS }));
  });

  it('matches a fresh frame after edits of progress, dates, structure, links and statuses', () => {
    const project = withBaseline(sample());
    assertFresh(project);
    project.updateTask('b', { progress: 80 });
    assertFresh(project);
    project.updateTask('a', { duration: 7 });
    assertFresh(project);
    project.addTask({ id: 'x', name: 'New', parentId: 's', duration: 2 });
    assertFresh(project);
    project.moveTask('d', { parentId: 'x' });
    assertFresh(project);
    project.removeTask('c');
    assertFresh(project);
    project.updateStatus('doing', { category: 'blocked' });
    assertFresh(project);
    project.takeBaseline({ name: 'Second' });
    assertFresh(project);
    project.undo();
    project.undo();
    assertFresh(project);
  });

  it('sees a leaf become a summary when its own object and dates do not change', () => {
    // Without a scheduler every task reads its own dates, so only the summary flag tells.
    const project = createProject(sample(), { scheduler: false });
    const before = frameOf(project, OPTIONS);
    const d = project.tasks().findIndex((t) => t.id === 'd');
    assert.equal(before.leaf[d], 1);
    project.addTask({ id: 'd1', name: 'Part of D', parentId: 'd', duration: 1 });
    const after = assertFresh(project);
    assert.equal(after.summary[d], 1);
    assert.equal(after.leaf[d], 0);
  });

  it('keeps the frame when a change touches nothing figures read', () => {
    const project = createProject(sample());
    const before = frameOf(project, OPTIONS);
    project.addNote({ text: 'Looks good', createdAt: '2026-03-10' });
    const after = frameOf(project, OPTIONS);
    assert.equal(after, before);
    project.updateTask('b', { progress: 90 });
    assert.notEqual(frameOf(project, OPTIONS), before);
  });

  it('keeps one frame per filter, so widgets with different filters do not evict each other', () => {
    const project = createProject(sample());
    const all = frameOf(project, OPTIONS);
    const ben = frameOf(project, { ...OPTIONS, filter: { assignee: ['ben'] } });
    assert.notEqual(all, ben);
    assert.equal(frameOf(project, OPTIONS), all);
    assert.equal(frameOf(project, { ...OPTIONS, filter: { assignee: ['ben'] } }), ben);
    project.updateTask('b', { progress: 50 });
    assertFresh(project, { ...OPTIONS, filter: { assignee: ['ben'] } });
    assertFresh(project);
  });

  it('matches a fresh frame on a generated project after a chain of edits', () => {
    const project = withBaseline(
      generateProject({ tasks: 3000, seed: 11, statuses: true, people: 8, groups: 3, linkTypes: true }),
    );
    assertFresh(project, { today: '2026-06-01' });
    const leaves = project.tasks().filter((t) => !project.isSummary(t.id) && t.type !== 'milestone');
    for (const [k, task] of leaves.slice(10, 16).entries()) {
      project.updateTask(task.id, k % 2 === 0 ? { duration: 9 } : { progress: 55 });
      assertFresh(project, { today: '2026-06-01' });
    }
    const first = leaves[0];
    assert.ok(first !== undefined);
    project.addTask({ id: 'inserted', name: 'Inserted', parentId: first.parentId, duration: 3 });
    assertFresh(project, { today: '2026-06-01' });
  });
});

describe('createFrame parents and baselines', () => {
  it('finds parents listed after their children and ids that look like numbers', () => {
    const data: ProjectData = {
      id: 'p',
      name: 'P',
      start: '2026-03-02',
      tasks: [
        { id: '2', name: 'Child', parentId: '10', duration: 2 },
        { id: '10', name: 'Parent' },
        { id: '__proto__', name: 'Odd', parentId: '10', duration: 1 },
      ],
      baselines: [
        {
          id: 'b',
          name: 'B',
          takenAt: '2026-03-01',
          tasks: {
            '10': { start: '2026-03-02', end: '2026-03-05' },
            '2': { start: '2026-03-02', end: '2026-03-04' },
            ['__proto__']: { start: '2026-03-03', end: '2026-03-04' },
          },
        },
      ],
    };
    // JSON gives `__proto__` as an own key, as a host's fetched data would.
    const parsed = JSON.parse(JSON.stringify(data)) as ProjectData;
    const frame = createFrame({ ...parsed }, OPTIONS);
    assert.deepEqual(Array.from(frame.parent), [1, -1, 1]);
    assert.deepEqual(Array.from(frame.summary), [0, 1, 0]);
    const day = 1440;
    assert.equal(frame.baseEnd[0], Date.UTC(2026, 2, 4) / 60000);
    assert.equal(frame.baseEnd[1], Date.UTC(2026, 2, 5) / 60000);
    assert.equal((frame.baseEnd[2] as number) - (frame.baseStart[2] as number), day);
    assert.equal(frame.index.get('__proto__'), 2);
  });
});
