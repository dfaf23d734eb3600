import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createFrame, sourceOf } from '../../src/analytics/frame.js';
import { progressBy, progressOf } from '../../src/analytics/progress.js';
import type { ProjectData } from '../../src/model/types.js';
import { createProject } from '../../src/store/project.js';

/**
 * Two top summaries; `build` nests a summary. Weights in days (a day is 8 effort hours):
 * design 2, api 3, ui 1, launch 0 (a milestone), docs 4.
 */
function plan(): ProjectData {
  return {
    id: 'p',
    name: 'Roll-up',
    start: '2026-03-02',
    tasks: [
      { id: 'phase', name: 'Phase', progress: 90 },
      { id: 'design', name: 'Design', parentId: 'phase', duration: 2, progress: 100 },
      { id: 'build', name: 'Build', parentId: 'phase', progress: 5 },
      { id: 'api', name: 'API', parentId: 'build', duration: 3, progress: 50 },
      { id: 'ui', name: 'UI', parentId: 'build', duration: 1, progress: 0 },
      { id: 'launch', name: 'Launch', parentId: 'phase', type: 'milestone', progress: 0 },
      { id: 'wrap', name: 'Wrap-up' },
      { id: 'docs', name: 'Docs', parentId: 'wrap', duration: 4, progress: 25 },
    ],
  };
}

const close = (actual: number | undefined, expected: number): void => {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);
};

describe('rolled-up progress', () => {
  it('is a leaf’s own progress and a summary’s duration-weighted mean of its leaves', () => {
    const project = createProject(plan());
    close(project.rolledUpProgress('api'), 50);
    // build: (3×50 + 1×0) / 4, its own 5 % ignored.
    close(project.rolledUpProgress('build'), 37.5);
    // phase: (2×100 + 3×50 + 1×0 + 0×0) / 6 over every leaf below, nested ones too; not its 90 %.
    close(project.rolledUpProgress('phase'), 350 / 6);
    close(project.rolledUpProgress('wrap'), 25);
    assert.equal(project.rolledUpProgress('nope'), undefined);
  });

  it('gives milestones no weight, unless no leaf below has one: then each leaf counts the same', () => {
    const project = createProject({
      id: 'p',
      name: 'Gates',
      start: '2026-03-02',
      tasks: [
        { id: 'gates', name: 'Gates' },
        { id: 'g1', name: 'G1', parentId: 'gates', type: 'milestone', progress: 100 },
        { id: 'g2', name: 'G2', parentId: 'gates', type: 'milestone', progress: 0 },
        { id: 'z', name: 'Zero', parentId: 'gates', duration: 0, progress: 100 },
        { id: 'mixed', name: 'Mixed' },
        { id: 'm', name: 'M', parentId: 'mixed', type: 'milestone', progress: 0 },
        { id: 'w', name: 'W', parentId: 'mixed', duration: 1, progress: 60 },
      ],
    });
    close(project.rolledUpProgress('gates'), 200 / 3);
    close(project.rolledUpProgress('mixed'), 60);
  });

  it('weighs a leaf by effort hours on its own calendar', () => {
    const project = createProject({
      ...plan(),
      calendars: [
        {
          id: 'office',
          name: 'Office',
          workingHours: [
            ['08:00', '12:00'],
            ['13:00', '17:00'],
          ],
        },
      ],
    });
    // Eight office hours are one working day, which weighs as much as a day of the project's.
    project.updateTask('ui', { calendarId: 'office', duration: 8, durationUnit: 'hour' });
    close(project.rolledUpProgress('build'), 37.5);
    project.updateTask('ui', { progress: 100 });
    close(project.rolledUpProgress('build'), 62.5);
    // Eight hours of the project's whole-day calendar are a third of a day.
    project.updateTask('ui', { calendarId: undefined });
    close(project.rolledUpProgress('build'), (150 + 100 / 3) / (3 + 1 / 3));
  });

  it('follows edits, undo, moves between summaries, added and removed tasks', () => {
    const project = createProject(plan());
    close(project.rolledUpProgress('phase'), 350 / 6);
    project.updateTask('ui', { progress: 100 });
    close(project.rolledUpProgress('build'), 62.5);
    close(project.rolledUpProgress('phase'), 450 / 6);
    project.updateTask('api', { duration: 1 });
    close(project.rolledUpProgress('build'), 75);
    project.undo();
    project.undo();
    close(project.rolledUpProgress('phase'), 350 / 6);
    project.moveTask('docs', { parentId: 'build' });
    close(project.rolledUpProgress('build'), 250 / 8);
    assert.equal(project.rolledUpProgress('wrap'), 0); // a leaf again: its own progress (none)
    project.addTask({ id: 'qa', name: 'QA', parentId: 'build', duration: 2, progress: 100 });
    close(project.rolledUpProgress('build'), 450 / 10);
    project.removeTask('qa');
    close(project.rolledUpProgress('build'), 250 / 8);
  });

  it('reads a transaction’s own changes and previews', () => {
    const project = createProject(plan());
    close(project.rolledUpProgress('build'), 37.5);
    project.transaction(() => {
      project.updateTask('ui', { progress: 100 });
      close(project.rolledUpProgress('build'), 62.5);
    });
    close(project.rolledUpProgress('build'), 62.5);
    project.preview(() => project.updateTask('api', { progress: 100 }));
    close(project.rolledUpProgress('build'), 100);
    project.endPreview();
    close(project.rolledUpProgress('build'), 62.5);
  });

  it('the whole-plan pass of a first read gives what each summary’s own walk gives', () => {
    // Nested summaries three deep, calendars of their own, milestones, tasks with dates and no
    // duration, summaries whose children are all milestones.
    const calendars: NonNullable<ProjectData['calendars']> = [
      { id: 'short', name: 'Short', workingDays: [1, 2, 3, 4], hoursPerDay: 6 },
      { id: 'round', name: 'Round', workingDays: [0, 1, 2, 3, 4, 5, 6], workingHours: [['00:00', '24:00']] },
    ];
    const tasks: ProjectData['tasks'] = [];
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const parents: string[] = [];
    for (let i = 0; i < 600; i++) {
      const parentId =
        parents.length > 0 && next() < 0.8 ? parents[Math.floor(next() * parents.length)] : undefined;
      const kind = next();
      const task: ProjectData['tasks'][number] = {
        id: `t${i}`,
        name: `T${i}`,
        progress: Math.round(next() * 100),
      };
      if (parentId !== undefined) task.parentId = parentId;
      if (kind < 0.1) task.type = 'milestone';
      else if (kind < 0.2)
        Object.assign(task, { start: '2026-03-02', end: `2026-03-${10 + Math.floor(next() * 9)}` });
      else task.duration = Math.floor(next() * 5);
      if (next() < 0.3) task.calendarId = calendars[Math.floor(next() * 2)]?.id as string;
      if (next() < 0.25 && parents.length < 120) parents.push(task.id);
      tasks.push(task);
    }
    const data: ProjectData = { id: 'p', name: 'Mixed', start: '2026-03-02', calendars, tasks };
    const whole = createProject(data, { scheduler: false });
    const walked = createProject(data, { scheduler: false });
    const summaries = whole.wbsOrder().filter((id) => whole.isSummary(id));
    assert.ok(summaries.length > 50);
    for (const id of summaries) {
      // Inside a transaction a read walks the summary's own subtree only.
      const own = walked.transaction(() => walked.rolledUpProgress(id));
      close(whole.rolledUpProgress(id), own as number);
    }
  });

  it('handles a deep chain of summaries without recursion', () => {
    const tasks: ProjectData['tasks'] = [];
    for (let i = 0; i < 20_000; i++)
      tasks.push({ id: `s${i}`, name: `S${i}`, ...(i > 0 ? { parentId: `s${i - 1}` } : {}) });
    tasks.push({ id: 'leaf', name: 'Leaf', parentId: 's19999', duration: 1, progress: 30 });
    const project = createProject(
      { id: 'p', name: 'Deep', start: '2026-03-02', tasks },
      { scheduler: false },
    );
    close(project.rolledUpProgress('s0'), 30);
    project.updateTask('leaf', { progress: 70 });
    close(project.rolledUpProgress('s0'), 70);
  });

  it('agrees with the analytics: a project’s progress is its top summaries’ weighted progress', () => {
    const project = createProject(plan());
    const frame = createFrame(sourceOf(project), { today: '2026-03-04' });
    const rows = progressBy(frame, 'project');
    for (const id of ['phase', 'wrap']) {
      const row = rows.find((r) => r.id === id);
      close(row?.percent, project.rolledUpProgress(id) as number);
    }
    const phase = rows.find((r) => r.id === 'phase');
    const wrap = rows.find((r) => r.id === 'wrap');
    const weighted =
      ((phase?.percent ?? 0) * (phase?.hours ?? 0) + (wrap?.percent ?? 0) * (wrap?.hours ?? 0)) /
      ((phase?.hours ?? 0) + (wrap?.hours ?? 0));
    close(progressOf(frame).percent, weighted);
  });
});
