import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { cleanup, expectAccessible, expectEvent, litWarnings } from '../helpers.js';
import { at, cell, chord, click, data, focused, mountGrid, rowIds, settle, shadow } from './fixtures.js';

function editor(el: Element): HTMLInputElement | HTMLSelectElement | null {
  return shadow(el).querySelector<HTMLInputElement | HTMLSelectElement>('[part="editor"]');
}

describe('rl-gantt-grid type-to-edit', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('starts editing with the typed character in place of the value, as one undo step', async () => {
    const { el, project } = await mountGrid();
    await click(cell(el, 'brief', 'name'));
    const before: CustomEvent[] = [];
    el.addEventListener('rl-before-task-change', (e) => before.push(e));
    await sendKeys({ press: 'D' });
    await el.updateComplete;
    const input = editor(el) as HTMLInputElement;
    expect(shadow(el).activeElement).to.equal(input);
    expect(input.value).to.equal('D');
    expect(input.selectionStart).to.equal(1);
    await sendKeys({ type: 'raft' });
    const after = await expectEvent<CustomEvent>(el, 'rl-task-change', () => sendKeys({ press: 'Enter' }));
    expect(before).to.have.length(1);
    expect(after.detail).to.deep.equal({ taskId: 'brief', patch: { name: 'Draft' }, source: 'edit' });
    expect(project.task('brief')?.name).to.equal('Draft');
    await settle();
    expect(focused(el)).to.equal(at('brief', 'name'));
    await chord(['Control'], 'z');
    expect(project.task('brief')?.name).to.equal('Write brief');
    expect(project.canUndo).to.equal(false);
  });

  it('types a number into a number cell and validates it beside the cell', async () => {
    const { el, project } = await mountGrid();
    await click(cell(el, 'code', 'duration'));
    await sendKeys({ press: '7' });
    await el.updateComplete;
    expect(editor(el)?.value).to.equal('7');
    await sendKeys({ press: 'Enter' });
    expect(project.task('code')?.duration).to.equal(7);
    await settle();
    await click(cell(el, 'brief', 'progress'));
    await sendKeys({ press: '9' });
    await sendKeys({ type: '99' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="cell-error"]')?.textContent).to.contain('0 to 100');
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(project.task('brief')?.progress).to.equal(50);
    expect(editor(el)).to.equal(null);
  });

  it('opens with F2 keeping the value and the caret after it; Enter selects it all', async () => {
    const { el, project } = await mountGrid();
    await click(cell(el, 'brief', 'name'));
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    const input = editor(el) as HTMLInputElement;
    expect(input.value).to.equal('Write brief');
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([11, 11]);
    await sendKeys({ type: ' v2' });
    await sendKeys({ press: 'Enter' });
    expect(project.task('brief')?.name).to.equal('Write brief v2');
    await settle();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const again = editor(el) as HTMLInputElement;
    expect([again.selectionStart, again.selectionEnd]).to.deep.equal([0, 14]);
    await sendKeys({ press: 'Escape' });
  });

  it('leaves Space, + and − to the tree, and Ctrl+letters to shortcuts', async () => {
    const { el } = await mountGrid();
    await click(cell(el, 'plan', 'name'));
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['plan', 'build', 'code', 'ship']);
    expect(editor(el)).to.equal(null);
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(rowIds(el)).to.have.length(6);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    expect(el.selection).to.deep.equal(['brief']);
    await chord(['Control'], 'b');
    await el.updateComplete;
    expect(editor(el)).to.equal(null);
  });

  it('ignores typing on read-only grids and on cells that cannot be edited', async () => {
    const { el, project } = await mountGrid({ readonly: true });
    await click(cell(el, 'brief', 'name'));
    await sendKeys({ press: 'x' });
    await el.updateComplete;
    expect(editor(el)).to.equal(null);
    expect(project.task('brief')?.name).to.equal('Write brief');
    cleanup();
    const second = await mountGrid();
    // The row number is computed, a summary's start rolls up, a milestone has no duration.
    for (const [task, column] of [
      ['brief', 'row'],
      ['plan', 'start'],
      ['ship', 'duration'],
    ] as const) {
      await click(cell(second.el, task, column));
      await sendKeys({ press: '4' });
      await second.el.updateComplete;
      expect(editor(second.el), `${task}/${column}`).to.equal(null);
      expect(focused(second.el)).to.equal(at(task, column));
    }
  });

  it('lets rl-before-task-change veto a typed edit, leaving no undo step', async () => {
    const { el, project } = await mountGrid();
    el.addEventListener('rl-before-task-change', (e) => e.preventDefault());
    let changed = 0;
    el.addEventListener('rl-task-change', () => changed++);
    await click(cell(el, 'code', 'name'));
    await sendKeys({ press: 'Q' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(project.task('code')?.name).to.equal('Code');
    expect(changed).to.equal(0);
    expect(project.canUndo).to.equal(false);
    expect(editor(el)).to.equal(null);
  });

  it('picks the first choice starting with the typed letter in a list cell', async () => {
    const project = createProject({
      ...data,
      statuses: [
        { id: 'todo', label: 'To do', category: 'todo' },
        { id: 'doing', label: 'In progress', category: 'active' },
        { id: 'done', label: 'Done', category: 'done' },
      ],
    });
    const { el } = await mountGrid({ project, columns: ['name', 'status'] });
    await click(cell(el, 'code', 'status'));
    await sendKeys({ press: 'i' });
    await el.updateComplete;
    expect(editor(el)?.value).to.equal('doing');
    await sendKeys({ press: 'Enter' });
    expect(project.task('code')?.status).to.equal('doing');
  });
});
