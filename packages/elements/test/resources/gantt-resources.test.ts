import { createProject, type Project } from '@roadline/core';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/gantt.js';
import '../../src/define/timeline.js';
import '../../src/define/resource-histogram.js';
import '../../src/define/resource-usage.js';
import type { RlGantt } from '../../src/classes.js';
import { cleanup, expectAccessible, mount } from '../helpers.js';
import { resourceData } from './fixtures.js';

const root = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));

/** Ann and Bob both on two overlapping tasks: leveling must delay one of them. */
function overallocated(): Project {
  const data = resourceData();
  data.tasks.push({ id: 'x', name: 'Docs', start: '2026-03-02', duration: 3, assignees: ['ann'] });
  return createProject(data);
}

async function mountGantt(project: Project, pane?: string): Promise<RlGantt> {
  const el = await mount<RlGantt>(
    html`<rl-gantt style="width: 1100px; height: 560px" zoom="week" today="2026-03-02" resource-pane=${pane ?? ''} .project=${project}></rl-gantt>`,
  );
  await frames();
  await el.updateComplete;
  await frames();
  return el;
}

describe('rl-gantt resources', () => {
  afterEach(cleanup);

  it('resource-pane="histogram": under the panes, names as wide as the grid, on the timeline’s axis and scroll', async () => {
    const el = await mountGantt(overallocated(), 'histogram');
    const pane = root(el).querySelector('rl-resource-histogram') as HTMLElement;
    expect(pane).to.exist;
    const shadow = pane.shadowRoot as ShadowRoot;
    expect(shadow.querySelector('[part="header"]')).to.equal(null);
    const timeline = root(el).querySelector('rl-timeline') as HTMLElement;
    const chart = shadow.querySelector('[part~="row"] .chart') as HTMLElement;
    expect(Math.abs(chart.getBoundingClientRect().left - timeline.getBoundingClientRect().left)).to.be.below(
      2,
    );
    // Monday 2 March's load bar stands under the same x as the timeline draws 2 March.
    const scroller = timeline.shadowRoot?.querySelector('.scroller') as HTMLElement;
    const bar = shadow.querySelector('path.load') as SVGPathElement;
    const before = bar.getBoundingClientRect().left;
    scroller.scrollLeft += 64;
    await frames();
    await (pane as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const moved = (shadow.querySelector('path.load') as SVGPathElement).getBoundingClientRect().left;
    expect(before - moved).to.be.closeTo(64, 1);
    await expectAccessible(el);
  });

  it('resource-pane="usage" shows the usage view; none without the attribute', async () => {
    const project = overallocated();
    const el = await mountGantt(project, 'usage');
    expect(root(el).querySelector('rl-resource-usage')).to.exist;
    el.resourcePane = undefined;
    await el.updateComplete;
    expect(root(el).querySelector('rl-resource-usage, rl-resource-histogram')).to.equal(null);
  });

  it('"Level" levels the project as one undo step (busy meanwhile); "Clear leveling" clears it', async () => {
    const project = overallocated();
    const el = await mountGantt(project);
    const level = root(el).querySelector<HTMLButtonElement>('[part~="level"]') as HTMLButtonElement;
    const clear = root(el).querySelector<HTMLButtonElement>('[part~="clear-leveling"]') as HTMLButtonElement;
    expect(level.textContent?.trim()).to.equal('Level');
    level.click();
    await el.updateComplete;
    expect(level.getAttribute('aria-busy')).to.equal('true');
    for (let i = 0; i < 100 && level.getAttribute('aria-busy') === 'true'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
    }
    const delayed = project.tasks().filter((t) => (t.levelingDelay ?? 0) > 0);
    expect(delayed.length).to.be.greaterThan(0);
    expect(root(el).querySelector('[part="toolbar"] [role="status"]')?.textContent).to.match(
      /^Leveled: \d+ tasks? delayed\.$/,
    );
    project.undo();
    expect(project.tasks().some((t) => (t.levelingDelay ?? 0) > 0)).to.be.false;
    project.redo();
    clear.click();
    await el.updateComplete;
    expect(project.tasks().some((t) => (t.levelingDelay ?? 0) > 0)).to.be.false;
    project.undo();
    expect(project.tasks().filter((t) => (t.levelingDelay ?? 0) > 0).length).to.equal(delayed.length);
  });

  it('keyboard: the commands are buttons in the toolbar’s tab order; read-only disables them', async () => {
    const el = await mountGantt(overallocated());
    const level = root(el).querySelector<HTMLButtonElement>('[part~="level"]') as HTMLButtonElement;
    level.focus();
    expect(root(el).activeElement).to.equal(level);
    el.readonly = true;
    await el.updateComplete;
    expect(level.disabled).to.be.true;
  });
});
