import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProject, type Project, type ProjectData } from '../../../src/index.js';
import { WorkCalendar } from '../../../src/time/calendar.js';
import { toWallMinutes } from '../../../src/time/wall-time.js';
import { planSubtreeMove, prepareSubtreeMove } from '../../../src/views/dates/index.js';

// Whole days, Mon–Fri. Pre: Mon 2 Mar. Phase: A Tue–Wed → B Thu; C after Pre (Tue); D MSO Wed 4;
// M a milestone after B (Fri 00:00, shown Thu).
const data: ProjectData = {
  id: 'p',
  name: 'Move',
  start: '2026-03-02',
  tasks: [
    { id: 'pre', name: 'Pre', start: '2026-03-02', duration: 1 },
    { id: 'phase', name: 'Phase' },
    { id: 'a', name: 'A', parentId: 'phase', start: '2026-03-03', duration: 2 },
    { id: 'b', name: 'B', parentId: 'phase', duration: 1 },
    { id: 'c', name: 'C', parentId: 'phase', duration: 1 },
    { id: 'd', name: 'D', parentId: 'phase', duration: 1, constraint: { type: 'MSO', date: '2026-03-04' } },
    { id: 'm', name: 'M', parentId: 'phase', type: 'milestone' },
  ],
  dependencies: [
    { id: 'ab', from: 'a', to: 'b' },
    { id: 'pc', from: 'pre', to: 'c' },
    { id: 'bm', from: 'b', to: 'm' },
  ],
};

const calendar = WorkCalendar.from(undefined);
const calendarOf = () => calendar;

function apply(project: Project, summary: string, to: string): ReturnType<typeof planSubtreeMove> {
  const plan = planSubtreeMove(project, summary, toWallMinutes(to) as number, calendarOf);
  if (plan) project.transaction(() => plan.moves.forEach((m) => void project.updateTask(m.id, m.patch)));
  return plan;
}

const starts = (project: Project, ids: string[]) => ids.map((id) => project.scheduled(id)?.start);

describe('planSubtreeMove', () => {
  it('moves every leaf by the same working time, keeping links and shifting constraints', () => {
    const project = createProject(data);
    assert.equal(project.scheduled('phase')?.start, '2026-03-03');
    const plan = planSubtreeMove(project, 'phase', toWallMinutes('2026-03-05') as number, calendarOf);
    assert.equal(plan?.shift, 2 * 1440);
    assert.deepEqual(plan?.moves, [
      // No predecessor: it anchors itself, no constraint.
      { id: 'a', patch: { start: '2026-03-05' } },
      // Driven only from inside the summary: the link carries it, no constraint.
      { id: 'b', patch: { start: '2026-03-09' } },
      // Linked from outside: pinned where it goes, as dragging its own bar does.
      { id: 'c', patch: { start: '2026-03-05', constraint: { type: 'SNET', date: '2026-03-05' } } },
      // Its own constraint moves with it.
      { id: 'd', patch: { start: '2026-03-06', constraint: { type: 'MSO', date: '2026-03-06' } } },
      { id: 'm', patch: { start: '2026-03-10' } },
    ]);
    apply(project, 'phase', '2026-03-05');
    assert.deepEqual(starts(project, ['phase', 'a', 'b', 'c', 'd', 'm']), [
      '2026-03-05',
      '2026-03-05',
      '2026-03-09',
      '2026-03-05',
      '2026-03-06',
      '2026-03-10',
    ]);
    // One undo step restores everything.
    project.undo();
    assert.deepEqual(starts(project, ['phase', 'a', 'b', 'c', 'd']), [
      '2026-03-03',
      '2026-03-03',
      '2026-03-05',
      '2026-03-03',
      '2026-03-04',
    ]);
    assert.equal(project.task('c')?.constraint, undefined);
  });

  it('counts working time: a move over a weekend, and back, keeps the working distance', () => {
    const project = createProject(data);
    // Tue 3 → Mon 9 is four working days: D's MSO Wed 4 becomes Tue 10.
    const plan = apply(project, 'phase', '2026-03-09');
    assert.equal(plan?.shift, 4 * 1440);
    assert.equal(project.scheduled('d')?.start, '2026-03-10');
    assert.equal(project.scheduled('b')?.start, '2026-03-11');
  });

  it('lets a link win over a move earlier than it allows', () => {
    const project = createProject(data);
    apply(project, 'phase', '2026-03-02');
    // A goes to Monday; C is held by Pre (Mon) and stays Tuesday.
    assert.equal(project.scheduled('a')?.start, '2026-03-02');
    assert.equal(project.scheduled('c')?.start, '2026-03-03');
  });

  it('pins leaves driven through a link to the summary, and moves nested summaries’ leaves', () => {
    const project = createProject({
      id: 'p',
      name: 'Nested',
      start: '2026-03-02',
      tasks: [
        { id: 'pre', name: 'Pre', start: '2026-03-02', duration: 1 },
        { id: 'top', name: 'Top' },
        { id: 'inner', name: 'Inner', parentId: 'top' },
        { id: 'x', name: 'X', parentId: 'inner', duration: 1 },
      ],
      dependencies: [{ id: 'pt', from: 'pre', to: 'top' }],
    });
    const plan = apply(project, 'top', '2026-03-05');
    assert.deepEqual(plan?.moves, [
      { id: 'x', patch: { start: '2026-03-05', constraint: { type: 'SNET', date: '2026-03-05' } } },
    ]);
    assert.equal(project.scheduled('top')?.start, '2026-03-05');
  });

  it('plans a drag’s frames from the state it grabbed, over the previews it shows', () => {
    const project = createProject(data);
    const mover = prepareSubtreeMove(project, 'phase', calendarOf);
    for (const to of ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-05']) {
      const plan = mover?.plan(toWallMinutes(to) as number);
      project.preview(() => plan?.moves.forEach((m) => void project.updateTask(m.id, m.patch)));
    }
    assert.equal(project.scheduled('phase')?.start, '2026-03-05');
    assert.equal(project.scheduled('d')?.start, '2026-03-06');
    project.endPreview();
    assert.deepEqual(starts(project, ['phase', 'd']), ['2026-03-03', '2026-03-04']);
    assert.equal(mover?.plan(toWallMinutes('2026-03-03') as number), undefined);
  });

  it('plans nothing for a leaf, an unknown task or no move', () => {
    const project = createProject(data);
    const at = toWallMinutes('2026-03-05') as number;
    assert.equal(planSubtreeMove(project, 'a', at, calendarOf), undefined);
    assert.equal(planSubtreeMove(project, 'nope', at, calendarOf), undefined);
    assert.equal(
      planSubtreeMove(project, 'phase', toWallMinutes('2026-03-03') as number, calendarOf),
      undefined,
    );
  });
});
