import { expect } from '@open-wc/testing';
import { createProject, type ProjectData } from '@roadline/core';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/roadmap.js';
import type { RlRoadmap } from '../../src/classes.js';
import { cleanup, expectAccessible, litWarnings, mount } from '../helpers.js';
import { bar, frame, root } from './fixture.js';

type Theme = 'light' | 'dark' | 'high-contrast';

/**
 * A year of features on two themes: a wide one with a short name, short ones with long names,
 * twelve releases in one week of April and four spread out, and a milestone.
 */
function year(): ProjectData {
  const tasks: ProjectData['tasks'] = [
    { id: 'wide', name: 'Platform rewrite', groupId: 'g1', start: '2026-01-12', end: '2026-07-06' },
    {
      id: 'short',
      name: 'A rather long feature name here',
      groupId: 'g1',
      start: '2026-08-03',
      end: '2026-08-06',
    },
    { id: 'late', name: 'Year-end polish', groupId: 'g2', start: '2026-11-02', end: '2026-12-18' },
    { id: 'mid', name: 'Billing', groupId: 'g2', start: '2026-05-04', end: '2026-06-15' },
    { id: 'ms', name: 'Beta', type: 'milestone', start: '2026-04-09', end: '2026-04-09' },
  ];
  const releases: ProjectData['releases'] = [
    { id: 'r-feb', name: 'February release', date: '2026-02-02' },
    { id: 'r-jun', name: 'June release', date: '2026-06-01' },
    { id: 'r-sep', name: 'September release', date: '2026-09-01' },
    { id: 'r-dec', name: 'December release', date: '2026-12-14' },
  ];
  for (let i = 0; i < 12; i++) {
    releases.push({ id: `crowd-${i}`, name: `Crowded release ${i} <b>`, date: `2026-04-0${1 + (i % 7)}` });
  }
  return {
    id: 'year',
    name: 'A year',
    calendar: { workingDays: [0, 1, 2, 3, 4, 5, 6] },
    groups: [
      { id: 'g1', name: 'Core' },
      { id: 'g2', name: 'Money' },
    ],
    releases,
    tasks,
    dependencies: [],
  };
}

async function settle(el: RlRoadmap): Promise<void> {
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

async function mountYear(options: { width?: number; rtl?: boolean; theme?: Theme } = {}) {
  const project = createProject(year());
  const template = html`<rl-roadmap
    .project=${project}
    today="2026-03-04"
    style=${`width: ${options.width ?? 1200}px; --rl-roadmap-height: 420px`}
  ></rl-roadmap>`;
  const host = await mount<HTMLElement>(
    options.rtl ? html`<div dir="rtl">${template}</div>` : template,
    options.theme ?? 'light',
  );
  const el = (options.rtl ? host.querySelector('rl-roadmap') : host) as RlRoadmap;
  await settle(el);
  return { el, project };
}

/** The chart's box (the time part of the scrolled viewport) and the viewport's visible box. */
function boxes(el: RlRoadmap) {
  const viewport = root(el).querySelector('.viewport') as HTMLElement;
  const corner = root(el).querySelector('.corner') as HTMLElement;
  const chart = (root(el).querySelector('.chart') as HTMLElement).getBoundingClientRect();
  return {
    available: viewport.clientWidth - corner.offsetWidth,
    chart,
    viewport: viewport.getBoundingClientRect(),
  };
}

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The boxes of every marker label and `+N` badge drawn in the header. */
function markerBoxes(el: RlRoadmap): DOMRect[] {
  const header = root(el).querySelector('[part="header"]') as Element;
  return [...header.querySelectorAll('text.marker-label, .badge rect')].map((t) => t.getBoundingClientRect());
}

function label(el: RlRoadmap, id: string): HTMLElement {
  return bar(el, id).querySelector('.label') as HTMLElement;
}

describe('rl-roadmap fit and labels', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('fits a year of features to a 1200 px element by default', async () => {
    const { el } = await mountYear();
    expect(el.zoom).to.equal('fit');
    const { available, chart } = boxes(el);
    // The chart fills the width there is, without a horizontal scrollbar.
    expect(chart.width).to.be.within(available - 1, available);
    const viewport = root(el).querySelector('.viewport') as HTMLElement;
    expect(viewport.scrollWidth).to.be.at.most(viewport.clientWidth);
    // The features take at least 90 % of it.
    const first = bar(el, 'wide').getBoundingClientRect().left;
    const last = bar(el, 'late').getBoundingClientRect().right;
    expect((last - first) / chart.width).to.be.at.least(0.9);
    // A year reads in months.
    const cells = [...root(el).querySelectorAll('[part="header"] text')].map((t) => t.textContent);
    expect(cells).to.include('Jul');
  });

  it('refits when the element is resized', async () => {
    const { el } = await mountYear();
    const before = boxes(el).chart.width;
    el.style.width = '800px';
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    const { available, chart } = boxes(el);
    expect(chart.width).to.be.lessThan(before - 300);
    expect(chart.width).to.be.within(available - 1, available);
  });

  it('never overlaps release labels: staggered, then counted in +N', async () => {
    for (const width of [1200, 700]) {
      const { el } = await mountYear({ width });
      const rects = markerBoxes(el);
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          expect(intersects(rects[i] as DOMRect, rects[j] as DOMRect), `${width}: ${i} × ${j}`).to.equal(
            false,
          );
        }
      }
      const header = root(el).querySelector('[part="header"]') as Element;
      const shown = header.querySelectorAll('text.marker-label').length;
      const counted = [...header.querySelectorAll('.badge text')].reduce(
        (n, t) => n + Number(t.textContent?.replace('+', '')),
        0,
      );
      // Sixteen releases and one milestone, each shown once; the crowd needs a badge.
      expect(shown + counted).to.equal(17);
      expect(counted).to.be.greaterThan(0);
      const names = header.querySelector('.badge title')?.textContent ?? '';
      expect(names).to.contain('Crowded release');
      expect(header.querySelector('b')).to.equal(null);
      // Every label stays inside the header.
      const box = header.getBoundingClientRect();
      for (const r of rects) expect(r.bottom).to.be.at.most(box.bottom);
      // Screen readers still hear every marker.
      expect(root(el).querySelectorAll('ul.visually-hidden li').length).to.equal(17);
      cleanup();
    }
  });

  it("puts a long name inside a wide bar and a short bar's name after it, whole", async () => {
    const { el } = await mountYear();
    const wide = bar(el, 'wide').getBoundingClientRect();
    const inside = label(el, 'wide');
    const inner = inside.getBoundingClientRect();
    expect(inner.left).to.be.at.least(wide.left);
    expect(inner.right).to.be.at.most(wide.right);
    expect(inside.scrollWidth).to.be.at.most(inside.clientWidth);
    const short = bar(el, 'short').getBoundingClientRect();
    const after = label(el, 'short');
    const outer = after.getBoundingClientRect();
    expect(after.classList.contains('after')).to.equal(true);
    expect(outer.left).to.be.at.least(short.right);
    // Fully visible: not cut, and inside the chart.
    expect(after.scrollWidth).to.be.at.most(after.clientWidth);
    expect(outer.right).to.be.at.most(boxes(el).chart.right);
    expect(bar(el, 'short').getAttribute('aria-label')).to.contain('A rather long feature name here');
  });

  it("puts a short bar's name on its left right to left", async () => {
    const { el } = await mountYear({ rtl: true });
    const short = bar(el, 'short').getBoundingClientRect();
    const outer = label(el, 'short').getBoundingClientRect();
    expect(outer.right).to.be.at.most(short.left + 0.5);
    expect(outer.left).to.be.at.least(boxes(el).chart.left);
    const inner = label(el, 'wide').getBoundingClientRect();
    const wide = bar(el, 'wide').getBoundingClientRect();
    expect(inner.left).to.be.at.least(wide.left);
    expect(inner.right).to.be.at.most(wide.right);
    const rects = markerBoxes(el);
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        expect(intersects(rects[i] as DOMRect, rects[j] as DOMRect), `${i} × ${j}`).to.equal(false);
      }
    }
  });

  it('steps from fit with + and −, by key and toolbar, and fits again with 0', async () => {
    const { el } = await mountYear();
    bar(el, 'wide').focus();
    await sendKeys({ press: '-' });
    await el.updateComplete;
    // A year over about 1000 px is about 2.7 px a day: out is quarters.
    expect(el.zoom).to.equal('quarter');
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(el.zoom).to.equal('fit');
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(el.zoom).to.equal('month');
    el.zoom = 'fit';
    await settle(el);
    const button = (name: string) =>
      root(el).querySelector<HTMLButtonElement>(
        `[part="toolbar"] button[aria-label="${name}"]`,
      ) as HTMLButtonElement;
    button('Zoom in').click();
    await settle(el);
    expect(el.zoom).to.equal('month');
    expect(boxes(el).chart.width).to.be.greaterThan(boxes(el).available);
    button('Zoom out').click();
    await el.updateComplete;
    expect(el.zoom).to.equal('quarter');
    const select = root(el).querySelectorAll('select')[3] as HTMLSelectElement;
    select.value = 'fit';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.zoom).to.equal('fit');
    const { available, chart } = boxes(el);
    expect(chart.width).to.be.within(available - 1, available);
    // A value that is not a zoom falls back to fit.
    el.setAttribute('zoom', 'week');
    await settle(el);
    expect(el.zoom).to.equal('fit');
  });

  it('has no axe violations fitted, with staggered labels and badges, in every theme', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const { el } = await mountYear({ theme, width: 700 });
      await expectAccessible(el);
      cleanup();
    }
  });
});
