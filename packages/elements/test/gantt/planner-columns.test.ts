import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { sendKeys } from '@web/test-runner-commands';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { PLANNER_COLUMN_IDS } from '../../src/gantt/planner-columns.js';
import { cleanup, expectAccessible, expectEvent, litWarnings } from '../helpers.js';
import { cell, chord, click, data, mountGrid, settle, shadow } from './fixtures.js';

const text = (el: RlGanttGrid, id: string, column: string) => cell(el, id, column).textContent?.trim();

function editor(el: RlGanttGrid): HTMLInputElement | HTMLSelectElement | null {
  return shadow(el).querySelector<HTMLInputElement | HTMLSelectElement>('[part="editor"]');
}

/** A store with a second calendar, a note and a baseline taken before `code` slipped two days. */
function planned() {
  const project = createProject({
    ...data,
    calendars: [{ id: 'six', name: 'Six-day week', workingDays: [1, 2, 3, 4, 5, 6] }],
    notes: [
      { id: 'n1', taskId: 'code', text: 'Pair on <b>this</b>', createdAt: '2026-03-01' },
      { id: 'n2', taskId: 'code', text: 'Second', createdAt: '2026-03-02' },
    ],
  });
  project.takeBaseline({ name: 'Plan' });
  project.updateTask('brief', { duration: 4 });
  return project;
}

describe('rl-gantt-grid planner columns', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('shows WBS codes, constraint, mode, calendar, slack, baseline, variance and notes', async () => {
    const project = planned();
    const { el } = await mountGrid({ project, columns: ['name', ...PLANNER_COLUMN_IDS] });
    expect(
      ['plan', 'brief', 'review', 'build', 'code', 'ship'].map((id) => text(el, id, 'wbs')),
    ).to.deep.equal(['1', '1.1', '1.2', '2', '2.1', '3']);
    expect(text(el, 'code', 'constraint')).to.equal('As soon as possible');
    expect(text(el, 'code', 'mode')).to.equal('Auto');
    expect(text(el, 'code', 'notes')).to.equal('2');
    expect(text(el, 'brief', 'notes')).to.equal('');
    // Brief grew from 2 to 4 days after the baseline: it ends two working days late, and so does
    // everything after it; its start did not move.
    expect(text(el, 'brief', 'baselineStart')).to.equal('Mon, 2 Mar 2026');
    expect(text(el, 'brief', 'baselineEnd')).to.equal('Tue, 3 Mar 2026');
    expect(text(el, 'brief', 'startVariance')).to.equal('0 d');
    expect(text(el, 'brief', 'endVariance')).to.equal('2 d');
    expect(text(el, 'code', 'startVariance')).to.equal('2 d');
    // On the critical chain, no slack.
    expect(text(el, 'code', 'totalSlack')).to.equal('0 d');
    await expectAccessible(el);
  });

  it('sets a constraint and its date by keyboard, holding the task where it is, and undoes it in one step', async () => {
    const project = planned();
    const { el } = await mountGrid({ project, columns: ['name', 'constraint', 'constraintDate', 'start'] });
    const start = project.scheduled('code')?.start;
    await click(cell(el, 'code', 'constraint'));
    // The first choice starting with "s": Start no earlier than.
    await sendKeys({ press: 's' });
    await el.updateComplete;
    expect(editor(el)?.value).to.equal('SNET');
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () => sendKeys({ press: 'Enter' }));
    expect(event.detail.patch.constraint).to.deep.equal({ type: 'SNET', date: start });
    await settle();
    expect(text(el, 'code', 'constraintDate')).to.equal(text(el, 'code', 'start'));
    // A later date moves the task.
    await click(cell(el, 'code', 'constraintDate'));
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    (editor(el) as HTMLInputElement).value = '2026-03-16';
    await expectEvent<CustomEvent>(el, 'rl-task-change', () => sendKeys({ press: 'Enter' }));
    await settle();
    expect(project.task('code')?.constraint).to.deep.equal({ type: 'SNET', date: '2026-03-16' });
    expect(project.scheduled('code')?.start).to.equal('2026-03-16');
    expect(text(el, 'code', 'start')).to.equal('Mon, 16 Mar 2026');
    await chord(['Control'], 'z');
    await chord(['Control'], 'z');
    await settle();
    expect(project.task('code')?.constraint).to.equal(undefined);
    expect(project.scheduled('code')?.start).to.equal(start);
  });

  it('a finish constraint reads and takes the last day, not the exclusive end', async () => {
    const project = planned();
    project.updateTask('code', { constraint: { type: 'FNLT', date: '2026-03-20' } });
    const { el } = await mountGrid({ project, columns: ['name', 'constraint', 'constraintDate'] });
    expect(text(el, 'code', 'constraint')).to.equal('Finish no later than');
    expect(text(el, 'code', 'constraintDate')).to.equal('Thu, 19 Mar 2026');
    await click(cell(el, 'code', 'constraintDate'));
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    expect(editor(el)?.value).to.equal('2026-03-19');
    (editor(el) as HTMLInputElement).value = '2026-03-24';
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(project.task('code')?.constraint).to.deep.equal({ type: 'FNLT', date: '2026-03-25' });
  });

  it('switches mode and calendar from their lists; read-only columns do not open an editor', async () => {
    const project = planned();
    const { el } = await mountGrid({ project, columns: ['name', 'mode', 'calendar', 'wbs', 'totalSlack'] });
    await click(cell(el, 'code', 'mode'));
    await sendKeys({ press: 'm' });
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(project.task('code')?.manual).to.equal(true);
    expect(text(el, 'code', 'mode')).to.equal('Manual');
    await click(cell(el, 'code', 'calendar'));
    await sendKeys({ press: 's' });
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(project.task('code')?.calendarId).to.equal('six');
    expect(text(el, 'code', 'calendar')).to.equal('Six-day week');
    for (const column of ['wbs', 'totalSlack']) {
      await click(cell(el, 'code', column));
      await sendKeys({ press: 'F2' });
      await el.updateComplete;
      expect(editor(el), column).to.equal(null);
    }
  });

  it('sets a deadline by keyboard and says how late the task ends against it', async () => {
    const project = planned();
    const { el } = await mountGrid({ project, columns: ['name', 'end', 'deadline'] });
    expect(text(el, 'code', 'deadline')).to.equal('');
    await click(cell(el, 'code', 'deadline'));
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    (editor(el) as HTMLInputElement).value = '2026-03-10';
    await expectEvent<CustomEvent>(el, 'rl-task-change', () => sendKeys({ press: 'Enter' }));
    await settle();
    expect(project.task('code')?.deadline).to.equal('2026-03-10');
    // Code ends on Fri 13 Mar: three working days after the deadline's day.
    expect(text(el, 'code', 'end')).to.equal('Fri, 13 Mar 2026');
    expect(text(el, 'code', 'deadline')).to.equal('Tue, 10 Mar 2026, late by 3 d');
    // Emptied, it is gone.
    await click(cell(el, 'code', 'deadline'));
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    (editor(el) as HTMLInputElement).value = '';
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(project.task('code')?.deadline).to.equal(undefined);
  });

  it('sorts WBS codes by outline position, not as text', async () => {
    const project = createProject({
      id: 'p',
      name: 'P',
      tasks: [
        { id: 'top', name: 'Top' },
        ...Array.from({ length: 11 }, (_, i) => ({ id: `c${i + 1}`, name: `C${i + 1}`, parentId: 'top' })),
      ],
    });
    const { el } = await mountGrid({ project, columns: ['name', 'wbs'] });
    el.sort = { column: 'wbs', direction: 'ascending' };
    await settle();
    const order = [...shadow(el).querySelectorAll<HTMLElement>('[role="row"][data-id]')]
      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
      .map((r) => text(el, r.dataset.id as string, 'wbs'));
    // As text, 1.10 and 1.11 would sort before 1.2.
    expect(order.slice(0, 4)).to.deep.equal(['1', '1.1', '1.2', '1.3']);
    expect(order.at(-1)).to.equal('1.11');
  });

  it('sorts slack by its number, not its text', async () => {
    const project = createProject({
      id: 'p',
      name: 'P',
      start: '2026-03-02',
      tasks: [
        { id: 'long', name: 'Long', duration: 20 },
        { id: 'short', name: 'Short', duration: 2 },
        { id: 'mid', name: 'Mid', duration: 11 },
      ],
    });
    const { el } = await mountGrid({ project, columns: ['name', 'totalSlack'] });
    el.sort = { column: 'totalSlack', direction: 'ascending' };
    await settle();
    const order = [...shadow(el).querySelectorAll<HTMLElement>('[role="row"][data-id]')]
      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
      .map((r) => r.dataset.id);
    // Slack 0, 9 and 18 days: a text sort would put "18 d" before "9 d".
    expect(order).to.deep.equal(['long', 'mid', 'short']);
  });
});
