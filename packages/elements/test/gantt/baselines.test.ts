import { expect } from '@open-wc/testing';
import { createProject, type Project } from '@roadline/core';
import { html } from 'lit';
import '../../src/define/gantt.js';
import type { RlGantt, RlTimeline } from '../../src/classes.js';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { cleanup, expectAccessible, mount } from '../helpers.js';
import { cell, click, data, menuButton, menuItems, settle, shadow } from './fixtures.js';

/** Two baselines: the first as taken, the second after "Code" grew a week longer; now two weeks longer. */
function twoBaselines(): { project: Project; first: string; second: string } {
  const project = createProject(data);
  const first = project.takeBaseline({ name: 'Plan A' }).id;
  project.updateTask('code', { duration: 10 });
  const second = project.takeBaseline({ name: 'Plan B' }).id;
  project.updateTask('code', { duration: 15 });
  return { project, first, second };
}

function timeline(el: RlGantt): RlTimeline {
  return shadow(el).querySelector('rl-timeline') as RlTimeline;
}

function grid(el: RlGantt): RlGanttGrid {
  return shadow(el).querySelector('rl-gantt-grid') as RlGanttGrid;
}

function planned(el: RlGantt, part: string): SVGRectElement[] {
  return [...shadow(timeline(el)).querySelectorAll<SVGRectElement>(`rect[part~="baseline"]`)].filter((r) =>
    part === 'compare' ? r.part.contains('compare') : !r.part.contains('compare'),
  );
}

describe('rl-gantt: one baseline or two compared', () => {
  afterEach(() => cleanup());

  it('draws the compared baseline as a second thin bar, in its own color, below the first', async () => {
    const { project, first, second } = twoBaselines();
    const el = await mount<RlGantt>(
      html`<rl-gantt .project=${project} baseline=${first} zoom="day" locale="en-GB" .columns=${['name', 'endVariance']}></rl-gantt>`,
    );
    await settle();
    expect(planned(el, 'compare')).to.have.length(0);
    expect(planned(el, 'baseline').length).to.be.greaterThan(0);
    el.compareBaseline = second;
    await settle();
    const a = planned(el, 'baseline');
    const b = planned(el, 'compare');
    expect(b.length).to.equal(a.length);
    // Every compared bar sits below the first.
    expect(Number(b[0]?.getAttribute('y'))).to.be.greaterThan(Number(a[0]?.getAttribute('y')));
    expect(getComputedStyle(b[0] as Element).fill).to.not.equal(getComputedStyle(a[0] as Element).fill);
    // "Code" ends later in the compared one: some bar is wider.
    const widths = (rects: SVGRectElement[]) => rects.map((r) => Number(r.getAttribute('width')));
    expect(widths(b)).to.not.deep.equal(widths(a));
    await expectAccessible(el);
    // The export draws both too.
    expect(el.exportSVG()).to.match(/part="baseline compare"/);
  });

  it('the toolbar picks the compared baseline; the grid measures variance against the chosen baseline', async () => {
    const { project, first, second } = twoBaselines();
    const el = await mount<RlGantt>(
      html`<rl-gantt .project=${project} zoom="day" locale="en-GB" .columns=${['name', 'endVariance']}></rl-gantt>`,
    );
    await settle();
    await click(menuButton(el, 'baseline-menu'));
    await settle();
    const compare = menuItems(el, 'baseline-menu', 'Compare with baseline');
    expect(compare.map((i) => i.textContent?.trim())).to.deep.equal(['No comparison', 'Plan A', 'Plan B']);
    expect(compare.map((i) => i.getAttribute('aria-checked'))).to.deep.equal(['true', 'false', 'false']);
    // The latest baseline is the one shown by default.
    const shown = menuItems(el, 'baseline-menu', 'Baseline shown');
    expect(shown.map((i) => i.getAttribute('aria-checked'))).to.deep.equal(['false', 'false', 'true']);
    await expectAccessible(el);
    await click(compare[1] as HTMLElement);
    await settle();
    // A radio item keeps the menu open and checks the choice.
    expect(menuItems(el, 'baseline-menu', 'Compare with baseline')[1]?.getAttribute('aria-checked')).to.equal(
      'true',
    );
    expect(el.compareBaseline).to.equal(first);
    expect(planned(el, 'compare').length).to.be.greaterThan(0);
    // Default: the latest baseline (Plan B, one week before now); chosen: Plan A (two weeks).
    const variance = () => cell(grid(el), 'code', 'endVariance').textContent?.trim() ?? '';
    const latest = variance();
    el.baseline = first;
    await settle();
    expect(variance()).to.not.equal(latest);
    expect(Number.parseFloat(variance())).to.be.greaterThan(Number.parseFloat(latest));
    el.baseline = second;
    await settle();
    expect(variance()).to.equal(latest);
  });
});
