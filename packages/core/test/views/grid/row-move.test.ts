import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProject, type Project, type ProjectData } from '../../../src/index.js';
import { visibleRows, wbsDepths } from '../../../src/views/grid/rows.js';
import {
  isInSubtree,
  NO_ROW_MOVE,
  planRowDrop,
  planRowStep,
  rowDropAt,
} from '../../../src/views/grid/row-move.js';

const data: ProjectData = {
  id: 'p',
  name: 'Launch',
  start: '2026-03-02',
  tasks: [
    { id: 'plan', name: 'Plan' },
    { id: 'brief', name: 'Write brief', parentId: 'plan', start: '2026-03-02', duration: 2 },
    { id: 'review', name: 'Review brief', parentId: 'plan', duration: 1 },
    { id: 'build', name: 'Build' },
    { id: 'code', name: 'Code', parentId: 'build', duration: 5 },
    { id: 'ship', name: 'Ship', type: 'milestone' },
  ],
  dependencies: [
    { id: 'd1', from: 'brief', to: 'review' },
    { id: 'd2', from: 'review', to: 'code' },
    { id: 'd3', from: 'code', to: 'ship' },
  ],
};

function rowsOf(project: Project, collapsed: string[] = []) {
  const order = project.wbsOrder();
  const depth = wbsDepths(order, (id) => project.task(id)?.parentId);
  return visibleRows(order, depth, new Set(collapsed));
}

describe('row moves', () => {
  it('rowDropAt: quarters of a row are above, onto and below it; past the end is below the last', () => {
    assert.deepEqual(rowDropAt(0, 32, 6), { row: 0, place: 'before' });
    assert.deepEqual(rowDropAt(7.9, 32, 6), { row: 0, place: 'before' });
    assert.deepEqual(rowDropAt(8, 32, 6), { row: 0, place: 'inside' });
    assert.deepEqual(rowDropAt(24, 32, 6), { row: 0, place: 'inside' });
    assert.deepEqual(rowDropAt(24.1, 32, 6), { row: 0, place: 'after' });
    assert.deepEqual(rowDropAt(32 * 5 + 16, 32, 6), { row: 5, place: 'inside' });
    assert.deepEqual(rowDropAt(5000, 32, 6), { row: 5, place: 'after' });
    assert.deepEqual(rowDropAt(-20, 32, 6), { row: 0, place: 'before' });
    assert.equal(rowDropAt(10, 32, 0), undefined);
    assert.equal(rowDropAt(10, 0, 6), undefined);
  });

  it('planRowDrop: onto a row = last child; above/below = sibling; below an expanded summary = first child', () => {
    const project = createProject(data);
    const rows = rowsOf(project);
    // Rows: plan, brief, review, build, code, ship.
    assert.deepEqual(planRowDrop(project, rows, 'ship', { row: 0, place: 'inside' }), {
      target: { parentId: 'plan' },
      parentId: 'plan',
    });
    assert.deepEqual(planRowDrop(project, rows, 'ship', { row: 3, place: 'before' }), {
      target: { parentId: null, index: 1 },
      parentId: undefined,
    });
    assert.deepEqual(planRowDrop(project, rows, 'code', { row: 1, place: 'after' }), {
      target: { parentId: 'plan', index: 1 },
      parentId: 'plan',
    });
    assert.deepEqual(planRowDrop(project, rows, 'ship', { row: 0, place: 'after' }), {
      target: { parentId: 'plan', index: 0 },
      parentId: 'plan',
    });
    // Collapsed, a summary's lower quarter is the sibling after it (after its hidden subtree).
    assert.deepEqual(planRowDrop(project, rowsOf(project, ['plan']), 'ship', { row: 0, place: 'after' }), {
      target: { parentId: null, index: 1 },
      parentId: undefined,
    });
  });

  it('planRowDrop: refuses its own subtree, and calls a drop where it already is no move', () => {
    const project = createProject(data);
    const rows = rowsOf(project);
    assert.match(
      String(planRowDrop(project, rows, 'plan', { row: 2, place: 'inside' })),
      /cannot move into itself/,
    );
    assert.match(
      String(planRowDrop(project, rows, 'plan', { row: 2, place: 'before' })),
      /cannot move into itself/,
    );
    assert.equal(planRowDrop(project, rows, 'plan', { row: 0, place: 'inside' }), NO_ROW_MOVE);
    assert.equal(planRowDrop(project, rows, 'plan', { row: 0, place: 'after' }), NO_ROW_MOVE);
    assert.equal(planRowDrop(project, rows, 'brief', { row: 2, place: 'before' }), NO_ROW_MOVE);
    assert.equal(planRowDrop(project, rows, 'brief', { row: 1, place: 'after' }), NO_ROW_MOVE);
    assert.equal(planRowDrop(project, rows, 'review', { row: 0, place: 'inside' }), NO_ROW_MOVE);
    assert.equal(planRowDrop(project, rows, 'brief', { row: 99, place: 'inside' }), 'Nothing to move');
    assert.equal(isInSubtree(project, 'review', 'plan'), true);
    assert.equal(isInSubtree(project, 'plan', 'review'), false);
    assert.equal(isInSubtree(project, 'plan', 'plan'), true);
  });

  it('planRowStep: one place among the siblings, not past the ends; the store makes the move', () => {
    const project = createProject(data);
    assert.deepEqual(planRowStep(project, 'brief', 1), {
      target: { parentId: 'plan', index: 1 },
      parentId: 'plan',
    });
    assert.equal(planRowStep(project, 'brief', -1), 'Write brief is already first');
    assert.equal(planRowStep(project, 'ship', 1), 'Ship is already last');
    const plan = planRowStep(project, 'ship', -1);
    assert.deepEqual(plan, { target: { parentId: null, index: 1 }, parentId: undefined });
    if (typeof plan === 'string') throw new Error(plan);
    project.moveTask('ship', plan.target);
    assert.deepEqual(
      project.children(undefined).map((t) => t.id),
      ['plan', 'ship', 'build'],
    );
  });

  it('planRowDrop: a hostile task name is only quoted back, and a deep tree is walked without recursion', () => {
    const tasks: ProjectData['tasks'] = [{ id: 't0', name: '<img src=x onerror=alert(1)>' }];
    for (let i = 1; i < 20_000; i++) tasks.push({ id: `t${i}`, name: `T${i}`, parentId: `t${i - 1}` });
    const project = createProject({ id: 'deep', name: 'Deep', tasks }, { scheduler: false });
    assert.equal(isInSubtree(project, 't19999', 't0'), true);
    const rows = rowsOf(project);
    assert.equal(
      planRowDrop(project, rows, 't0', { row: 19_999, place: 'inside' }),
      '<img src=x onerror=alert(1)> cannot move into itself',
    );
  });
});
