import { expect } from '@open-wc/testing';
import { createProject, type ProjectData } from '@roadline/core';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/board.js';
import '../../src/define/timeline.js';
import type { RlBoard, RlTimeline } from '../../src/classes.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount } from '../helpers.js';

/**
 * b follows a (FS). The default calendar works Mon–Fri, whole days; 2 Mar 2026 is a Monday.
 * As given: a Mon 2–Tue 3, b Wed 4–Thu 5. Once a takes 4 days (to Thu 5), the engine pushes b to
 * Fri 6–Mon 9, while b's own `start`/`end` stay as given.
 */
function linkedData(): ProjectData {
  return {
    id: 'l',
    name: 'Linked',
    start: '2026-03-02',
    statuses: [
      { id: 'todo', label: 'To do', category: 'todo' },
      { id: 'done', label: 'Done', category: 'done' },
    ],
    groups: [{ id: 'g', name: 'Team' }],
    tasks: [
      { id: 'a', name: 'Build', status: 'todo', groupId: 'g', order: 0, start: '2026-03-02', duration: 2 },
      { id: 'b', name: 'Test', status: 'todo', groupId: 'g', order: 1, start: '2026-03-04', duration: 2 },
      {
        id: 'm',
        name: 'Launch',
        status: 'todo',
        groupId: 'g',
        order: 2,
        type: 'milestone',
        start: '2026-03-06',
      },
    ],
    dependencies: [
      { id: 'ab', from: 'a', to: 'b', type: 'FS' },
      { id: 'bm', from: 'b', to: 'm', type: 'FS' },
    ],
  };
}

function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function due(board: RlBoard, id: string): string {
  const card = root(board).querySelector(`[part~="card"][data-id="${id}"] [part~="due"]`);
  return card?.textContent?.trim() ?? '';
}

function cell(board: RlBoard, id: string, col: number): HTMLElement {
  const found = root(board).querySelector<HTMLElement>(`[role="row"][data-id="${id}"] [data-col="${col}"]`);
  if (!found) throw new Error(`no cell ${id}/${col}`);
  return found;
}

function itemRows(board: RlBoard): string[] {
  // In row order: the table reuses row nodes (row slots), so the DOM order is not the rows' order.
  return [...root(board).querySelectorAll<HTMLElement>('[part~="table-body"] > [role="row"][data-id]')]
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((r) => r.dataset.id ?? '');
}

async function settle(...els: { updateComplete: Promise<unknown> }[]): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  for (const el of els) await el.updateComplete;
}

/** Opens the editor of a cell with Enter, puts `value` in its fields and commits it with Enter. */
async function edit(board: RlBoard, id: string, col: number, value: string): Promise<void> {
  cell(board, id, col).focus();
  await sendKeys({ press: 'Enter' });
  await board.updateComplete;
  const inputs = root(board).querySelectorAll<HTMLInputElement>('input[part~="editor"]');
  const values = value.split('/');
  inputs.forEach((input, i) => {
    input.value = values[i] ?? '';
    input.dispatchEvent(new Event('input'));
  });
  await sendKeys({ press: 'Enter' });
  await board.updateComplete;
}

describe('rl-board dates', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('a card follows its predecessor, beside a timeline on the same store', async () => {
    const project = createProject(linkedData());
    const wrap = await mount<HTMLDivElement>(
      html`<div>
        <rl-board .project=${project} today="2026-03-07"></rl-board>
        <rl-timeline .project=${project} locale="en-US"></rl-timeline>
      </div>`,
    );
    const board = wrap.querySelector('rl-board') as RlBoard;
    const timeline = wrap.querySelector('rl-timeline') as RlTimeline;
    await settle(board, timeline);
    // As given, b was due Thu 5 Mar: late on Sat 7 Mar.
    expect(due(board, 'b')).to.equal('Late · Thu 5 Mar');
    project.transaction(() => project.updateTask('a', { duration: 4 }));
    await settle(board, timeline);
    expect(project.task('b')?.end).to.equal('2026-03-06');
    expect(project.scheduled('b')?.end).to.equal('2026-03-10');
    expect(due(board, 'b')).to.equal('Due Mon 9 Mar');
    expect(root(board).querySelector('[data-id="b"]')?.getAttribute('part')).to.not.contain('late');
    // A milestone is due on its own day (Tue 10 Mar, after b), not the day before.
    expect(due(board, 'm')).to.equal('Due Tue 10 Mar');
    const bar = root(timeline).querySelector('[data-task="b"]');
    expect(bar?.getAttribute('aria-label')).to.contain('Fri, Mar 6, 2026 to Mon, Mar 9, 2026');
    project.undo();
    await settle(board, timeline);
    expect(due(board, 'b')).to.equal('Late · Thu 5 Mar');
    await expectAccessible(board);
  });

  it('a table row, its group summary and a sort by due date follow the schedule', async () => {
    const project = createProject(linkedData());
    const board = await mount<RlBoard>(
      html`<rl-board view="table" .project=${project} today="2026-03-07"></rl-board>`,
    );
    board.columns = ['name', 'timeline', 'due'];
    await settle(board);
    expect(cell(board, 'b', 3).textContent?.trim()).to.equal('Thu 5 Mar');
    expect(cell(board, 'b', 2).textContent?.trim()).to.equal('Wed 4 Mar – Thu 5 Mar');
    project.transaction(() => project.updateTask('a', { duration: 4 }));
    await settle(board);
    expect(cell(board, 'b', 3).textContent?.trim()).to.equal('Mon 9 Mar');
    expect(cell(board, 'b', 2).textContent?.trim()).to.equal('Fri 6 Mar – Mon 9 Mar');
    const summary = root(board).querySelector('[part~="summary-row"]') as HTMLElement;
    expect(summary.textContent).to.contain('Mon 2 Mar – Tue 10 Mar');
    // a's own end (Thu 5 → 6 Mar exclusive) now comes after b's input end; the shown ones do not.
    project.transaction(() => project.updateTask('b', { start: '2026-03-02', duration: 1 }));
    await settle(board);
    expect(project.task('b')?.end).to.equal('2026-03-03');
    const dueHeader = root(board).querySelectorAll<HTMLButtonElement>('[part="sort-button"]')[2];
    dueHeader?.click();
    await settle(board);
    // Shown ends: a Fri 6, b Mon 9 (pushed), m Mon 9 (milestone): b's input end would sort it first.
    expect(itemRows(board)).to.deep.equal(['a', 'b', 'm']);
    dueHeader?.click();
    await settle(board);
    expect(itemRows(board).at(-1)).to.equal('a');
    await expectAccessible(board);
  });

  it('a .data board schedules: a linked task shows its scheduled due date, as a Gantt would', async () => {
    const data = linkedData();
    const a = data.tasks?.[0];
    if (a) a.duration = 4;
    const board = await mount<RlBoard>(html`<rl-board .data=${data} today="2026-03-01"></rl-board>`);
    await settle(board);
    // b's own dates end Thu 5 Mar: Mon 9 Mar is the schedule's, so the board's store schedules.
    expect(due(board, 'b')).to.equal('Due Mon 9 Mar');
    expect(due(board, 'm')).to.equal('Due Tue 10 Mar');
    // The host's object is never changed.
    expect(data.tasks?.[1]?.end).to.equal(undefined);
  });

  it('a milestone after a task that ends on Friday is due that Friday, not on the Saturday', async () => {
    const data = linkedData();
    const a = data.tasks?.[0];
    if (a) a.duration = 3;
    const board = await mount<RlBoard>(html`<rl-board .data=${data} today="2026-03-01"></rl-board>`);
    await settle(board);
    // b runs Thu 5 – Fri 6 Mar; the milestone sits at its finish, Sat 7 Mar 00:00 (the store the
    // board loads from the same data schedules it so).
    expect(createProject(data).scheduled('m')?.start).to.equal('2026-03-07');
    expect(due(board, 'b')).to.equal('Due Fri 6 Mar');
    expect(due(board, 'm')).to.equal('Due Fri 6 Mar');
  });

  it('typing a due date for a linked task sets both dates and an SNET, as a timeline drag does', async () => {
    const project = createProject(linkedData());
    project.transaction(() => project.updateTask('a', { duration: 4 }));
    const board = await mount<RlBoard>(
      html`<rl-board view="table" .project=${project} today="2026-03-01"></rl-board>`,
    );
    board.columns = ['name', 'due', 'timeline'];
    await settle(board);
    expect((root(board).activeElement as HTMLElement | null)?.tagName ?? '').to.not.equal('INPUT');
    const before = project.version;
    const event = await expectEvent<CustomEvent>(board, 'rl-item-change', () =>
      edit(board, 'b', 2, '2026-03-11'),
    );
    expect(event.detail.itemIds).to.deep.equal(['b']);
    const b = project.task('b');
    // The shown start (Fri 6), not the input one (Wed 4), and the new end: Wed 11 is the last day.
    expect(b?.start).to.equal('2026-03-06');
    expect(b?.end).to.equal('2026-03-12');
    expect(b?.constraint).to.deep.equal({ type: 'SNET', date: '2026-03-06' });
    expect(project.scheduled('b')?.start).to.equal('2026-03-06');
    expect(project.scheduled('b')?.end).to.equal('2026-03-12');
    expect(cell(board, 'b', 2).textContent?.trim()).to.equal('Wed 11 Mar');
    // One undo step brings back the input dates and no constraint.
    project.undo();
    expect(project.version).to.not.equal(before);
    expect(project.task('b')?.start).to.equal('2026-03-04');
    expect(project.task('b')?.constraint).to.equal(undefined);
    // Before the shown start is refused, even though it is after the input start.
    await edit(board, 'b', 2, '2026-03-05');
    expect(root(board).querySelector('[part="editor-error"]')?.textContent).to.contain('before the start');
    expect(project.task('b')?.end).to.equal('2026-03-06');
    await sendKeys({ press: 'Escape' });
    await board.updateComplete;
  });

  it('typing a timeline moves a linked task and holds it; an unlinked one gets no constraint', async () => {
    const project = createProject(linkedData());
    const board = await mount<RlBoard>(
      html`<rl-board view="table" .project=${project} today="2026-03-01"></rl-board>`,
    );
    board.columns = ['name', 'timeline'];
    await settle(board);
    await edit(board, 'b', 2, '2026-03-16/2026-03-17');
    expect(project.task('b')?.constraint).to.deep.equal({ type: 'SNET', date: '2026-03-16' });
    expect(project.scheduled('b')?.start).to.equal('2026-03-16');
    expect(project.scheduled('b')?.end).to.equal('2026-03-18');
    expect(cell(board, 'b', 2).textContent?.trim()).to.equal('Mon 16 Mar – Tue 17 Mar');
    await edit(board, 'a', 2, '2026-03-03/2026-03-03');
    expect(project.task('a')?.constraint).to.equal(undefined);
    expect(project.scheduled('a')?.end).to.equal('2026-03-04');
    // The milestone moves and stays a milestone: typing its due date in the due column.
    board.columns = ['name', 'due'];
    await settle(board);
    await edit(board, 'm', 2, '2026-03-20');
    expect(project.scheduled('m')?.start).to.equal('2026-03-20');
    expect(project.scheduled('m')?.end).to.equal('2026-03-20');
    expect(project.task('m')?.constraint).to.deep.equal({ type: 'SNET', date: '2026-03-20' });
    expect(cell(board, 'm', 2).textContent?.trim()).to.equal('Fri 20 Mar');
  });
});
