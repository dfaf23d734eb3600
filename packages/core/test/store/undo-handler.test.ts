import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChangeBatch } from '../../src/store/change-batch.js';
import type { UndoHandler } from '../../src/store/undo-handler.js';
import { load } from './helpers.js';

describe('Project.setUndoHandler', () => {
  it('routes undo, redo and their flags to the handler until it is removed', () => {
    const p = load();
    p.updateTask('design', { name: 'Own history' });
    const calls: string[] = [];
    const handler: UndoHandler = {
      undo: () => {
        calls.push('undo');
        return true;
      },
      redo: () => {
        calls.push('redo');
        return false;
      },
      canUndo: false,
      canRedo: true,
    };
    p.setUndoHandler(handler);
    assert.equal(p.canUndo, false);
    assert.equal(p.canRedo, true);
    assert.equal(p.undo(), true);
    assert.equal(p.redo(), false);
    assert.deepEqual(calls, ['undo', 'redo']);
    assert.equal(p.task('design')?.name, 'Own history', 'the store did not undo by itself');
    p.setUndoHandler(undefined);
    assert.equal(p.canUndo, true);
    assert.equal(p.undo(), true);
    assert.notEqual(p.task('design')?.name, 'Own history');
  });
});

describe('Project.applyOperations origin', () => {
  it("tells an undo handler's step as 'undo' or 'redo' and keeps it out of the history", () => {
    const p = load();
    const origins: string[] = [];
    p.subscribe((b: ChangeBatch) => origins.push(b.origin));
    const before = p.task('design');
    assert.ok(before);
    p.applyOperations(
      [{ kind: 'update', entity: 'task', id: 'design', after: { ...before, name: 'X' } }],
      'undo',
    );
    p.applyOperations([{ kind: 'update', entity: 'task', id: 'design', after: before }], 'redo');
    p.applyOperations([{ kind: 'update', entity: 'task', id: 'design', after: { ...before, name: 'Y' } }]);
    assert.deepEqual(origins, ['undo', 'redo', 'remote']);
    assert.equal(p.canUndo, false);
  });
});
