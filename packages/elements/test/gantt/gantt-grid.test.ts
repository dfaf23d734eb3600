import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/gantt.js';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import {
  cleanup,
  expectAccessible,
  expectEvent,
  litWarnings,
  mount,
  trackSubscriptions,
} from '../helpers.js';
import { at, COLUMNS, cell, chord, click, data, focused, rowIds, settle, shadow } from './fixtures.js';

async function grid(options: { project?: ReturnType<typeof createProject>; readonly?: boolean } = {}) {
  const project = options.project ?? createProject(data);
  const el = await mount<RlGanttGrid>(
    html`<rl-gantt-grid
      .project=${project}
      .columns=${COLUMNS}
      locale="en-GB"
      ?readonly=${options.readonly ?? false}
    ></rl-gantt-grid>`,
  );
  await settle();
  return { el, project };
}

describe('rl-gantt-grid', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('is a treegrid of the WBS with levels, expand state and inclusive end days', async () => {
    const { el } = await grid();
    const root = shadow(el);
    const tree = root.querySelector('[role="treegrid"]');
    expect(tree?.getAttribute('aria-rowcount')).to.equal('7');
    expect(rowIds(el)).to.deep.equal(['plan', 'brief', 'review', 'build', 'code', 'ship']);
    const plan = root.querySelector('[data-id="plan"]');
    expect(plan?.getAttribute('aria-level')).to.equal('1');
    expect(plan?.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector('[data-id="brief"]')?.getAttribute('aria-level')).to.equal('2');
    expect(root.querySelector('[data-id="brief"]')?.hasAttribute('aria-expanded')).to.equal(false);
    // 2 working days from Mon 2 Mar: ends (exclusive) Wed 4 Mar 00:00, shown as Tue 3 Mar.
    expect(cell(el, 'brief', 'start').textContent?.trim()).to.equal('Mon, 2 Mar 2026');
    expect(cell(el, 'brief', 'end').textContent?.trim()).to.equal('Tue, 3 Mar 2026');
    expect(cell(el, 'brief', 'duration').textContent?.trim()).to.equal('2 d');
    expect(cell(el, 'review', 'predecessors').textContent?.trim()).to.equal('2');
    expect(cell(el, 'code', 'assignees').textContent?.trim()).to.equal('Ann');
    // A milestone ends on the day it is.
    const ship = cell(el, 'ship', 'start').textContent?.trim();
    expect(cell(el, 'ship', 'end').textContent?.trim()).to.equal(ship);
  });

  it('shows a milestone after a task that ends on Friday on that Friday, not the Saturday it sits at', async () => {
    const project = createProject({
      id: 'm',
      name: 'Milestone',
      start: '2026-03-02',
      tasks: [
        { id: 'a', name: 'Build', start: '2026-03-02', duration: 5 },
        { id: 'm', name: 'Done', type: 'milestone' },
      ],
      dependencies: [{ id: 'am', from: 'a', to: 'm' }],
    });
    const { el } = await grid({ project });
    expect(project.scheduled('m')?.start).to.equal('2026-03-07');
    expect(cell(el, 'a', 'end').textContent?.trim()).to.equal('Fri, 6 Mar 2026');
    expect(cell(el, 'm', 'start').textContent?.trim()).to.equal('Fri, 6 Mar 2026');
    expect(cell(el, 'm', 'end').textContent?.trim()).to.equal('Fri, 6 Mar 2026');
  });

  it('collapses and expands with the toggle and with − and +', async () => {
    const { el } = await grid();
    const rows = await expectEvent<CustomEvent>(el, 'rl-rows-change', () =>
      click(shadow(el).querySelector('[data-id="plan"] [part="toggle"]') as Element),
    );
    expect(rows.detail.ids).to.deep.equal(['plan', 'build', 'code', 'ship']);
    expect(shadow(el).querySelector('[data-id="plan"]')?.getAttribute('aria-expanded')).to.equal('false');
    await click(cell(el, 'build', 'name'));
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['plan', 'build', 'ship']);
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['plan', 'build', 'code', 'ship']);
  });

  it('moves a roving focus with the arrows, Home/End and Ctrl+End', async () => {
    const { el } = await grid();
    await click(cell(el, 'plan', 'name'));
    expect(focused(el)).to.equal(at('plan', 'name'));
    expect(cell(el, 'plan', 'name').tabIndex).to.equal(0);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await settle();
    expect(focused(el)).to.equal(at('brief', 'start'));
    expect(cell(el, 'plan', 'name').tabIndex).to.equal(-1);
    await sendKeys({ press: 'Home' });
    await settle();
    expect(focused(el)).to.equal(at('brief', 'row'));
    await chord(['Control'], 'End');
    await settle();
    expect(focused(el)).to.equal(at('ship', 'predecessors'));
    await sendKeys({ press: 'ArrowUp' });
    await settle();
    expect(focused(el)).to.equal(at('code', 'predecessors'));
  });

  it('edits a cell with Enter, fires before/after events, and undoes with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const { el, project } = await grid();
    await click(cell(el, 'brief', 'name'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const input = shadow(el).querySelector<HTMLInputElement>('input[part="editor"]');
    expect(input?.getAttribute('aria-label')).to.equal('Name of Write brief');
    expect(shadow(el).activeElement === input).to.equal(true);
    const before: CustomEvent[] = [];
    el.addEventListener('rl-before-task-change', (e) => before.push(e));
    await sendKeys({ type: 'Draft brief' });
    const after = await expectEvent<CustomEvent>(el, 'rl-task-change', () => sendKeys({ press: 'Enter' }));
    expect(before).to.have.length(1);
    expect(after.detail).to.deep.equal({ taskId: 'brief', patch: { name: 'Draft brief' }, source: 'edit' });
    expect(project.task('brief')?.name).to.equal('Draft brief');
    await settle();
    expect(cell(el, 'brief', 'name').textContent?.trim()).to.equal('Draft brief');
    expect(focused(el)).to.equal(at('brief', 'name'));
    await chord(['Control'], 'z');
    await el.updateComplete;
    expect(project.task('brief')?.name).to.equal('Write brief');
    expect(cell(el, 'brief', 'name').textContent?.trim()).to.equal('Write brief');
    await chord(['Control', 'Shift'], 'Z');
    await el.updateComplete;
    expect(project.task('brief')?.name).to.equal('Draft brief');
  });

  it('edits a date as the inclusive last day and shows the schedule move', async () => {
    const { el, project } = await grid();
    await click(cell(el, 'brief', 'end'));
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    const input = shadow(el).querySelector<HTMLInputElement>('input[part="editor"]');
    expect(input?.type).to.equal('date');
    expect(input?.value).to.equal('2026-03-03');
    if (input) input.value = '2026-03-05';
    await sendKeys({ press: 'Enter' });
    await settle();
    // Last day Thu 5 Mar: the exclusive end is Fri 6 Mar, 4 working days.
    expect(project.task('brief')?.end).to.equal('2026-03-06');
    expect(project.task('brief')?.duration).to.equal(4);
    expect(cell(el, 'brief', 'end').textContent?.trim()).to.equal('Thu, 5 Mar 2026');
  });

  it('edits the dates of a task its predecessor pushed as dragging its bar would', async () => {
    // Pushed: its input start is Mon 2 Mar, the engine starts it Thu 5 Mar after Prep.
    const project = createProject({
      id: 'p',
      name: 'Pushed',
      start: '2026-03-02',
      tasks: [
        { id: 'prep', name: 'Prep', start: '2026-03-02', duration: 3 },
        { id: 'work', name: 'Work', start: '2026-03-02', duration: 2 },
      ],
      dependencies: [{ id: 'd', from: 'prep', to: 'work' }],
    });
    const { el } = await grid({ project });
    expect(project.task('work')?.start).to.equal('2026-03-02');
    expect(project.scheduled('work')?.start).to.equal('2026-03-05');
    const edit = async (column: string, value: string): Promise<CustomEvent> => {
      await click(cell(el, 'work', column));
      await sendKeys({ press: 'F2' });
      await el.updateComplete;
      const input = shadow(el).querySelector<HTMLInputElement>('input[part="editor"]');
      if (!input) throw new Error('no editor');
      input.value = value;
      const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () => sendKeys({ press: 'Enter' }));
      await settle();
      return event;
    };
    // Last day Mon 9 Mar from the shown start Thu 5 Mar: Thu, Fri, Mon — three working days, held
    // where it is shown (SNET), as a drag of the bar's end does. Sending only the end made it six
    // days long, counted from the stale input start.
    const end = await edit('end', '2026-03-09');
    expect(end.detail.patch).to.deep.equal({
      start: '2026-03-05',
      constraint: { type: 'SNET', date: '2026-03-05' },
      end: '2026-03-10',
      // Both ends given: the store derives the duration from them.
      duration: undefined,
    });
    expect(project.task('work')?.duration).to.equal(3);
    expect(project.scheduled('work')?.start).to.equal('2026-03-05');
    expect(project.scheduled('work')?.end).to.equal('2026-03-10');
    expect(cell(el, 'work', 'end').textContent?.trim()).to.equal('Mon, 9 Mar 2026');
    // A new start moves the task and keeps its length, held there by an SNET as a bar move is.
    const start = await edit('start', '2026-03-10');
    expect(start.detail.patch).to.deep.equal({
      start: '2026-03-10',
      constraint: { type: 'SNET', date: '2026-03-10' },
    });
    expect(project.scheduled('work')?.start).to.equal('2026-03-10');
    expect(project.scheduled('work')?.end).to.equal('2026-03-13');
    expect(cell(el, 'work', 'end').textContent?.trim()).to.equal('Thu, 12 Mar 2026');
    // A new duration keeps the shown start.
    await edit('duration', '1');
    expect(project.scheduled('work')?.start).to.equal('2026-03-10');
    expect(project.scheduled('work')?.end).to.equal('2026-03-11');
  });

  it('shows a validation message beside the cell and keeps the editor open', async () => {
    const { el, project } = await grid();
    await click(cell(el, 'brief', 'progress'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: '150' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"][part="cell-error"]');
    expect(alert?.textContent).to.contain('0 to 100');
    const input = shadow(el).querySelector('input[part="editor"]');
    expect(input?.getAttribute('aria-invalid')).to.equal('true');
    expect(input?.getAttribute('aria-describedby')).to.equal(alert?.id);
    expect(project.task('brief')?.progress).to.equal(50);
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="cell-error"]')).to.equal(null);
    expect(cell(el, 'brief', 'progress').textContent?.trim()).to.equal('50%');
  });

  it('turns a store refusal (a dependency cycle) into a message, not a throw', async () => {
    const { el, project } = await grid();
    await click(cell(el, 'brief', 'predecessors'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Code (row 5) follows Review, which follows Brief: Brief after Code closes a loop.
    await sendKeys({ type: '5' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const alert = shadow(el).querySelector('[part="cell-error"]');
    expect(alert?.textContent?.length).to.be.greaterThan(0);
    expect(project.predecessors('brief')).to.have.length(0);
    await sendKeys({ press: 'Escape' });
  });

  it('adds and removes links from the predecessors column', async () => {
    const { el, project } = await grid();
    await click(cell(el, 'ship', 'predecessors'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const input = shadow(el).querySelector<HTMLInputElement>('input[part="editor"]');
    expect(input?.value).to.equal('5');
    const created = expectEvent<CustomEvent>(el, 'rl-link-create', () => undefined);
    const removed = expectEvent<CustomEvent>(el, 'rl-link-remove', () => undefined);
    await sendKeys({ type: '3SS+1d' });
    await sendKeys({ press: 'Enter' });
    expect((await created).detail).to.include({ from: 'review', to: 'ship', type: 'SS' });
    expect((await removed).detail).to.include({ dependencyId: 'd3' });
    const links = project.predecessors('ship');
    expect(links.map((l) => [l.from, l.type, l.lag])).to.deep.equal([['review', 'SS', 1]]);
    project.undo();
    expect(project.predecessors('ship').map((l) => l.id)).to.deep.equal(['d3']);
  });

  it('lets rl-before-task-change veto an edit', async () => {
    const { el, project } = await grid();
    el.addEventListener('rl-before-task-change', (e) => e.preventDefault());
    let changed = 0;
    el.addEventListener('rl-task-change', () => changed++);
    await click(cell(el, 'code', 'duration'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: '9' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(project.task('code')?.duration).to.equal(5);
    expect(changed).to.equal(0);
    expect(shadow(el).querySelector('[part="editor"]')).to.equal(null);
    expect(project.canUndo).to.equal(false);
  });

  it('selects with Space, Ctrl+Space and Shift+Space, and lets the host veto', async () => {
    const { el } = await grid();
    await click(cell(el, 'plan', 'name'));
    expect(el.selection).to.deep.equal(['plan']);
    await sendKeys({ press: 'ArrowDown' });
    const event = await expectEvent<CustomEvent>(el, 'rl-selection-change', () => sendKeys({ press: ' ' }));
    expect(event.detail.selection).to.deep.equal(['brief']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await chord(['Shift'], ' ');
    expect(el.selection).to.deep.equal(['brief', 'review', 'build']);
    await sendKeys({ press: 'ArrowDown' });
    await chord(['Control'], ' ');
    expect(el.selection).to.deep.equal(['brief', 'review', 'build', 'code']);
    await el.updateComplete;
    expect(shadow(el).querySelector('[data-id="code"]')?.getAttribute('aria-selected')).to.equal('true');
    el.addEventListener('rl-before-selection-change', (e) => e.preventDefault());
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    expect(el.selection).to.deep.equal(['brief', 'review', 'build', 'code']);
  });

  it('indents and outdents with Alt+Shift+arrows as one undo step each', async () => {
    const { el, project } = await grid();
    await click(cell(el, 'build', 'name'));
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () =>
      chord(['Alt', 'Shift'], 'ArrowRight'),
    );
    expect(event.detail).to.deep.equal({ taskId: 'build', patch: { parentId: 'plan' }, source: 'indent' });
    expect(project.task('build')?.parentId).to.equal('plan');
    await settle();
    expect(shadow(el).querySelector('[data-id="build"]')?.getAttribute('aria-level')).to.equal('2');
    expect(shadow(el).querySelector('[data-id="code"]')?.getAttribute('aria-level')).to.equal('3');
    expect(focused(el)).to.equal(at('build', 'name'));
    await chord(['Alt', 'Shift'], 'ArrowLeft');
    await chord(['Alt', 'Shift'], 'ArrowLeft');
    expect(project.task('build')?.parentId).to.equal(undefined);
    project.undo();
    expect(project.task('build')?.parentId).to.equal('plan');
    // A move the store refuses (Brief would become the summary of its own successor) changes
    // nothing and asks no one: no rl-before-task-change, no undo step.
    await click(cell(el, 'review', 'name'));
    let asked = 0;
    el.addEventListener('rl-before-task-change', () => asked++);
    const version = project.version;
    await chord(['Alt', 'Shift'], 'ArrowRight');
    expect(project.task('review')?.parentId).to.equal('plan');
    expect(asked).to.equal(0);
    expect(project.version).to.equal(version);
    expect(project.canRedo).to.equal(true);
  });

  it('adds a task below with Insert and opens its name', async () => {
    const { el, project } = await grid();
    await click(cell(el, 'brief', 'name'));
    const event = await expectEvent<CustomEvent>(el, 'rl-task-create', () => sendKeys({ press: 'Insert' }));
    const id = event.detail.taskId as string;
    expect(project.task(id)?.parentId).to.equal('plan');
    await settle();
    expect(rowIds(el).slice(0, 4)).to.deep.equal(['plan', 'brief', id, 'review']);
    await sendKeys({ type: 'Kickoff' });
    await sendKeys({ press: 'Enter' });
    expect(project.task(id)?.name).to.equal('Kickoff');
  });

  it('is read-only when asked: Enter opens nothing and fires an open click instead', async () => {
    const { el, project } = await grid({ readonly: true });
    await click(cell(el, 'brief', 'name'));
    const event = await expectEvent<CustomEvent>(el, 'rl-task-click', () => sendKeys({ press: 'Enter' }));
    expect(event.detail).to.include({ taskId: 'brief', open: true });
    expect(shadow(el).querySelector('[part="editor"]')).to.equal(null);
    await chord(['Alt', 'Shift'], 'ArrowRight');
    expect(project.task('brief')?.parentId).to.equal('plan');
  });

  it('resizes a column by dragging its edge, and by Alt+arrows on its header', async () => {
    const { el } = await grid();
    const handle = shadow(el).querySelector('[data-resize="name"]') as HTMLElement;
    const box = handle.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    const event = await expectEvent<CustomEvent>(el, 'rl-column-change', async () => {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 30, y] });
      await sendMouse({ type: 'move', position: [x + 60, y] });
      await sendMouse({ type: 'up' });
    });
    expect(event.detail.reason).to.equal('resize');
    expect(event.detail.columns.find((c: { id: string }) => c.id === 'name').width).to.equal(300);
    await el.updateComplete;
    expect(Math.round(cell(el, 'plan', 'name').getBoundingClientRect().width)).to.equal(300);
    const header = shadow(el).querySelectorAll<HTMLElement>('[role="columnheader"]')[1] as HTMLElement;
    await settle();
    header.focus();
    await chord(['Alt'], 'ArrowLeft');
    await el.updateComplete;
    expect(Math.round(cell(el, 'plan', 'name').getBoundingClientRect().width)).to.equal(284);
  });

  it('reorders columns with Alt+Shift+arrows and by dragging a header', async () => {
    const { el } = await grid();
    const headers = () =>
      [...shadow(el).querySelectorAll('[role="columnheader"] .label')].map((n) => n.textContent);
    await click(shadow(el).querySelectorAll('[role="columnheader"]')[2] as Element);
    await chord(['Alt', 'Shift'], 'ArrowLeft');
    await el.updateComplete;
    expect(headers().slice(0, 3)).to.deep.equal(['#', 'Start', 'Name']);
    const from = shadow(el).querySelectorAll('[role="columnheader"]')[1] as HTMLElement;
    const to = shadow(el).querySelectorAll('[role="columnheader"]')[2] as HTMLElement;
    const a = from.getBoundingClientRect();
    const b = to.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(a.left + 20), Math.round(a.top + 10)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(b.left + 40), Math.round(b.top + 10)] });
    await sendMouse({ type: 'move', position: [Math.round(b.left + 50), Math.round(b.top + 10)] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(headers().slice(0, 3)).to.deep.equal(['#', 'Name', 'Start']);
  });

  it('sorts within each parent by clicking a header: ascending, descending, off', async () => {
    const { el } = await grid();
    const name = shadow(el).querySelectorAll('[role="columnheader"]')[1] as HTMLElement;
    await click(name);
    await el.updateComplete;
    expect(name.getAttribute('aria-sort')).to.equal('ascending');
    expect(rowIds(el)).to.deep.equal(['build', 'code', 'plan', 'review', 'brief', 'ship']);
    await click(name);
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['ship', 'plan', 'brief', 'review', 'build', 'code']);
    await click(name);
    await el.updateComplete;
    expect(name.getAttribute('aria-sort')).to.equal('none');
    expect(rowIds(el)).to.deep.equal(['plan', 'brief', 'review', 'build', 'code', 'ship']);
  });

  it('renders hostile names as text', async () => {
    const project = createProject({
      ...data,
      tasks: data.tasks.map((t) => (t.id === 'brief' ? { ...t, name: '<img src=x onerror=alert(1)>' } : t)),
    });
    const { el } = await grid({ project });
    expect(cell(el, 'brief', 'name').textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(shadow(el).querySelector('img')).to.equal(null);
  });

  it('keeps the DOM small: rows at 100k tasks within a few of the rows at 1k', async () => {
    const small = createProject(generateProject({ tasks: 1_000 }), { scheduler: false });
    const { el: a } = await grid({ project: small });
    const smallCount = shadow(a).querySelectorAll('*').length;
    cleanup();
    const big = createProject(generateProject({ tasks: 100_000 }), { scheduler: false });
    const { el: b } = await grid({ project: big });
    const bigCount = shadow(b).querySelectorAll('*').length;
    expect(shadow(b).querySelector('[role="treegrid"]')?.getAttribute('aria-rowcount')).to.equal('100001');
    expect(Math.abs(bigCount - smallCount)).to.be.lessThan(40);
    // Scrolling to the end keeps it small and shows the last rows.
    const scroller = shadow(b).querySelector('.grid') as HTMLElement;
    scroller.scrollTop = scroller.scrollHeight;
    await settle();
    await b.updateComplete;
    expect(Math.abs(shadow(b).querySelectorAll('*').length - smallCount)).to.be.lessThan(40);
    const last = big.wbsOrder()[99_999] as string;
    expect(shadow(b).querySelector(`[data-id="${last}"]`)).to.not.equal(null);
  });

  it('draws the rows that fit its box from the first render, and more when it grows', async () => {
    const project = createProject(generateProject({ tasks: 2_000 }), { scheduler: false });
    const el = await mount<RlGanttGrid>(
      html`<rl-gantt-grid .project=${project} .columns=${COLUMNS} style="height: 200px"></rl-gantt-grid>`,
    );
    const rows = () => shadow(el).querySelectorAll('.body [role="row"]').length;
    const fit = (height: number) => Math.ceil((height - el.headerHeight) / el.rowHeight);
    // Right after the first update, before the resize observer has reported: the 200 px box.
    const first = rows();
    expect(first).to.be.at.least(fit(200));
    expect(first).to.be.lessThan(fit(600));
    el.style.height = '640px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await settle();
    await el.updateComplete;
    expect(rows()).to.be.at.least(fit(640));
  });

  it('keeps focus on the active row while it is scrolled away, and reveals tasks', async () => {
    const project = createProject(generateProject({ tasks: 2_000 }), { scheduler: false });
    const { el } = await grid({ project });
    const first = project.wbsOrder()[0] as string;
    await click(cell(el, first, 'name'));
    const scroller = shadow(el).querySelector('.grid') as HTMLElement;
    scroller.scrollTop = 20_000;
    await settle();
    await el.updateComplete;
    expect(focused(el)).to.equal(at(first, 'name'));
    await sendKeys({ press: 'ArrowDown' });
    await settle();
    expect(scroller.scrollTop).to.be.lessThan(200);
    const target = project.wbsOrder()[1500] as string;
    await el.revealTask(target);
    await settle();
    expect(shadow(el).querySelector(`[data-id="${target}"]`)).to.not.equal(null);
  });

  it('flips left and right in a right-to-left page', async () => {
    const project = createProject(data);
    const el = await mount<RlGanttGrid>(
      html`<div dir="rtl"><rl-gantt-grid .project=${project} .columns=${COLUMNS}></rl-gantt-grid></div>`,
    ).then((d) => d.querySelector('rl-gantt-grid') as RlGanttGrid);
    await settle();
    await click(cell(el, 'plan', 'name'));
    await sendKeys({ press: 'ArrowLeft' });
    await settle();
    expect(focused(el)).to.equal(at('plan', 'start'));
    expect(cell(el, 'plan', 'start').getBoundingClientRect().right).to.be.lessThan(
      cell(el, 'plan', 'name').getBoundingClientRect().left + 1,
    );
  });

  it('has no axe violations in light, dark and high-contrast themes, collapsed and editing', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const el = await mount<RlGanttGrid>(
        html`<rl-gantt-grid .data=${data} .columns=${COLUMNS} .selection=${['brief']}></rl-gantt-grid>`,
        theme,
      );
      await settle();
      await expectAccessible(el);
      cleanup();
    }
    const { el } = await grid();
    el.toggle('build', false);
    await click(cell(el, 'brief', 'name'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('leaves no subscription or listener behind after 200 mounts and unmounts', async () => {
    const project = createProject(data);
    const subscriptions = trackSubscriptions(project);
    for (let i = 0; i < 200; i++) {
      const el = await mount<RlGanttGrid>(html`<rl-gantt-grid .project=${project}></rl-gantt-grid>`);
      expect(subscriptions.active).to.equal(1);
      el.remove();
      await el.updateComplete;
      cleanup();
    }
    expect(subscriptions.active).to.equal(0);
  });
});
