import { expect } from '@open-wc/testing';
import { createProject, type Project, visibleRows, wbsDepths } from '@roadline/core';
import { typedCharacter } from '../../src/gantt/edit-start.js';
import { dropAt, isWithin, NO_MOVE, planDrop, planStep } from '../../src/gantt/row-move.js';
import { data } from './fixtures.js';

function rowsOf(project: Project, collapsed: string[] = []) {
  const order = project.wbsOrder();
  const depth = wbsDepths(order, (id) => project.task(id)?.parentId);
  return visibleRows(order, depth, new Set(collapsed));
}

function key(init: KeyboardEventInit): KeyboardEvent {
  return new KeyboardEvent('keydown', init);
}

describe('row moves and typed keys (pure helpers)', () => {
  it('dropAt: quarters of a row are above, onto and below it; past the end is below the last', () => {
    expect(dropAt(0, 32, 6)).to.deep.equal({ row: 0, place: 'before' });
    expect(dropAt(7.9, 32, 6)).to.deep.equal({ row: 0, place: 'before' });
    expect(dropAt(8, 32, 6)).to.deep.equal({ row: 0, place: 'inside' });
    expect(dropAt(24, 32, 6)).to.deep.equal({ row: 0, place: 'inside' });
    expect(dropAt(24.1, 32, 6)).to.deep.equal({ row: 0, place: 'after' });
    expect(dropAt(32 * 5 + 16, 32, 6)).to.deep.equal({ row: 5, place: 'inside' });
    expect(dropAt(5000, 32, 6)).to.deep.equal({ row: 5, place: 'after' });
    expect(dropAt(-20, 32, 6)).to.deep.equal({ row: 0, place: 'before' });
    expect(dropAt(10, 32, 0)).to.equal(undefined);
  });

  it('planDrop: onto a row = last child; above/below = sibling; below an expanded summary = first child', () => {
    const project = createProject(data);
    const rows = rowsOf(project);
    // Rows: plan, brief, review, build, code, ship.
    expect(planDrop(project, rows, 'ship', { row: 0, place: 'inside' })).to.deep.equal({
      target: { parentId: 'plan' },
      parentId: 'plan',
    });
    expect(planDrop(project, rows, 'ship', { row: 3, place: 'before' })).to.deep.equal({
      target: { parentId: null, index: 1 },
      parentId: undefined,
    });
    expect(planDrop(project, rows, 'code', { row: 1, place: 'after' })).to.deep.equal({
      target: { parentId: 'plan', index: 1 },
      parentId: 'plan',
    });
    expect(planDrop(project, rows, 'ship', { row: 0, place: 'after' })).to.deep.equal({
      target: { parentId: 'plan', index: 0 },
      parentId: 'plan',
    });
    // Collapsed, a summary's lower quarter is the sibling after it (after its hidden subtree).
    const collapsed = rowsOf(project, ['plan']);
    expect(planDrop(project, collapsed, 'ship', { row: 0, place: 'after' })).to.deep.equal({
      target: { parentId: null, index: 1 },
      parentId: undefined,
    });
  });

  it('planDrop: refuses its own subtree, and calls a drop where it already is no move', () => {
    const project = createProject(data);
    const rows = rowsOf(project);
    expect(planDrop(project, rows, 'plan', { row: 2, place: 'inside' })).to.contain(
      'cannot move into itself',
    );
    // Its own row, anywhere on it, leaves it where it is (no red line as a drag begins).
    expect(planDrop(project, rows, 'plan', { row: 0, place: 'inside' })).to.equal(NO_MOVE);
    expect(planDrop(project, rows, 'plan', { row: 0, place: 'after' })).to.equal(NO_MOVE);
    expect(planDrop(project, rows, 'plan', { row: 2, place: 'before' })).to.contain(
      'cannot move into itself',
    );
    expect(planDrop(project, rows, 'brief', { row: 2, place: 'before' })).to.equal(NO_MOVE);
    expect(planDrop(project, rows, 'brief', { row: 1, place: 'after' })).to.equal(NO_MOVE);
    expect(planDrop(project, rows, 'review', { row: 0, place: 'inside' })).to.equal(NO_MOVE);
    expect(planDrop(project, rows, 'brief', { row: 99, place: 'inside' })).to.equal('Nothing to move');
    expect(isWithin(project, 'review', 'plan')).to.equal(true);
    expect(isWithin(project, 'plan', 'review')).to.equal(false);
    expect(isWithin(project, 'plan', 'plan')).to.equal(true);
  });

  it('planStep: one place among the siblings, not past the ends', () => {
    const project = createProject(data);
    expect(planStep(project, 'brief', 1)).to.deep.equal({
      target: { parentId: 'plan', index: 1 },
      parentId: 'plan',
    });
    expect(planStep(project, 'brief', -1)).to.equal('Write brief is already first');
    expect(planStep(project, 'ship', 1)).to.equal('Ship is already last');
    expect(planStep(project, 'ship', -1)).to.deep.equal({
      target: { parentId: null, index: 1 },
      parentId: undefined,
    });
    // What the store does with the plan.
    const plan = planStep(project, 'ship', -1);
    if (typeof plan === 'string') throw new Error(plan);
    project.moveTask('ship', plan.target);
    expect(project.children(undefined).map((t) => t.id)).to.deep.equal(['plan', 'ship', 'build']);
  });

  it('typedCharacter: printable characters start editing; grid keys, chords and named keys do not', () => {
    expect(typedCharacter(key({ key: 'a' }))).to.equal('a');
    expect(typedCharacter(key({ key: 'Ä', shiftKey: true }))).to.equal('Ä');
    expect(typedCharacter(key({ key: '7' }))).to.equal('7');
    expect(typedCharacter(key({ key: '😀' }))).to.equal('😀');
    for (const k of [' ', '+', '-', 'Enter', 'F2', 'ArrowUp', 'Dead', 'Unidentified', 'Tab', '\u007f', ''])
      expect(typedCharacter(key({ key: k })), JSON.stringify(k)).to.equal(undefined);
    expect(typedCharacter(key({ key: 'z', ctrlKey: true }))).to.equal(undefined);
    expect(typedCharacter(key({ key: 'c', metaKey: true }))).to.equal(undefined);
    expect(typedCharacter(key({ key: 'x', altKey: true }))).to.equal(undefined);
    expect(typedCharacter(key({ key: 'k', isComposing: true }))).to.equal(undefined);
  });
});
