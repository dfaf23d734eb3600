import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/board.js';
import type { RlBoard } from '../../src/classes.js';
import { cleanup, litWarnings, mount } from '../helpers.js';
import { boardData } from './fixtures.js';
import { cell, center, frames, mountTable, root, rows } from './table-helpers.js';

describe('deleting on rl-board', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('Delete on a focused card removes its task as one undo step, with rl-task-remove', async () => {
    const project = createProject(boardData());
    const el = await mount<RlBoard>(html`<rl-board .project=${project} today="2026-03-10"></rl-board>`);
    await frames();
    const heard: unknown[] = [];
    el.addEventListener('rl-task-remove', (e) => heard.push(e.detail));
    const card = root(el).querySelector<HTMLElement>('[part~="card"][data-id="b"]');
    if (!card) throw new Error('no card b');
    card.focus();
    await sendKeys({ press: 'Delete' });
    await frames();
    expect(project.task('b')).to.equal(undefined);
    expect(root(el).querySelector('[part~="card"][data-id="b"]')).to.equal(null);
    expect(heard).to.deep.equal([{ taskIds: ['b'], count: 1 }]);
    project.undo();
    await frames();
    expect(project.task('b')?.name).to.equal('Write API spec');
    expect(root(el).querySelector('[part~="card"][data-id="b"]')).to.not.equal(null);
  });

  it('a read-only board deletes nothing', async () => {
    const project = createProject(boardData());
    const el = await mount<RlBoard>(html`<rl-board .project=${project} readonly></rl-board>`);
    await frames();
    root(el).querySelector<HTMLElement>('[part~="card"][data-id="a"]')?.focus();
    await sendKeys({ press: 'Backspace' });
    await frames();
    expect(project.task('a')).to.not.equal(undefined);
  });

  it('Delete in the table removes the selected rows (or the focused one) and clears them from the selection', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    const before = rows(el);
    await sendMouse({ type: 'click', position: center(cell(el, 'a', 1)) });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    const selected = [...el.selection];
    expect(selected.length).to.equal(2);
    await sendKeys({ press: 'Delete' });
    await frames();
    await el.updateComplete;
    for (const id of selected) expect(project.task(id)).to.equal(undefined);
    expect(el.selection).to.deep.equal([]);
    expect(rows(el).length).to.equal(before.length - 2);
    project.undo();
    for (const id of selected) expect(project.task(id)).to.not.equal(undefined);
  });
});
