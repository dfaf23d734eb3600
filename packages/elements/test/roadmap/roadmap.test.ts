import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/roadmap.js';
import type { RlRoadmap } from '../../src/classes.js';
import {
  cleanup,
  expectAccessible,
  expectEvent,
  litWarnings,
  mount,
  trackSubscriptions,
} from '../helpers.js';
import { bar, data, drag, frame, mid, root, shortcut } from './fixture.js';

async function mountRoadmap(extra: Partial<RlRoadmap> = {}, theme?: 'light' | 'dark' | 'high-contrast') {
  const project = createProject(data);
  const el = await mount<RlRoadmap>(
    html`<rl-roadmap .project=${project} zoom="month" today="2026-03-04"></rl-roadmap>`,
    theme,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return { el, project };
}

describe('rl-roadmap', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('draws lanes, packed bars, markers and the today line', async () => {
    const { el } = await mountRoadmap();
    const lanes = [...root(el).querySelectorAll('[part~="lane-toggle"]')].map((b) =>
      b.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(lanes).to.deep.equal(['Growth (2)', 'Platform (2)']);
    // a and b overlap: two rows in Growth. c and d do not: one row in Platform.
    const ta = bar(el, 'a').getBoundingClientRect().top;
    const tb = bar(el, 'b').getBoundingClientRect().top;
    expect(tb - ta).to.equal(36);
    expect(bar(el, 'c').getBoundingClientRect().top).to.equal(bar(el, 'd').getBoundingClientRect().top);
    // A month zoom is 4 px a day: a is 28 days long.
    expect(bar(el, 'a').getBoundingClientRect().width).to.equal(112);
    expect(bar(el, 'a').getAttribute('aria-label')).to.contain('Guided setup. Growth');
    expect(bar(el, 'a').getAttribute('aria-label')).to.contain('40% done');
    expect(root(el).querySelector('[part~="progress"]')).to.not.equal(null);
    // The milestone is a marker, not a bar.
    expect(root(el).querySelector('[data-id="m"]')).to.equal(null);
    const headerText = root(el).querySelector('[part="header"]')?.textContent ?? '';
    expect(headerText).to.contain('Spring launch');
    expect(headerText).to.contain('Beta');
    expect(headerText).to.contain('Mar');
    expect(root(el).querySelectorAll('.marker.release')).to.have.length(1);
    expect(root(el).querySelector('[part~="today"]')).to.not.equal(null);
  });

  it('moves a feature in time by dragging, as one undoable change with both events', async () => {
    const { el, project } = await mountRoadmap();
    const before: CustomEvent[] = [];
    el.addEventListener('rl-before-task-change', (e) => before.push(e));
    const [x, y] = mid(bar(el, 'a'));
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () => drag([x, y], [x + 28, y]));
    expect(before).to.have.length(1);
    expect(event.detail).to.deep.equal({ taskId: 'a', patch: { start: '2026-03-09' }, source: 'move' });
    expect(project.task('a')?.start).to.equal('2026-03-09');
    expect(project.task('a')?.end).to.equal('2026-04-06');
    expect(project.task('a')?.groupId).to.equal('growth');
    project.undo();
    expect(project.task('a')?.start).to.equal('2026-03-02');
  });

  it('moves a feature to another lane, setting the lane field in the same change', async () => {
    const { el, project } = await mountRoadmap();
    const [x, y] = mid(bar(el, 'a'));
    const target = mid(bar(el, 'c'));
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () => drag([x, y], [x, target[1]]));
    expect(event.detail.patch).to.deep.equal({ groupId: 'platform' });
    expect(project.task('a')?.groupId).to.equal('platform');
    expect(project.task('a')?.start).to.equal('2026-03-02');
    project.undo();
    expect(project.task('a')?.groupId).to.equal('growth');
  });

  it('resizes either end by dragging its edge', async () => {
    const { el, project } = await mountRoadmap();
    let r = bar(el, 'a').getBoundingClientRect();
    const cy = Math.round(r.top + r.height / 2);
    let event = await expectEvent<CustomEvent>(el, 'rl-task-change', () =>
      drag([Math.round(r.right) - 2, cy], [Math.round(r.right) - 2 + 40, cy]),
    );
    expect(event.detail.source).to.equal('resize-end');
    expect(project.task('a')?.end).to.equal('2026-04-09');
    await el.updateComplete;
    r = bar(el, 'a').getBoundingClientRect();
    event = await expectEvent<CustomEvent>(el, 'rl-task-change', () =>
      drag([Math.round(r.left) + 2, cy], [Math.round(r.left) + 2 + 20, cy]),
    );
    expect(event.detail.source).to.equal('resize-start');
    expect(project.task('a')?.start).to.equal('2026-03-07');
    expect(project.task('a')?.end).to.equal('2026-04-09');
  });

  it('sets whichever field the lanes are by: a drop on the "Must have" priority lane', async () => {
    const { el, project } = await mountRoadmap({ laneBy: 'priority' });
    const lanes = [...root(el).querySelectorAll('[part~="lane-toggle"]')].map((b) =>
      b.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(lanes).to.deep.equal(['Must have (2)', 'Could have (1)', 'No priority (1)']);
    const [x, y] = mid(bar(el, 'b'));
    const target = mid(bar(el, 'a'));
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () => drag([x, y], [x, target[1]]));
    expect(event.detail.patch).to.deep.equal({ priority: 'must' });
    expect(project.task('b')?.priority).to.equal('must');
  });

  it('shows an empty project without error', async () => {
    const el = await mount<RlRoadmap>(
      html`<rl-roadmap .data=${{ id: 'e', name: 'Empty', tasks: [] }} today="2026-03-04"></rl-roadmap>`,
    );
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    expect(root(el).querySelectorAll('[part~="bar"]')).to.have.length(0);
    expect(root(el).querySelector('[part~="today"]')).to.not.equal(null);
    expect(el.exportSVG()).to.contain('<svg');
  });

  it('scrolls inside its height and draws only what is in sight, whatever display the page gives it', async () => {
    const project = createProject(
      generateProject({ tasks: 2000, groups: 20, statuses: true, people: 12, seed: 7 }),
    );
    const counts: number[] = [];
    for (const style of [
      '',
      'display: block; height: 480px',
      'display: grid; height: 480px',
      'display: flex; height: 480px',
    ]) {
      const el = await mount<RlRoadmap>(
        html`<rl-roadmap .project=${project} style=${style} today="2026-03-02"></rl-roadmap>`,
      );
      await el.updateComplete;
      await frame();
      await el.updateComplete;
      const viewport = root(el).querySelector('.viewport') as HTMLElement;
      expect(el.getBoundingClientRect().height, style).to.be.closeTo(480, 1);
      expect(viewport.getBoundingClientRect().bottom, style).to.be.at.most(
        el.getBoundingClientRect().bottom + 0.5,
      );
      expect(viewport.scrollHeight, style).to.be.greaterThan(viewport.clientHeight * 3);
      counts.push(root(el).querySelectorAll('[part~="bar"]').length);
      cleanup();
    }
    // 2,000 features, of which a few screens' worth are in the DOM, the same however displayed.
    expect(counts[0]).to.be.lessThan(400);
    expect(counts).to.deep.equal([counts[0], counts[0], counts[0], counts[0]]);
  });

  it('draws the bars in sight wherever it is scrolled to', async () => {
    const project = createProject(
      generateProject({ tasks: 2000, groups: 20, statuses: true, people: 12, seed: 7 }),
    );
    const el = await mount<RlRoadmap>(html`<rl-roadmap .project=${project} today="2026-03-02"></rl-roadmap>`);
    await el.updateComplete;
    const viewport = root(el).querySelector('.viewport') as HTMLElement;
    /** The drawn bars whose box meets the viewport's box. */
    const inSight = () => {
      const box = viewport.getBoundingClientRect();
      return [...root(el).querySelectorAll<HTMLElement>('[part~="bar"]')].filter((b) => {
        const r = b.getBoundingClientRect();
        return r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
      });
    };
    const scrollTo = async (left: number, top: number) => {
      viewport.scrollLeft = left;
      viewport.scrollTop = top;
      await frame();
      await frame();
      await el.updateComplete;
    };
    for (const [left, top] of [
      [0, 1200],
      [600, 2400],
      [610, 2410],
      [viewport.scrollWidth, viewport.scrollHeight],
      [300, 900],
    ] as const) {
      await scrollTo(left, top);
      expect(inSight().length, `at ${left}, ${top}`).to.be.greaterThan(0);
    }
  });

  it('lets the host veto a change, and changes nothing when readonly', async () => {
    const { el, project } = await mountRoadmap();
    el.addEventListener('rl-before-task-change', (e) => e.preventDefault(), { once: true });
    const [x, y] = mid(bar(el, 'a'));
    let fired = 0;
    el.addEventListener('rl-task-change', () => fired++);
    await drag([x, y], [x + 40, y]);
    expect(project.task('a')?.start).to.equal('2026-03-02');
    el.readonly = true;
    await el.updateComplete;
    await drag([x, y], [x + 40, y]);
    bar(el, 'a').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Space' });
    await shortcut('Shift', 'ArrowRight');
    expect(fired).to.equal(0);
    expect(project.task('a')?.start).to.equal('2026-03-02');
    expect(project.canUndo).to.equal(false);
  });

  it('moves, changes lane and resizes by keyboard, and undoes with Ctrl+Z', async () => {
    const { el, project } = await mountRoadmap();
    bar(el, 'a').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // The lifted bar previews where it would land.
    expect(bar(el, 'a').part.contains('preview')).to.equal(true);
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () => sendKeys({ press: 'Space' }));
    expect(event.detail).to.deep.equal({
      taskId: 'a',
      patch: { start: '2026-03-04', groupId: 'platform' },
      source: 'keyboard',
    });
    await el.updateComplete;
    bar(el, 'a').focus();
    await shortcut('Shift', 'ArrowRight');
    expect(project.task('a')?.end).to.equal('2026-04-02');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Escape' });
    expect(project.task('a')?.start).to.equal('2026-03-04');
    await shortcut('Control', 'z');
    expect(project.task('a')?.end).to.equal('2026-04-01');
    await shortcut('Control', 'z');
    expect(project.task('a')?.start).to.equal('2026-03-02');
    expect(project.task('a')?.groupId).to.equal('growth');
  });

  it('runs time right to left under dir="rtl": bars, axis, drags and keys', async () => {
    const project = createProject(data);
    const host = await mount<HTMLElement>(
      html`<div dir="rtl"><rl-roadmap .project=${project} zoom="month" today="2026-03-04"></rl-roadmap></div>`,
    );
    const el = host.querySelector('rl-roadmap') as RlRoadmap;
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    // Dark mode (January) is right of Guided setup (March), which is right of Audit log (May).
    const d = bar(el, 'd').getBoundingClientRect();
    const a = bar(el, 'a').getBoundingClientRect();
    const c = bar(el, 'c').getBoundingClientRect();
    expect(a.right).to.be.lessThan(d.left);
    expect(c.right).to.be.lessThan(a.left);
    expect(Math.round(a.width)).to.equal(112);
    // The lane labels sit at the start: on the right.
    const lane = root(el).querySelector('[part~="lane-header"]')?.getBoundingClientRect();
    expect(lane?.left ?? 0).to.be.greaterThan(d.right);
    // The axis: month labels run leftwards, each left of the month before it.
    const labels = [
      ...root(el).querySelectorAll('[part="header"] text:not(.year):not(.release):not(.milestone)'),
    ];
    const lefts = labels.map((t) => t.getBoundingClientRect().left);
    expect(lefts.length).to.be.greaterThan(3);
    for (let i = 1; i < lefts.length; i++) expect(lefts[i]).to.be.lessThan(lefts[i - 1] as number);
    // Dragging left moves later; the bar's left edge is its end.
    const [x, y] = mid(bar(el, 'a'));
    const moved = await expectEvent<CustomEvent>(el, 'rl-task-change', () => drag([x, y], [x - 28, y]));
    expect(moved.detail.patch).to.deep.equal({ start: '2026-03-09' });
    await el.updateComplete;
    const r = bar(el, 'a').getBoundingClientRect();
    const cy = Math.round(r.top + r.height / 2);
    const resized = await expectEvent<CustomEvent>(el, 'rl-task-change', () =>
      drag([Math.round(r.left) + 2, cy], [Math.round(r.left) + 2 - 40, cy]),
    );
    expect(resized.detail.source).to.equal('resize-end');
    const end = project.task('a')?.end ?? '';
    expect(end > '2026-04-06').to.equal(true);
    // ArrowLeft is later too.
    await el.updateComplete;
    bar(el, 'a').focus();
    await shortcut('Shift', 'ArrowLeft');
    expect((project.task('a')?.end ?? '') > end).to.equal(true);
  });

  it('moves focus between features with the arrow keys (roving tabindex)', async () => {
    const { el } = await mountRoadmap();
    const focusable = root(el).querySelectorAll('[part~="bar"][tabindex="0"]');
    expect(focusable).to.have.length(1);
    bar(el, 'a').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('b');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // Platform's feature nearest in time to b (16 Mar) is c (4 May), not d (5 Jan).
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('c');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('a');
    expect(bar(el, 'a').getAttribute('tabindex')).to.equal('0');
  });

  it('shows a tooltip on hover and on focus', async () => {
    const { el } = await mountRoadmap();
    await sendMouse({ type: 'move', position: mid(bar(el, 'a')) });
    await el.updateComplete;
    const tip = root(el).querySelector('[part~="tooltip"]');
    expect(tip?.textContent ?? '').to.contain('Guided setup');
    expect(tip?.textContent ?? '').to.contain('Must have');
    await sendMouse({ type: 'move', position: [1, 1] });
    await el.updateComplete;
    expect(root(el).querySelector('[part~="tooltip"]')).to.equal(null);
    bar(el, 'b').focus();
    await el.updateComplete;
    expect(root(el).querySelector('[part~="tooltip"]')?.textContent ?? '').to.contain('Team invites');
  });

  it('filters by a field, collapses lanes, zooms and shows dependencies on demand', async () => {
    const { el } = await mountRoadmap();
    const select = root(el).querySelectorAll('select')[2] as HTMLSelectElement;
    select.value = 'status:idea';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(
      [...root(el).querySelectorAll('[part~="bar"]')].map((b) => b.getAttribute('data-id')).sort(),
    ).to.deep.equal(['b', 'c']);
    el.filter = undefined;
    await el.updateComplete;
    const toggle = root(el).querySelector<HTMLButtonElement>('[part~="lane-toggle"]');
    toggle?.click();
    await el.updateComplete;
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('[data-id="a"]')).to.equal(null);
    expect(root(el).querySelector('[part~="lane-header"]')?.part.contains('collapsed')).to.equal(true);
    toggle?.click();
    await el.updateComplete;
    expect(root(el).querySelector('[data-id="a"]')).to.not.equal(null);
    const width = bar(el, 'a').getBoundingClientRect().width;
    const zoom = root(el).querySelectorAll('select')[3] as HTMLSelectElement;
    zoom.value = 'quarter';
    zoom.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.zoom).to.equal('quarter');
    expect(bar(el, 'a').getBoundingClientRect().width).to.be.lessThan(width);
    expect(root(el).querySelector('[part="header"]')?.textContent).to.contain('Q1');
    bar(el, 'a').focus();
    await sendKeys({ press: '+' });
    expect(el.zoom).to.equal('month');
    expect(root(el).querySelector('.arrows')).to.equal(null);
    el.showDependencies = true;
    await el.updateComplete;
    expect(root(el).querySelectorAll('.arrows path')).to.have.length(1);
  });

  it('lays the same data out as now / next / later', async () => {
    const { el } = await mountRoadmap({ view: 'buckets' });
    const cell = (lane: number, bucket: string) =>
      [
        ...(root(el)
          .querySelectorAll('tbody tr')
          [lane]?.querySelectorAll(`td[data-bucket="${bucket}"] [part~="card"]`) ?? []),
      ].map((c) => c.getAttribute('data-id'));
    // Today is 4 March: a is under way, b starts within six weeks; c starts in May (next); d ended.
    expect(cell(0, 'now')).to.deep.equal(['a', 'b']);
    expect(cell(1, 'next')).to.deep.equal(['c']);
    expect(root(el).textContent).to.not.contain('Dark mode');
    el.bucketBy = 'status';
    await el.updateComplete;
    expect(cell(0, 'now')).to.deep.equal(['a']);
    expect(cell(0, 'next')).to.deep.equal(['b']);
  });

  it('exports a standalone SVG with every feature, escaped text and no style attributes, and a PNG', async () => {
    const project = createProject({
      ...data,
      tasks: [
        ...data.tasks,
        {
          id: 'x',
          name: '<script>alert(1)</script> & co',
          groupId: 'growth',
          start: '2026-07-06',
          end: '2026-09-07',
        },
      ],
    });
    const el = await mount<RlRoadmap>(
      html`<rl-roadmap .project=${project} zoom="month" today="2026-03-04"></rl-roadmap>`,
    );
    const svgText = el.exportSVG();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('script')).to.equal(null);
    expect(doc.querySelector('[style]')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('Guided setup');
    expect(texts.some((t) => t?.startsWith('<script>'))).to.equal(true);
    expect(texts).to.include('◆ Spring launch');
    // Theme colors are resolved: no var() left.
    expect(svgText).to.not.contain('var(');
    expect(svgText).to.contain('#ffffff');
    const png = await el.exportPNG(1);
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  it('reads inline JSON and renders hostile names as text', async () => {
    const hostile = {
      ...data,
      tasks: [{ ...data.tasks[0], name: '<img src=x onerror=alert(1)>' }],
      dependencies: [],
    };
    const el = await mount<RlRoadmap>(
      html`<rl-roadmap today="2026-03-04"><script type="application/json">${JSON.stringify(hostile)}</script></rl-roadmap>`,
    );
    await frame();
    await el.updateComplete;
    expect(bar(el, 'a').textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(root(el).querySelector('img')).to.equal(null);
  });

  it('has no axe violations in light, dark and high-contrast, in both layouts', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const { el } = await mountRoadmap({}, theme);
      await expectAccessible(el);
      el.view = 'buckets';
      await el.updateComplete;
      await expectAccessible(el);
      cleanup();
    }
  });

  it('leaves no subscription behind after 200 mounts and unmounts', async () => {
    const project = createProject(data);
    const subscriptions = trackSubscriptions(project);
    for (let i = 0; i < 200; i++) {
      const el = await mount<RlRoadmap>(
        html`<rl-roadmap .project=${project} today="2026-03-04"></rl-roadmap>`,
      );
      expect(subscriptions.active).to.equal(1);
      el.remove();
      await el.updateComplete;
      cleanup();
    }
    expect(subscriptions.active).to.equal(0);
  });
});
