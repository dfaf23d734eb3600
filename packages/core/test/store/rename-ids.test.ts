import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChangeBatch } from '../../src/store/change-batch.js';
import { createProject } from '../../src/store/project.js';
import { sample, throwsCode } from './helpers.js';

describe('renameIds', () => {
  it('re-keys a task and every reference to it as one remote batch, with no undo step', () => {
    const project = createProject(sample());
    project.addNote({ taskId: 'design', text: 'n' });
    project.takeBaseline({ name: 'b' });
    const undoable = project.canUndo;
    const batches: ChangeBatch[] = [];
    project.subscribe((b) => batches.push(b));
    const wbs = project.wbsOrder().slice();
    project.renameIds([
      { entity: 'task', from: 'phase', to: 'P-1' },
      { entity: 'task', from: 'design', to: 'D-1' },
    ]);
    assert.equal(batches.length, 1);
    assert.equal(batches[0]?.origin, 'remote');
    assert.equal(project.task('design'), undefined);
    assert.equal(project.task('D-1')?.parentId, 'P-1');
    assert.ok(project.dependencies().some((d) => d.from === 'D-1'));
    assert.equal(project.notes('D-1').length, 1);
    assert.ok(project.baselines()[0]?.tasks['D-1']);
    assert.deepEqual(
      project.wbsOrder(),
      wbs.map((id) => (id === 'phase' ? 'P-1' : id === 'design' ? 'D-1' : id)),
      'the tree keeps its order',
    );
    assert.equal(project.canUndo, undoable);
  });

  it('rewrites undo and redo to the new ids', () => {
    const project = createProject(sample());
    project.updateTask('design', { name: 'Renamed later' });
    project.renameIds([{ entity: 'task', from: 'design', to: 'D-1' }]);
    assert.equal(project.undo(), true);
    assert.equal(project.task('D-1')?.name, 'Design');
    assert.equal(project.redo(), true);
    assert.equal(project.task('D-1')?.name, 'Renamed later');
  });

  it('re-keys a person in assignments, and a link', () => {
    const project = createProject(sample());
    project.updateTask('design', { assignees: ['ann'] });
    const link = project.dependencies()[0];
    assert.ok(link);
    project.renameIds([
      { entity: 'person', from: 'ann', to: 'U-7' },
      { entity: 'dependency', from: link.id, to: 'L-1' },
    ]);
    assert.deepEqual(project.task('design')?.assignees, ['U-7']);
    assert.equal(project.person('ann'), undefined);
    assert.equal(project.dependency('L-1')?.from, link.from);
  });

  it('changes nothing when a rename is invalid', () => {
    const project = createProject(sample());
    const before = project.toJSON();
    throwsCode(() => project.renameIds([{ entity: 'task', from: 'design', to: 'build' }]), 'DUPLICATE_ID');
    throwsCode(() => project.renameIds([{ entity: 'task', from: 'nope', to: 'x' }]), 'NOT_FOUND');
    assert.deepEqual(project.toJSON(), before);
  });
});
