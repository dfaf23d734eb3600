import { createProject } from '@roadline/core';
import { histogramPathBars } from '@roadline/core/views/resources';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/resource-histogram.js';
import type { RlResourceHistogram } from '../../src/define/resource-histogram.js';
import { cleanup, expectAccessible, litWarnings, mount, trackSubscriptions } from '../helpers.js';
import { bigData, resourceData } from './fixtures.js';

const root = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
const status = (el: Element) => root(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
/** The bars drawn by the paths matching `selector` in `scope` (each path draws many). */
const bars = (scope: ParentNode | undefined, selector: string) =>
  [...(scope?.querySelectorAll(selector) ?? [])].flatMap((p) => histogramPathBars(p.getAttribute('d') ?? ''));
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));

async function mountHistogram(dir = 'ltr', theme: 'light' | 'dark' = 'light'): Promise<RlResourceHistogram> {
  const el = await mount<RlResourceHistogram>(
    html`<rl-resource-histogram dir=${dir} locale="en-GB" zoom="week" style="width: 900px; height: 200px" .data=${resourceData()}></rl-resource-histogram>`,
    theme,
  );
  await frames();
  await el.updateComplete;
  return el;
}

describe('rl-resource-histogram', () => {
  afterEach(cleanup);

  it('draws a row per person, load bars against capacity, over-allocation in the critical colour', async () => {
    const warnings = litWarnings();
    warnings.start();
    const el = await mountHistogram();
    const rows = [...root(el).querySelectorAll('[part~="row"]')];
    expect(rows.map((r) => r.querySelector('[part="name"]')?.textContent?.trim())).to.deep.equal([
      'Ann Lee',
      'Bob Ray',
      'Cy Ito',
    ]);
    expect(rows[0]?.getAttribute('part')).to.include('over');
    expect(rows[2]?.getAttribute('part')).not.to.include('over');
    const over = rows[0]?.querySelectorAll('path.load.over') ?? [];
    expect(bars(rows[0], 'path.load.over').length).to.equal(1);
    const critical = getComputedStyle(document.documentElement)
      .getPropertyValue('--rl-color-critical')
      .trim();
    const fill = getComputedStyle(over[0] as Element).fill;
    const probe = document.createElement('div');
    probe.style.color = critical;
    document.body.append(probe);
    expect(fill).to.equal(getComputedStyle(probe).color);
    probe.remove();
    expect(bars(rows[0], 'path.load').length).to.equal(4);
    // The over-allocated bar is Wednesday 4 March's (the axis starts Monday 23 February, 16 px a
    // day), and only there; Bob (max 50 %, at 50 % on 9 and 10 March) is within capacity, Cy idle.
    expect(bars(rows[0], 'path.load.over').map((b) => b.x)).to.deep.equal([144.5]);
    expect(bars(rows[0], 'path.load:not(.over)').map((b) => b.x)).to.deep.equal([112.5, 128.5, 160.5]);
    expect(bars(rows[1], 'path.load:not(.over)').map((b) => b.x)).to.deep.equal([224.5, 240.5]);
    expect(bars(rows[1], 'path.load.over')).to.deep.equal([]);
    expect(bars(rows[2], 'path.load')).to.deep.equal([]);
    expect(rows[0]?.querySelector('line.capacity')).to.exist;
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('is accessible, in light and dark', async () => {
    await expectAccessible(await mountHistogram());
    cleanup();
    await expectAccessible(await mountHistogram('ltr', 'dark'));
  });

  it('keyboard: Up/Down between people, Left/Right between cells, with a spoken summary', async () => {
    const el = await mountHistogram();
    root(el).querySelector<HTMLElement>('[part="body"]')?.focus();
    await el.updateComplete;
    expect(status(el)).to.match(/^Ann Lee, /);
    // Walk right to Wednesday 4 March, Ann's 150 % day.
    for (let i = 0; i < 20 && !status(el).includes('4 Mar'); i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await el.updateComplete;
    }
    expect(status(el)).to.equal('Ann Lee, 4 Mar 2026: 150 % of 100 %, over-allocated');
    expect(root(el).querySelectorAll('rect.focus').length).to.equal(1);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await el.updateComplete;
    expect(status(el)).to.equal('Ann Lee, 5 Mar 2026: 50 % of 100 %');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(status(el)).to.match(/^Bob Ray, 5 Mar 2026: 0 % of 50 %/);
    expect(root(el).querySelector('[part~="cursor"] [part="name"]')?.textContent?.trim()).to.equal('Bob Ray');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    await el.updateComplete;
    expect(status(el)).to.match(/^Bob Ray, 4 Mar 2026/);
  });

  it('right to left: the names on the right, time mirrored, Left moves later', async () => {
    const el = await mountHistogram('rtl');
    const row = root(el).querySelector('[part~="row"]') as Element;
    const name = row.querySelector('[part="name"]')?.getBoundingClientRect();
    const chart = row.querySelector('.chart')?.getBoundingClientRect();
    expect((name?.left ?? 0) > (chart?.left ?? 0)).to.be.true;
    // The bars run right to left in time: Monday's (the earliest) is the rightmost, right of
    // Wednesday's over-allocated one.
    const load = bars(row, 'path.load:not(.over)');
    const [over] = bars(row, 'path.load.over');
    expect(over && load[0]).to.exist;
    const xs = load.map((b) => b.x);
    expect(xs.indexOf(Math.max(...xs))).to.equal(0);
    expect((load[0]?.x ?? 0) > (over?.x ?? 0)).to.be.true;
    expect(row.querySelector('path.load.over')?.getBoundingClientRect().left).to.be.below(
      row.querySelector('path.load:not(.over)')?.getBoundingClientRect().right ?? 0,
    );
  });

  it('virtualizes: 50 people over two years draw only the rows and cells in view', async () => {
    const el = await mount<RlResourceHistogram>(
      html`<rl-resource-histogram zoom="week" style="width: 900px; height: 300px" .data=${bigData(50, 100)}></rl-resource-histogram>`,
    );
    await frames();
    await el.updateComplete;
    const rows = root(el).querySelectorAll('[part~="row"]');
    expect(rows.length).to.be.below(20);
    expect(bars(rows[0], 'path.load').length).to.be.below(150);
    expect(rows[0]?.querySelectorAll('path, rect').length).to.be.below(4);
    const body = root(el).querySelector('[part="body"]') as HTMLElement;
    body.scrollTop = 40 * 32;
    await frames();
    await el.updateComplete;
    const names = [...root(el).querySelectorAll('[part="name"]')].map((n) => n.textContent?.trim());
    expect(names).to.include('Person 45');
  });

  it('scrolling across time draws what a fresh view at that place draws (cells reused as the window moves)', async () => {
    const mountAt = async (steps: number[]) => {
      const el = await mount<RlResourceHistogram>(
        html`<rl-resource-histogram zoom="week" style="width: 900px; height: 300px" .data=${bigData(50, 100)}></rl-resource-histogram>`,
      );
      await frames();
      await el.updateComplete;
      const strip = root(el).querySelector('[part="strip"]') as HTMLElement;
      for (const left of steps) {
        strip.scrollLeft = left;
        await frames();
        await el.updateComplete;
      }
      const paths = [...root(el).querySelectorAll('[part~="row"]')]
        .sort((a, b) => Number(a.getAttribute('data-row')) - Number(b.getAttribute('data-row')))
        .map((row) => [...row.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? ''));
      el.remove();
      return paths;
    };
    const walked = await mountAt([700, 1400, 2100, 2800, 3500, 2900]);
    const fresh = await mountAt([2900]);
    expect(walked.flat().join('').length).to.be.above(0);
    expect(walked).to.deep.equal(fresh);
  });

  it('draws on a given axis (a gantt timeline’s): no header, no strip', async () => {
    const el = await mountHistogram();
    expect(root(el).querySelector('[part="header"]')).to.exist;
    const start = Date.UTC(2026, 1, 23) / 60000;
    el.syncAxis({ start, pxPerMinute: 16 / 1440, left: 0, width: 4000, viewport: 740 });
    await el.updateComplete;
    expect(root(el).querySelector('[part="header"]')).to.equal(null);
    expect(root(el).querySelector('[part="strip"]')).to.equal(null);
    const svg = root(el).querySelector('[part~="row"] svg') as SVGSVGElement;
    // Monday 2 March is 7 days from the axis start: 112 px.
    const monday = bars(svg, 'path.load').map((b) => b.x);
    expect(Math.min(...monday)).to.be.closeTo(112.5, 0.01);
  });

  it('follows store changes and leaves no subscription behind', async () => {
    const project = createProject(resourceData());
    const subs = trackSubscriptions(project);
    const el = await mount<RlResourceHistogram>(
      html`<rl-resource-histogram style="width: 900px; height: 200px" .project=${project}></rl-resource-histogram>`,
    );
    await frames();
    await el.updateComplete;
    expect(bars(root(el), 'path.load.over').length).to.equal(1);
    project.updateAssignment('b:ann', { units: 0 });
    await el.updateComplete;
    expect(bars(root(el), 'path.load.over').length).to.equal(0);
    el.remove();
    expect(subs.active).to.equal(0);
  });
});
