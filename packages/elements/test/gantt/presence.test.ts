import { expect } from '@open-wc/testing';
import { createProject, presenceOf } from '@roadline/core';
import { html } from 'lit';
import '../../src/define/gantt.js';
import type { RlGantt } from '../../src/classes.js';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { cleanup, expectAccessible, mount } from '../helpers.js';
import { data } from './fixtures.js';

const dana = { id: 'dana', name: 'Dana Scully', color: '#c2185b' };
const eli = { id: 'eli', name: 'Eli', color: '#1565c0' };

function parts(gantt: RlGantt): { grid: ShadowRoot; timeline: ShadowRoot; own: ShadowRoot } {
  const own = gantt.shadowRoot as ShadowRoot;
  const grid = (own.querySelector('rl-gantt-grid') as RlGanttGrid).shadowRoot as ShadowRoot;
  const timeline = (own.querySelector('rl-timeline') as HTMLElement).shadowRoot as ShadowRoot;
  return { grid, timeline, own };
}

async function settled(gantt: RlGantt): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await gantt.updateComplete;
    const own = gantt.shadowRoot as ShadowRoot;
    await (own.querySelector('rl-gantt-grid') as RlGanttGrid).updateComplete;
    await (own.querySelector('rl-timeline') as unknown as { updateComplete: Promise<unknown> })
      .updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

describe('rl-gantt presence', () => {
  afterEach(cleanup);

  it('shows nothing of presence without a session', async () => {
    const project = createProject(data);
    const gantt = await mount<RlGantt>(html`<rl-gantt .project=${project} locale="en"></rl-gantt>`);
    await settled(gantt);
    const { grid, timeline, own } = parts(gantt);
    expect(own.querySelector('[part~="presence"]')).to.equal(null);
    expect(grid.querySelector('[part~="peer-selected"]')).to.equal(null);
    expect(timeline.querySelector('.peer-outline')).to.equal(null);
  });

  it('outlines what peers select in their color, names them, and says who edits a cell', async () => {
    const project = createProject(data);
    const gantt = await mount<RlGantt>(html`<rl-gantt .project=${project} locale="en"></rl-gantt>`);
    await settled(gantt);
    const presence = presenceOf(project);
    presence.setStatus('synced');
    presence.setPeers([
      { clientId: 2, user: dana, selection: ['brief'], editing: { taskId: 'brief', field: 'start' } },
      { clientId: 5, user: eli, selection: ['brief', 'review'] },
    ]);
    await settled(gantt);
    const { grid, timeline, own } = parts(gantt);

    const status = own.querySelector('[part~="presence-status"]') as HTMLElement;
    expect(status.dataset.status).to.equal('synced');
    expect(status.textContent?.trim()).to.equal('Live');
    const avatars = [...own.querySelectorAll('[part~="avatar"]')];
    expect(avatars.map((a) => a.getAttribute('title'))).to.deep.equal(['Dana Scully', 'Eli']);
    expect(avatars[0]?.querySelector('[aria-hidden="true"]')?.textContent).to.equal('DS');
    expect(avatars[0]?.querySelector('.visually-hidden')?.textContent).to.equal('Dana Scully');

    const row = grid.querySelector('[role="row"][data-id="brief"]') as HTMLElement;
    expect(row.getAttribute('part')).to.contain('peer-selected');
    expect(row.title).to.equal('Selected by Dana Scully, Eli');
    expect(getComputedStyle(row).outlineColor).to.equal('rgb(194, 24, 91)');
    const other = grid.querySelector('[role="row"][data-id="review"]') as HTMLElement;
    expect(getComputedStyle(other).outlineColor).to.equal('rgb(21, 101, 192)');
    expect(grid.querySelector('[role="row"][data-id="code"]')?.getAttribute('part')).to.not.contain('peer');

    const badge = grid.querySelector('[part~="peer-editing"]') as HTMLElement;
    expect(badge.textContent?.trim()).to.equal('Dana Scully is editing Start');
    expect(badge.closest('[role="gridcell"]')?.getAttribute('part')).to.contain('cell-start');

    const bar = timeline.querySelector('g[part~="bar"][data-task="brief"]') as SVGGElement;
    expect(bar.getAttribute('part')).to.contain('peer-selected');
    expect(bar.querySelector('.peer-outline')?.getAttribute('stroke')).to.equal('#c2185b');
    expect(bar.querySelector('title')?.textContent).to.equal('Selected by Dana Scully, Eli');

    await expectAccessible(gantt);

    // They leave: the marks go, the status stays while the session does.
    presence.setPeers([]);
    await settled(gantt);
    expect(grid.querySelector('[part~="peer-selected"]')).to.equal(null);
    expect(grid.querySelector('[part~="peer-editing"]')).to.equal(null);
    expect(own.querySelectorAll('[part~="avatar"]').length).to.equal(0);
    presence.setStatus('offline');
    await settled(gantt);
    expect((own.querySelector('[part~="presence-status"]') as HTMLElement).dataset.status).to.equal(
      'offline',
    );
    presence.setStatus(undefined);
  });

  it('publishes its selection and the cell it edits', async () => {
    const project = createProject(data);
    const gantt = await mount<RlGantt>(html`<rl-gantt .project=${project} locale="en"></rl-gantt>`);
    await settled(gantt);
    const presence = presenceOf(project);
    gantt.selectTasks(['review']);
    await settled(gantt);
    expect(presence.local.selection).to.deep.equal(['review']);
    const { grid } = parts(gantt);
    const cell = grid.querySelector('[role="row"][data-id="review"] [part~="cell-name"]') as HTMLElement;
    cell.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
    await settled(gantt);
    expect(presence.local.editing).to.deep.equal({ taskId: 'review', field: 'name' });
    const editor = grid.querySelector('.editor') as HTMLInputElement;
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settled(gantt);
    expect(presence.local.editing).to.equal(undefined);
  });

  it('shows each task’s note count in its latest note’s color on its bar', async () => {
    const project = createProject(data);
    project.addNote({ taskId: 'brief', text: 'one', color: '#ff8800' });
    project.addNote({ taskId: 'brief', text: 'two', color: '#00aa00' });
    const gantt = await mount<RlGantt>(html`<rl-gantt .project=${project} locale="en"></rl-gantt>`);
    await settled(gantt);
    const { timeline } = parts(gantt);
    const badge = timeline.querySelector('[part~="note-count"]') as SVGGElement;
    expect(badge.getAttribute('aria-label')).to.equal('2 notes');
    expect(badge.querySelector('circle')?.getAttribute('stroke')).to.equal('#00aa00');
    expect(timeline.querySelectorAll('[part~="note-count"]').length).to.equal(1);
  });
});
