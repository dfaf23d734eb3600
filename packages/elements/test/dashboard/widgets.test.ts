import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { html } from 'lit';
import '../../src/define/dashboard.js';
import type {
  RlBottlenecks,
  RlBurndown,
  RlKpi,
  RlLateList,
  RlMilestones,
  RlNotes,
  RlPortfolio,
  RlStatusChart,
  RlWorkload,
} from '../../src/classes.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount } from '../helpers.js';
import { sample, TODAY } from './fixture.js';

function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}
/** The text of each child of a node, joined by single spaces (table cells, tile parts). */
const cells = (node: Element) =>
  [...node.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()).join(' ');
const text = (el: Element, selector: string) =>
  root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('dashboard widgets', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('rl-status-chart draws a donut slice per used status and a table alternative', async () => {
    const el = await mount<RlStatusChart>(
      html`<rl-status-chart .data=${sample()} today=${TODAY}></rl-status-chart>`,
    );
    expect(root(el).querySelectorAll('path[part~="slice"]').length).to.equal(5);
    expect(text(el, '[part="total"]')).to.equal('6');
    const rows = [...root(el).querySelectorAll('table tbody tr')].map(cells);
    expect(rows).to.include('Doing 1 17% 40');
    el.variant = 'bars';
    await el.updateComplete;
    expect(root(el).querySelectorAll('rect[part~="slice"]').length).to.equal(5);
  });

  it('writes dates in the language of the nearest lang, also one set after it drew', async () => {
    const wrap = await mount<HTMLDivElement>(
      html`<div lang="de-DE"><rl-workload .data=${sample()} today=${TODAY} from="2026-03-02" weeks="2"></rl-workload></div>`,
    );
    const el = wrap.querySelector('rl-workload') as RlWorkload;
    await el.updateComplete;
    const heads = () => [...root(el).querySelectorAll('thead th.num')].map((th) => th.textContent?.trim());
    expect(heads()).to.deep.equal(['2. März', '9. März']);
    wrap.setAttribute('lang', 'en-GB');
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(heads()).to.deep.equal(['2 Mar', '9 Mar']);
  });

  it('rl-workload judges a resource by its max units, without a capacity in hours', async () => {
    const data = sample();
    const ben = data.people?.[1];
    if (ben) ben.maxUnits = 50;
    const el = await mount<RlWorkload>(
      html`<rl-workload .data=${data} today=${TODAY} from="2026-03-02" weeks="2"></rl-workload>`,
    );
    const cells = [...root(el).querySelectorAll('td')];
    expect(cells[3]?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('40 of 20 hours, over capacity');
    expect(text(el, 'tbody tr:nth-child(2) th')).not.to.contain('(no capacity)');
  });

  it('rl-workload marks over-allocated weeks in color and in words, and people without capacity', async () => {
    const el = await mount<RlWorkload>(
      html`<rl-workload .data=${sample()} today=${TODAY} from="2026-03-02" weeks="2"></rl-workload>`,
    );
    const cells = [...root(el).querySelectorAll('td')];
    expect(cells.map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '48 of 40 hours, over capacity',
      '40 of 40 hours',
      '16 hours',
      '40 hours',
    ]);
    expect(cells[0]?.getAttribute('part')).to.contain('over');
    expect(text(el, 'tbody tr:nth-child(2) th')).to.contain('(no capacity)');
    expect(root(el).querySelector('[part="more"]')).to.equal(null);
    el.limit = 1;
    await el.updateComplete;
    expect(root(el).querySelectorAll('tbody tr')).to.have.length(1);
    expect(text(el, '[part="more"]')).to.equal('1 more person not shown.');
  });

  it('rl-burndown draws plan, actual and forecast with a text summary', async () => {
    const el = await mount<RlBurndown>(html`<rl-burndown .data=${sample()} today=${TODAY}></rl-burndown>`);
    for (const part of ['planned', 'actual', 'forecast']) {
      expect(root(el).querySelector(`[part="${part}"]`)?.getAttribute('d')).to.match(/^M/);
    }
    expect(text(el, '#summary')).to.contain('Scope 128 hours. Today 72 hours');
    el.mode = 'burnup';
    await el.updateComplete;
    expect(root(el).querySelector('[part="scope"]')).to.not.equal(null);
    expect(text(el, '#summary')).to.contain('Completed work');
  });

  it("rl-burndown draws its actual line from the store's own progress history when the host keeps none", async () => {
    const clock = { now: '2026-03-02T09:00' };
    const project = createProject(sample(), { now: () => clock.now });
    clock.now = '2026-03-04T10:00';
    project.updateTask('b', { progress: 100 });
    clock.now = '2026-03-06T10:00';
    project.updateTask('c', { progress: 50 });
    const points = (el: RlBurndown) =>
      (root(el).querySelector('[part="actual"]')?.getAttribute('d')?.match(/[ML]/g) ?? []).length;
    const fromStore = await mount<RlBurndown>(
      html`<rl-burndown .project=${project} today=${TODAY}></rl-burndown>`,
    );
    const withHosts = await mount<RlBurndown>(
      html`<rl-burndown .project=${project} .snapshots=${[]} today=${TODAY}></rl-burndown>`,
    );
    // The store's three days of history (load, 4 and 6 March) before today's point; the host's
    // empty history gives today's point alone.
    expect(points(fromStore)).to.be.greaterThan(points(withHosts));
    expect(points(fromStore)).to.be.at.least(3);
    // A new progress change redraws the line from the grown history.
    clock.now = '2026-03-09T10:00';
    const before = points(fromStore);
    project.updateTask('d', { progress: 100 });
    await fromStore.updateComplete;
    expect(points(fromStore)).to.be.greaterThan(before);
  });

  it('rl-milestones shows countdown and verdict, and fires rl-item-click', async () => {
    const el = await mount<RlMilestones>(
      html`<rl-milestones .data=${sample()} today=${TODAY}></rl-milestones>`,
    );
    const items = [...root(el).querySelectorAll('li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items[0]).to.contain('M').and.contain('in 3 days').and.contain('On track');
    expect(items[1]).to.contain('R1').and.contain('Late');
    const button = root(el).querySelectorAll<HTMLButtonElement>('button[part="item"]')[1];
    const event = await expectEvent<CustomEvent>(el, 'rl-item-click', () => button?.click());
    expect(event.detail).to.deep.equal({
      kind: 'release',
      id: 'r1',
      projectId: 'p',
      widget: 'rl-milestones',
    });
  });

  it('rl-late-list lists overdue items by days late, names as text', async () => {
    const el = await mount<RlLateList>(html`<rl-late-list .data=${sample()} today=${TODAY}></rl-late-list>`);
    const names = [...root(el).querySelectorAll('button[part="item"]')].map((b) => b.textContent);
    expect(names).to.deep.equal(['<img src=x onerror=alert(1)>', 'D', 'E']);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(el, '[part="counts"]')).to.equal('3 overdue · 0 slipped · 0 behind');
  });

  it('rl-bottlenecks ranks by slack then downstream work', async () => {
    const el = await mount<RlBottlenecks>(
      html`<rl-bottlenecks .data=${sample()} today=${TODAY}></rl-bottlenecks>`,
    );
    const rows = [...root(el).querySelectorAll('tbody tr')].map((r) =>
      r.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal(['B critical 0 1 0', '<img src=x onerror=alert(1)> 5 1 24']);
  });

  it('rl-kpi shows the tiles asked for', async () => {
    const el = await mount<RlKpi>(
      html`<rl-kpi .data=${sample()} today=${TODAY} tiles="progress,overdue,finish"></rl-kpi>`,
    );
    const tiles = [...root(el).querySelectorAll('[part~="tile"]')].map(cells);
    expect(tiles).to.have.length(3);
    expect(tiles[0]).to.equal('Progress 44% 81% planned');
    expect(tiles[1]).to.equal('Overdue 3 tasks past their end');
    expect(tiles[2]).to.contain('in 3 days');
  });

  it('rl-notes lists notes newest first and links attached items', async () => {
    const el = await mount<RlNotes>(html`<rl-notes .data=${sample()} today=${TODAY}></rl-notes>`);
    const notes = [...root(el).querySelectorAll('[part="note"]')].map((n) =>
      n.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(notes[0]).to.contain('Waiting on API keys').and.contain('on B');
    expect(notes[1]).to.contain('Kick-off went well');
    const event = await expectEvent<CustomEvent>(el, 'rl-item-click', () =>
      root(el).querySelector<HTMLButtonElement>('button[part="item"]')?.click(),
    );
    expect(event.detail.id).to.equal('b');
    el.scope = 'project';
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="note"]').length).to.equal(1);
  });

  it('rl-portfolio judges every project and fires rl-item-click for a project', async () => {
    const done = sample();
    done.id = 'q';
    done.name = 'Finished';
    for (const t of done.tasks) t.progress = 100;
    const el = await mount<RlPortfolio>(
      html`<rl-portfolio .projects=${[sample(), done]} today=${TODAY}></rl-portfolio>`,
    );
    const rows = [...root(el).querySelectorAll('tbody tr')].map((r) =>
      r.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[0]).to.contain('Sample').and.contain('At risk').and.contain('3 tasks past their end');
    expect(rows[1]).to.contain('Finished').and.contain('On track');
    const event = await expectEvent<CustomEvent>(el, 'rl-item-click', () =>
      root(el).querySelectorAll<HTMLButtonElement>('button[part="item"]')[1]?.click(),
    );
    expect(event.detail).to.deep.include({ kind: 'project', id: 'q', projectId: 'q' });
  });

  it('updates live when the store changes', async () => {
    const project = createProject(sample());
    const late = await mount<RlLateList>(
      html`<rl-late-list .project=${project} today=${TODAY}></rl-late-list>`,
    );
    expect(root(late).querySelectorAll('li').length).to.equal(3);
    project.updateTask('d', { progress: 100 });
    await late.updateComplete;
    expect(root(late).querySelectorAll('li').length).to.equal(2);
  });

  it('has no axe violations in light, dark and high-contrast themes', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const el = await mount<HTMLElement>(
        html`<div>
          <rl-status-chart .data=${sample()} today=${TODAY}></rl-status-chart>
          <rl-workload .data=${sample()} today=${TODAY} from="2026-03-02" weeks="2"></rl-workload>
          <rl-burndown .data=${sample()} today=${TODAY}></rl-burndown>
          <rl-milestones .data=${sample()} today=${TODAY}></rl-milestones>
          <rl-late-list .data=${sample()} today=${TODAY}></rl-late-list>
          <rl-bottlenecks .data=${sample()} today=${TODAY}></rl-bottlenecks>
          <rl-portfolio .projects=${[sample()]} today=${TODAY}></rl-portfolio>
          <rl-kpi .data=${sample()} today=${TODAY}></rl-kpi>
          <rl-notes .data=${sample()} today=${TODAY}></rl-notes>
        </div>`,
        theme,
      );
      await Promise.all(
        [...el.children].map((c) => (c as unknown as { updateComplete: Promise<unknown> }).updateComplete),
      );
      await expectAccessible(el);
      cleanup();
    }
  });
});
