import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { RlBoard } from '../../src/classes.js';
import { cleanup, expectEvent, litWarnings } from '../helpers.js';
import { boardData } from './fixtures.js';
import { cell, center, mountTable, root } from './table-helpers.js';

function editors(el: RlBoard): HTMLInputElement[] {
  return [...root(el).querySelectorAll<HTMLInputElement>('[part~="editor"]')];
}

describe('rl-board table editing', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('F2 keeps the value with the caret after it; Enter commits and focus goes back to the cell', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    cell(el, 'a', 1).focus();
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    const [input] = editors(el);
    expect(input !== undefined && root(el).activeElement === input).to.equal(true);
    expect(input?.selectionStart).to.equal('Design login'.length);
    await sendKeys({ type: ' v2' });
    const event = await expectEvent<CustomEvent>(el, 'rl-item-change', () => sendKeys({ press: 'Enter' }));
    expect(event.detail).to.deep.include({ itemIds: ['a'], column: 'name', source: 'edit' });
    await el.updateComplete;
    expect(project.task('a')?.name).to.equal('Design login v2');
    expect(editors(el)).to.have.length(0);
    expect(root(el).activeElement).to.equal(cell(el, 'a', 1));
  });

  it('a character typed on a cell starts editing with it in place of the value', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    cell(el, 'b', 1).focus();
    await sendKeys({ type: 'N' });
    await el.updateComplete;
    const [input] = editors(el);
    expect(input?.value).to.equal('N');
    await sendKeys({ type: 'ew spec' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(project.task('b')?.name).to.equal('New spec');
    // Space still selects rather than typing.
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(editors(el)).to.have.length(0);
    expect(el.selection).to.deep.equal(['b']);
  });

  it('Enter selects the value to retype it; Tab (leaving the cell) commits, Escape cancels', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    cell(el, 'c', 1).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'Harden login' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(project.task('c')?.name).to.equal('Harden login');
    expect(editors(el)).to.have.length(0);

    cell(el, 'c', 1).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'Thrown away' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(project.task('c')?.name).to.equal('Harden login');
    expect(editors(el)).to.have.length(0);
    expect(root(el).activeElement).to.equal(cell(el, 'c', 1));
    // Escape in the editor cancelled the edit only: no selection was touched.
    expect(el.selection).to.deep.equal([]);
  });

  it('a double-click edits that cell; a click elsewhere commits', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    // The test runner's mouse cannot double-click: a real click, then the dblclick it would end in.
    await sendMouse({ type: 'click', position: center(cell(el, 'd', 1)) });
    cell(el, 'd', 1).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, detail: 2 }));
    await el.updateComplete;
    const [input] = editors(el);
    expect(input !== undefined && root(el).activeElement === input).to.equal(true);
    expect(input?.closest('[role="row"]')?.getAttribute('data-id')).to.equal('d');
    await sendKeys({ type: 'Ship v2' });
    await sendMouse({ type: 'click', position: center(cell(el, 'a', 3)) });
    await el.updateComplete;
    expect(project.task('d')?.name).to.equal('Ship v2');
    expect(editors(el)).to.have.length(0);
  });

  it("a timeline's two dates are one edit: moving between them keeps it open, Enter commits both", async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    el.columns = ['name', 'timeline'];
    await el.updateComplete;
    cell(el, 'a', 2).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const [start, due] = editors(el);
    expect(start !== undefined && root(el).activeElement === start).to.equal(true);
    if (!start || !due) throw new Error('no timeline editors');
    start.value = '2026-03-03';
    due.focus();
    await el.updateComplete;
    expect(editors(el)).to.have.length(2);
    due.value = '2026-03-09';
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(project.task('a')?.start?.slice(0, 10)).to.equal('2026-03-03');
    expect(editors(el)).to.have.length(0);
    expect(cell(el, 'a', 2).textContent).to.contain('9 Mar');
  });
});
