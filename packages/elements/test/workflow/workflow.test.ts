import { createProject, type Project, type ProjectData } from '@roadline/core';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/workflow.js';
import '../../src/define/board.js';
import type { RlBoard } from '../../src/classes.js';
import type { RlWorkflow } from '../../src/define/workflow.js';
import type { RlStatusFilterChangeEvent } from '../../src/events/status-filter-change-event.js';
import {
  cleanup,
  expectAccessible,
  expectEvent,
  litWarnings,
  mount,
  trackSubscriptions,
} from '../helpers.js';

const data = (): ProjectData => ({
  id: 'p',
  name: 'Flow',
  statuses: [
    { id: 'todo', label: 'To do', category: 'todo', color: '#8892a6' },
    { id: 'doing', label: 'Doing', category: 'active', color: '#2f6fed' },
    { id: 'review', label: 'Review', category: 'active' },
    { id: 'done', label: 'Done', category: 'done', color: '#2e9e5b' },
  ],
  tasks: [
    { id: 'a', name: 'Alpha', status: 'todo' },
    { id: 'b', name: 'Beta', status: 'todo' },
    { id: 'c', name: 'Gamma', status: 'todo' },
    { id: 'd', name: 'Delta', status: 'todo' },
  ],
});

/** A store whose history has forward steps, a skip and a step back. */
function flowingProject(): Project {
  const clock = { now: '2026-03-02T09:00' };
  const project = createProject(data(), { now: () => clock.now });
  clock.now = '2026-03-03T09:00';
  project.updateTask('a', { status: 'doing' });
  project.updateTask('a', { status: 'review' });
  project.updateTask('a', { status: 'doing' });
  project.updateTask('b', { status: 'doing' });
  project.updateTask('c', { status: 'done' });
  return project;
}

const shadow = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
const node = (el: RlWorkflow, id: string) => shadow(el).querySelector<SVGGElement>(`[data-status="${id}"]`);
const parts = (el: RlWorkflow, part: string) => [...shadow(el).querySelectorAll(`[part~="${part}"]`)];

async function mountFlow(
  project: Project,
  theme: 'light' | 'dark' = 'light',
  dir = 'ltr',
): Promise<RlWorkflow> {
  return mount<RlWorkflow>(
    html`<rl-workflow dir=${dir} .project=${project} today="2026-03-05T09:00"></rl-workflow>`,
    theme,
  );
}

describe('rl-workflow', () => {
  afterEach(() => cleanup());

  it('draws a node per status with its count, an edge per transition taken, back edges apart', async () => {
    const el = await mountFlow(flowingProject());
    expect(parts(el, 'status').map((n) => n.getAttribute('data-status'))).to.deep.equal([
      'todo',
      'doing',
      'review',
      'done',
    ]);
    expect(node(el, 'doing')?.getAttribute('aria-label')).to.contain('Doing 2 items');
    const edges = parts(el, 'edge');
    expect(edges.length).to.equal(4, 'todo>doing, todo>done, doing>review, review>doing');
    expect(parts(el, 'back').length).to.equal(1);
    expect(parts(el, 'skip').length).to.equal(1);
    expect(parts(el, 'edge-count').map((t) => t.textContent)).to.include('2');
    const list = shadow(el).querySelector('[part="transitions"]');
    expect(list?.textContent).to.contain('Review back to Doing: 1');
  });

  it('marks the bottleneck, and a status over its WIP limit', async () => {
    const el = await mountFlow(flowingProject());
    expect(node(el, 'doing')?.getAttribute('part')).to.contain('bottleneck');
    el.wipLimits = { review: 0 };
    el.project?.updateTask('d', { status: 'review' });
    await el.updateComplete;
    expect(node(el, 'review')?.getAttribute('part')).to.contain('over-limit');
    expect(node(el, 'review')?.getAttribute('part')).to.contain('bottleneck');
    expect(parts(el, 'bottleneck-flag').length).to.equal(1);
  });

  it('follows the store: a change, an undo and a remote batch redraw the edges', async () => {
    const project = flowingProject();
    const el = await mountFlow(project);
    project.updateTask('b', { status: 'review' });
    await el.updateComplete;
    expect(parts(el, 'edge').length).to.equal(4);
    expect(shadow(el).querySelector('[part="transitions"]')?.textContent).to.contain('Doing to Review: 2');
    project.undo();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="transitions"]')?.textContent).to.contain('Doing to Review: 1');
    project.applyOperations([
      { kind: 'update', entity: 'task', id: 'd', after: { ...project.task('d'), status: 'done' } },
    ]);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="transitions"]')?.textContent).to.contain('To do to Done: 2');
  });

  it('a click or Enter on a status filters a board on the same store; again, or Escape, clears it', async () => {
    const project = flowingProject();
    const host = await mount<HTMLDivElement>(html`<div>
      <rl-workflow .project=${project}></rl-workflow>
      <rl-board .project=${project}></rl-board>
      <rl-board view="table" .project=${project}></rl-board>
    </div>`);
    const el = host.querySelector('rl-workflow') as RlWorkflow;
    const [kanban, table] = [...host.querySelectorAll('rl-board')] as RlBoard[];
    await el.updateComplete;
    const cards = () => shadow(kanban as RlBoard).querySelectorAll('[part~="card"]').length;
    expect(cards()).to.equal(4);
    const event = await expectEvent<RlStatusFilterChangeEvent>(el, 'rl-status-filter-change', () =>
      node(el, 'doing')?.dispatchEvent(new MouseEvent('click', { bubbles: true })),
    );
    expect(event.detail.status).to.equal('doing');
    await kanban?.updateComplete;
    await table?.updateComplete;
    expect(kanban?.statusFilter).to.equal('doing');
    expect(table?.statusFilter).to.equal('doing');
    expect(cards()).to.equal(2);
    expect(node(el, 'doing')?.getAttribute('aria-pressed')).to.equal('true');
    expect(node(el, 'doing')?.getAttribute('part')).to.contain('filtered');

    node(el, 'doing')?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-status')).to.equal('review');
    await sendKeys({ press: 'Enter' });
    await kanban?.updateComplete;
    expect(kanban?.statusFilter).to.equal('review');
    expect(cards()).to.equal(0);
    await sendKeys({ press: 'Escape' });
    await kanban?.updateComplete;
    expect(el.statusFilter).to.equal(undefined);
    expect(kanban?.statusFilter).to.equal(undefined);
    expect(cards()).to.equal(4);

    // Clearing it on the board clears it on the flow too.
    (kanban as RlBoard).statusFilter = 'todo';
    await kanban?.updateComplete;
    await el.updateComplete;
    expect(el.statusFilter).to.equal('todo');
  });

  it('is keyboard operable in RTL: → goes back along the flow, which runs right to left', async () => {
    const el = await mountFlow(flowingProject(), 'light', 'rtl');
    const [first, second] = [node(el, 'todo'), node(el, 'doing')];
    const x = (g: SVGGElement | null) => g?.getBoundingClientRect().left ?? 0;
    expect(x(first)).to.be.greaterThan(x(second));
    second?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-status')).to.equal('todo');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-status')).to.equal('done');
  });

  it('is translated', async () => {
    const el = await mount<RlWorkflow>(
      html`<rl-workflow locale="de" .project=${flowingProject()}></rl-workflow>`,
    );
    for (
      let i = 0;
      i < 20 &&
      !shadow(el).querySelector('[part="flow"]')?.getAttribute('aria-label')?.includes('Arbeitsablauf');
      i++
    ) {
      await new Promise((r) => setTimeout(r, 25));
      await el.updateComplete;
    }
    expect(shadow(el).querySelector('[part="flow"]')?.getAttribute('aria-label')).to.equal('Arbeitsablauf');
    expect(node(el, 'doing')?.getAttribute('aria-label')).to.contain('2 Einträge');
  });

  it('shows an empty project, and counts from plain data', async () => {
    const empty = await mount<RlWorkflow>(
      html`<rl-workflow .data=${{ ...data(), tasks: [] }}></rl-workflow>`,
    );
    expect(parts(empty, 'status').length).to.equal(4);
    expect(parts(empty, 'edge').length).to.equal(0);
    expect(parts(empty, 'bottleneck').length).to.equal(0);
    cleanup();
    const el = await mount<RlWorkflow>(html`<rl-workflow .data=${data()}></rl-workflow>`);
    expect(node(el, 'todo')?.getAttribute('aria-label')).to.contain('To do 4 items');
    expect(parts(el, 'edge').length).to.equal(0);
  });

  it('is accessible in light and dark, prints no Lit warnings and leaves no subscription behind', async () => {
    const warnings = litWarnings();
    warnings.start();
    const project = flowingProject();
    const tracked = trackSubscriptions(project);
    for (const theme of ['light', 'dark'] as const) {
      const el = await mountFlow(project, theme);
      await expectAccessible(el);
      cleanup();
    }
    expect(tracked.active).to.equal(0);
    expect(warnings.stop()).to.deep.equal([]);
  });
});
