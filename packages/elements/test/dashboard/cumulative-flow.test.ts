import { expect } from '@open-wc/testing';
import { createProject, type ProjectData } from '@roadline/core';
import { html } from 'lit';
import '../../src/define/dashboard.js';
import type { RlCumulativeFlow, RlDashboard } from '../../src/classes.js';
import { cleanup, expectAccessible, litWarnings, mount } from '../helpers.js';

const data = (): ProjectData => ({
  id: 'p',
  name: 'Flow',
  statuses: [
    { id: 'todo', label: 'To do', category: 'todo' },
    { id: 'doing', label: 'Doing', category: 'active', color: '#2f6fed' },
    { id: 'done', label: 'Done', category: 'done' },
  ],
  tasks: [
    { id: 'a', name: 'Alpha', status: 'todo' },
    { id: 'b', name: 'Beta', status: 'todo' },
    { id: 'c', name: 'Gamma', status: 'todo' },
  ],
});

function flowing() {
  const clock = { now: '2026-03-02T09:00' };
  const project = createProject(data(), { now: () => clock.now });
  clock.now = '2026-03-03T09:00';
  project.updateTask('a', { status: 'doing' });
  clock.now = '2026-03-04T09:00';
  project.updateTask('a', { status: 'done' });
  project.updateTask('b', { status: 'doing' });
  return { project, clock };
}

const root = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
const rows = (el: Element) =>
  [...root(el).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()).join(','),
  );

describe('rl-cumulative-flow', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('stacks a band per status over the days since the store loaded, with a table alternative', async () => {
    const { project } = flowing();
    const el = await mount<RlCumulativeFlow>(
      html`<rl-cumulative-flow .project=${project} today="2026-03-05"></rl-cumulative-flow>`,
    );
    expect(root(el).querySelectorAll('[part~="band"]').length).to.equal(3);
    expect(root(el).querySelector('[part~="band"][part~="active"]')?.getAttribute('fill')).to.equal(
      '#2f6fed',
    );
    expect(rows(el)).to.deep.equal(['3,0,0', '2,1,0', '1,1,1', '1,1,1']);
    expect(root(el).querySelector('#summary')?.textContent).to.contain('To do 1, Doing 1, Done 1');
    await expectAccessible(el);
  });

  it('follows the store, undo included', async () => {
    const { project } = flowing();
    const el = await mount<RlCumulativeFlow>(
      html`<rl-cumulative-flow .project=${project} today="2026-03-04"></rl-cumulative-flow>`,
    );
    expect(rows(el).at(-1)).to.equal('1,1,1');
    project.undo();
    await el.updateComplete;
    expect(rows(el).at(-1)).to.equal('2,0,1');
  });

  it('is in the dashboard catalogue, and accessible in dark', async () => {
    const { project } = flowing();
    const el = await mount<RlDashboard>(
      html`<rl-dashboard .project=${project} today="2026-03-05"
        .config=${{ widgets: [{ id: 'cfd', type: 'cumulative-flow', x: 0, y: 0, w: 6, h: 2 }] }}></rl-dashboard>`,
      'dark',
    );
    const widget = root(el).querySelector('rl-cumulative-flow') as RlCumulativeFlow;
    expect(widget).to.exist;
    await widget.updateComplete;
    expect(root(widget).querySelector('[part="heading"]')?.textContent).to.equal('Cumulative flow');
    expect(rows(widget)).to.have.length(4);
    await expectAccessible(el);
  });

  it('shows today only from plain data', async () => {
    const el = await mount<RlCumulativeFlow>(
      html`<rl-cumulative-flow .data=${data()} today="2026-03-05"></rl-cumulative-flow>`,
    );
    expect(rows(el)).to.deep.equal(['3,0,0']);
    expect(root(el).querySelectorAll('[part~="band"]').length).to.equal(3);
  });
});
