import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { cleanup, expectAccessible, litWarnings } from '../helpers.js';
import { at, cell, chord, click, focused, mountGrid, rowIds, settle, shadow } from './fixtures.js';

function frame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}

function grip(el: RlGanttGrid, id: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(`[data-id="${id}"] [part="drag-handle"]`);
  if (!found) throw new Error(`no drag handle for ${id}`);
  return found;
}

function rowBox(el: RlGanttGrid, id: string): DOMRect {
  const row = shadow(el).querySelector(`[role="row"][data-id="${id}"]`);
  if (!row) throw new Error(`no row ${id}`);
  return row.getBoundingClientRect();
}

function indicator(el: RlGanttGrid): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[part="drop-indicator"]');
}

/** Presses the handle of `id`, moves in steps to `fraction` of the height of row `to`, and waits a frame. */
async function dragTo(el: RlGanttGrid, id: string, to: string, fraction: number): Promise<void> {
  const g = grip(el, id).getBoundingClientRect();
  const x = Math.round(g.left + g.width / 2);
  const y = Math.round(g.top + g.height / 2);
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down' });
  const target = rowBox(el, to);
  const ty = Math.round(target.top + target.height * fraction);
  for (const t of [0.25, 0.5, 0.75, 1]) {
    await sendMouse({ type: 'move', position: [x + 10, Math.round(y + (ty - y) * t)] });
    await frame();
  }
  await frame();
  await el.updateComplete;
}

/** The `type` events `el` fires while `action` runs to its end (keys released, frames settled). */
async function heard(el: Element, type: string, action: () => Promise<unknown>): Promise<CustomEvent[]> {
  const events: CustomEvent[] = [];
  const listener = (e: Event) => events.push(e as CustomEvent);
  el.addEventListener(type, listener);
  try {
    await action();
  } finally {
    el.removeEventListener(type, listener);
  }
  return events;
}

async function release(el: RlGanttGrid): Promise<void> {
  await sendMouse({ type: 'up' });
  await settle();
  await el.updateComplete;
}

describe('rl-gantt-grid row drag', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('a click on the handle without a drag selects the row and fires rl-task-click, moving nothing', async () => {
    const { el, project } = await mountGrid();
    const before = project.version;
    const g = grip(el, 'code').getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(g.left + g.width / 2), Math.round(g.top + g.height / 2)],
    });
    const clicks = await heard(el, 'rl-task-click', async () => {
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'up' });
      await settle();
    });
    expect(clicks.map((e) => e.detail.taskId)).to.deep.equal(['code']);
    expect(el.selection).to.deep.equal(['code']);
    expect(shadow(el).querySelector('[data-id="code"]')?.getAttribute('aria-selected')).to.equal('true');
    expect(focused(el)).to.equal(at('code', 'name'));
    expect(project.version).to.equal(before);
  });

  it('drops a row onto the middle of another to make it a child, as one undo step', async () => {
    const { el, project } = await mountGrid();
    await dragTo(el, 'ship', 'build', 0.5);
    expect(indicator(el)?.dataset.place).to.equal('inside');
    expect(indicator(el)?.classList.contains('refused')).to.equal(false);
    await expectAccessible(el);
    const before: CustomEvent[] = [];
    el.addEventListener('rl-before-task-change', (e) => before.push(e));
    const [event] = await heard(el, 'rl-task-change', () => release(el));
    if (!event) throw new Error('no rl-task-change');
    expect(before).to.have.length(1);
    expect(event.detail.taskId).to.equal('ship');
    expect(event.detail.source).to.equal('row-drag');
    expect(event.detail.patch.parentId).to.equal('build');
    expect(event.detail.patch.order).to.equal(project.task('ship')?.order);
    expect(project.task('ship')?.parentId).to.equal('build');
    expect(project.children('build').map((t) => t.id)).to.deep.equal(['code', 'ship']);
    expect(indicator(el)).to.equal(null);
    await settle();
    expect(rowIds(el)).to.deep.equal(['plan', 'brief', 'review', 'build', 'code', 'ship']);
    expect(shadow(el).querySelector('[data-id="ship"]')?.getAttribute('aria-level')).to.equal('2');
    expect(focused(el)).to.equal(at('ship', 'name'));
    project.undo();
    expect(project.task('ship')?.parentId).to.equal(undefined);
    expect(project.canUndo).to.equal(false);
  });

  it('drops above or below a row to make it a sibling there, with a line at its indent', async () => {
    const { el, project } = await mountGrid();
    await dragTo(el, 'code', 'plan', 0.1);
    const line = indicator(el);
    expect(line?.dataset.place).to.equal('before');
    expect(Math.round(line?.getBoundingClientRect().top ?? 0)).to.be.closeTo(
      Math.round(rowBox(el, 'plan').top),
      2,
    );
    await release(el);
    expect(project.task('code')?.parentId).to.equal(undefined);
    await settle();
    expect(rowIds(el)).to.deep.equal(['code', 'plan', 'brief', 'review', 'build', 'ship']);
    // Below a leaf: its next sibling.
    await dragTo(el, 'code', 'brief', 0.9);
    expect(indicator(el)?.dataset.place).to.equal('after');
    await release(el);
    expect(project.children('plan').map((t) => t.id)).to.deep.equal(['brief', 'code', 'review']);
    // Below an expanded summary: its first child (the line sits above that child).
    await settle();
    await dragTo(el, 'ship', 'plan', 0.9);
    await release(el);
    expect(project.children('plan').map((t) => t.id)).to.deep.equal(['ship', 'brief', 'code', 'review']);
    project.undo();
    project.undo();
    project.undo();
    expect(project.children(undefined).map((t) => t.id)).to.deep.equal(['plan', 'build', 'ship']);
  });

  it('refuses a move into the row’s own subtree: a refused indicator, no event, no change', async () => {
    const { el, project } = await mountGrid();
    let asked = 0;
    el.addEventListener('rl-before-task-change', () => asked++);
    const version = project.version;
    await dragTo(el, 'plan', 'review', 0.5);
    expect(indicator(el)?.classList.contains('refused')).to.equal(true);
    await release(el);
    expect(asked).to.equal(0);
    expect(project.version).to.equal(version);
    expect(project.task('plan')?.parentId).to.equal(undefined);
    expect(shadow(el).querySelector('[role="status"], [aria-live]')?.textContent).to.contain(
      'cannot move into itself',
    );
    // One the store would refuse shows red before the drop too: Code would become the summary
    // of Ship, which it is linked to.
    await dragTo(el, 'ship', 'code', 0.5);
    expect(indicator(el)?.classList.contains('refused')).to.equal(true);
    await release(el);
    expect(asked).to.equal(0);
    expect(project.version).to.equal(version);
    expect(project.task('ship')?.parentId).to.equal(undefined);
  });

  it('lets rl-before-task-change veto a drop, and Escape cancel a drag', async () => {
    const { el, project } = await mountGrid();
    el.addEventListener('rl-before-task-change', (e) => e.preventDefault(), { once: true });
    await dragTo(el, 'ship', 'build', 0.5);
    await release(el);
    expect(project.task('ship')?.parentId).to.equal(undefined);
    expect(project.canUndo).to.equal(false);
    await dragTo(el, 'ship', 'build', 0.5);
    expect(indicator(el)).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(indicator(el)).to.equal(null);
    await release(el);
    expect(project.task('ship')?.parentId).to.equal(undefined);
    expect(project.canUndo).to.equal(false);
  });

  it('has no handle and does not drag when read-only', async () => {
    const { el, project } = await mountGrid({ readonly: true });
    expect(shadow(el).querySelector('[part="drag-handle"]')).to.equal(null);
    const from = cell(el, 'ship', 'name').getBoundingClientRect();
    const to = rowBox(el, 'build');
    await sendMouse({ type: 'move', position: [Math.round(from.left + 6), Math.round(from.top + 10)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(from.left + 10), Math.round(to.top + 16)] });
    await frame();
    expect(indicator(el)).to.equal(null);
    await sendMouse({ type: 'up' });
    await settle();
    expect(project.task('ship')?.parentId).to.equal(undefined);
    await click(cell(el, 'brief', 'name'));
    await chord(['Alt', 'Shift'], 'ArrowDown');
    expect(project.children('plan').map((t) => t.id)).to.deep.equal(['brief', 'review']);
  });

  it('moves a row among its siblings with Alt+Shift+↑/↓, keeping focus on it', async () => {
    const { el, project } = await mountGrid();
    await click(cell(el, 'brief', 'duration'));
    const [event] = await heard(el, 'rl-task-change', () => chord(['Alt', 'Shift'], 'ArrowDown'));
    if (!event) throw new Error('no rl-task-change');
    expect(event.detail).to.deep.include({ taskId: 'brief', source: 'reorder' });
    expect(event.detail.patch.parentId).to.equal('plan');
    expect(project.children('plan').map((t) => t.id)).to.deep.equal(['review', 'brief']);
    await settle();
    expect(rowIds(el).slice(0, 3)).to.deep.equal(['plan', 'review', 'brief']);
    expect(focused(el)).to.equal(at('brief', 'duration'));
    // Already last: nothing happens, and the selection range key is not taken either.
    const version = project.version;
    await chord(['Alt', 'Shift'], 'ArrowDown');
    expect(project.version).to.equal(version);
    expect(el.selection).to.deep.equal(['brief']);
    await chord(['Alt', 'Shift'], 'ArrowUp');
    expect(project.children('plan').map((t) => t.id)).to.deep.equal(['brief', 'review']);
    await chord(['Control'], 'z');
    expect(project.children('plan').map((t) => t.id)).to.deep.equal(['review', 'brief']);
  });

  it('does not reorder while sorted, but still reparents', async () => {
    const { el, project } = await mountGrid();
    el.sort = { column: 'name', direction: 'ascending' };
    await el.updateComplete;
    await click(cell(el, 'review', 'name'));
    const version = project.version;
    await chord(['Alt', 'Shift'], 'ArrowUp');
    expect(project.version).to.equal(version);
    await dragTo(el, 'ship', 'plan', 0.1);
    expect(indicator(el)?.classList.contains('refused')).to.equal(true);
    await release(el);
    expect(project.version).to.equal(version);
    await dragTo(el, 'ship', 'plan', 0.5);
    await release(el);
    expect(project.task('ship')?.parentId).to.equal('plan');
  });

  it('keeps the DOM to the rows in view while dragging in a big project, scrolling at the edge', async () => {
    const project = createProject(generateProject({ tasks: 5_000 }), { scheduler: false });
    const { el } = await mountGrid({ project });
    const count = shadow(el).querySelectorAll('*').length;
    const scroller = shadow(el).querySelector('.grid') as HTMLElement;
    const ids = el.rows.ids;
    const moved = ids[3] as string;
    const g = grip(el, moved).getBoundingClientRect();
    const bottom = scroller.getBoundingClientRect().bottom - 4;
    await sendMouse({ type: 'move', position: [Math.round(g.left + 6), Math.round(g.top + 8)] });
    await sendMouse({ type: 'down' });
    for (let i = 0; i < 12; i++) {
      await sendMouse({ type: 'move', position: [Math.round(g.left + 8), Math.round(bottom - (i % 2))] });
      await frame();
    }
    await el.updateComplete;
    expect(scroller.scrollTop).to.be.greaterThan(0);
    // The rows in view (about 13 in 480 px), the overscan either side and the active row: no more.
    expect(shadow(el).querySelectorAll('[role="row"][data-id]').length).to.be.at.most(24);
    expect(shadow(el).querySelectorAll('*').length).to.be.lessThan(count + 60);
    expect(indicator(el)).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    await settle();
    expect(el.rows.ids[3]).to.equal(moved);
  });

  it('keeps scrolling while the pointer is held still at the edge, and stops when it leaves', async () => {
    const project = createProject(generateProject({ tasks: 2_000 }), { scheduler: false });
    const { el } = await mountGrid({ project });
    const scroller = shadow(el).querySelector('.grid') as HTMLElement;
    const moved = el.rows.ids[2] as string;
    const g = grip(el, moved).getBoundingClientRect();
    const x = Math.round(g.left + 6);
    const box = scroller.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [x, Math.round(g.top + 8)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, Math.round(box.top + box.height / 2)] });
    await frame();
    await sendMouse({ type: 'move', position: [x, Math.round(box.bottom - 3)] });
    await frame();
    const first = scroller.scrollTop;
    // No pointer move from here on: the rows keep scrolling under the held pointer.
    for (let i = 0; i < 10; i++) await frame();
    const held = scroller.scrollTop;
    expect(held).to.be.greaterThan(first + 100);
    // The drop place follows the rows that scrolled under the pointer.
    expect(indicator(el)).to.not.equal(null);
    await sendMouse({ type: 'move', position: [x, Math.round(box.top + box.height / 2)] });
    await frame();
    const left = scroller.scrollTop;
    for (let i = 0; i < 5; i++) await frame();
    expect(scroller.scrollTop).to.equal(left);
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    await settle();
    expect(el.rows.ids[2]).to.equal(moved);
  });
});
