import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChangeBatch } from '../../src/store/change-batch.js';
import { createProject } from '../../src/store/project.js';
import { generateProject } from '../../src/testing/generate.js';
import { load, sample, throwsCode } from './helpers.js';

// The sample: Design (Mon 2 Mar, 2 days) → FS → Build; Ship is a milestone on Mon 9 Mar.

describe('previews', () => {
  it('shows a change to views and the scheduler without making it an undo step', () => {
    const project = createProject(sample());
    const batches: ChangeBatch[] = [];
    project.subscribe((b) => batches.push(b));
    const buildBefore = project.scheduled('build')?.start;
    project.preview(() => project.updateTask('design', { start: '2026-03-04' }));
    assert.equal(project.task('design')?.start, '2026-03-04');
    // The successor moved with it: the scheduler ran on the preview.
    assert.notEqual(project.scheduled('build')?.start, buildBefore);
    assert.equal(batches.length, 1);
    assert.equal(batches[0]?.origin, 'preview');
    assert.equal(project.version, 1);
    assert.equal(project.canUndo, false);
    assert.equal(project.previewing, true);
  });

  it('stacks previews and reverts them all at once to the very snapshots before the first', () => {
    const project = createProject(sample());
    const design = project.task('design');
    const build = project.scheduled('build');
    const batches: ChangeBatch[] = [];
    project.subscribe((b) => batches.push(b));
    for (const start of ['2026-03-03', '2026-03-04', '2026-03-05']) {
      project.preview(() =>
        project.updateTask('design', { start, constraint: { type: 'SNET', date: start } }),
      );
    }
    assert.equal(project.task('design')?.start, '2026-03-05');
    assert.equal(project.endPreview(), true);
    // The same frozen snapshot as before: nothing of the previews is left.
    assert.equal(project.task('design'), design);
    assert.deepEqual(project.scheduled('build'), build);
    assert.equal(batches.length, 4);
    assert.equal(batches[3]?.origin, 'preview');
    assert.equal(batches[3]?.operations.length, 3);
    assert.equal(project.previewing, false);
    assert.equal(project.endPreview(), false);
    assert.equal(batches.length, 4);
  });

  it('leaves undo and redo as they were', () => {
    const project = load();
    project.transaction(() => project.updateTask('build', { progress: 30 }));
    project.transaction(() => project.updateTask('build', { progress: 60 }));
    project.undo();
    project.preview(() => project.updateTask('design', { start: '2026-03-04' }));
    project.endPreview();
    assert.equal(project.canRedo, true);
    assert.equal(project.redo(), true);
    assert.equal(project.task('build')?.progress, 60);
    assert.equal(project.undo(), true);
    assert.equal(project.undo(), true);
    assert.equal(project.task('build')?.progress, undefined);
    assert.equal(project.undo(), false);
  });

  it('rolls back a preview that throws and keeps the earlier ones', () => {
    const project = load();
    project.preview(() => project.updateTask('design', { progress: 20 }));
    throwsCode(
      () =>
        project.preview(() => {
          project.updateTask('design', { progress: 40 });
          project.addDependency({ from: 'build', to: 'design' }); // a cycle
        }),
      'CYCLE',
    );
    assert.equal(project.task('design')?.progress, 20);
    project.endPreview();
    assert.equal(project.task('design')?.progress, undefined);
    assert.equal(project.dependencies().length, 1);
  });

  it('cannot start or end inside a transaction', () => {
    const project = load();
    throwsCode(
      () => project.transaction(() => project.preview(() => project.updateTask('design', { progress: 1 }))),
      'INVALID_ARGUMENT',
    );
    project.preview(() => project.updateTask('design', { progress: 1 }));
    throwsCode(() => project.transaction(() => project.endPreview()), 'INVALID_ARGUMENT');
    assert.equal(project.endPreview(), true);
    assert.equal(project.task('design')?.progress, undefined);
  });

  it('reverts adds and removes in reverse order, hostile strings included', () => {
    const project = load();
    const notes = project.notes().length;
    project.preview(() => project.addTask({ id: '<img src=x>', name: '"constructor"', parentId: 'phase' }));
    project.preview(() => project.removeTask('build'));
    assert.equal(project.task('build'), undefined);
    assert.throws(() => project.preview(() => project.addTask({ id: '__proto__', name: 'x' })));
    project.endPreview();
    assert.equal(project.task('<img src=x>'), undefined);
    assert.equal(project.task('build')?.name, 'Build');
    assert.equal(project.dependencies().length, 1);
    assert.equal(project.notes().length, notes);
  });

  it('keeps a 100k-task schedule equal to a fresh one after previews and their revert', () => {
    const data = generateProject({ tasks: 100_000, seed: 4 });
    const project = createProject(data);
    const id = project
      .wbsOrder()
      .find((t) => !project.isSummary(t) && project.successors(t).length > 0) as string;
    const start = project.scheduled(id)?.start as string;
    const day = Date.UTC(
      Number(start.slice(0, 4)),
      Number(start.slice(5, 7)) - 1,
      Number(start.slice(8, 10)),
    );
    for (let k = 1; k <= 3; k++) {
      const date = new Date(day + k * 86_400_000).toISOString().slice(0, 10);
      project.preview(() => project.updateTask(id, { start: date }));
    }
    project.endPreview();
    const fresh = createProject(data).schedule();
    const now = project.schedule();
    assert.equal(now?.end, fresh?.end);
    assert.deepEqual(now?.criticalPath, fresh?.criticalPath);
    for (const t of project.successors(id)) assert.deepEqual(now?.tasks.get(t.to), fresh?.tasks.get(t.to));
  });
});
