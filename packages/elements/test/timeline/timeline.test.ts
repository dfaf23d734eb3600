import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/timeline.js';
import type { RlTimeline } from '../../src/classes.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount } from '../helpers.js';
import { bar, center, chord, data, drag, mountTimeline, root, settle } from './fixtures.js';

describe('rl-timeline', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    cleanup();
    await resetMouse();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('puts bars where the layout says: 36 px a day at day zoom, 5 days wide, 40% filled', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    const design = bar(el, 'a');
    const build = bar(el, 'b');
    const track = design.querySelector('.track') as SVGRectElement;
    expect(Number(track.getAttribute('width'))).to.equal(5 * 36);
    expect(Number((design.querySelector('.fill') as SVGRectElement).getAttribute('width'))).to.equal(72);
    // Build follows Design (FS): it starts 5 days (a weekend included: Mon 9 Mar) later, 7 days × 36 px.
    const buildTrack = build.querySelector('.track') as SVGRectElement;
    expect(Number(buildTrack.getAttribute('x')) - Number(track.getAttribute('x'))).to.equal(7 * 36);
    // On screen too.
    const a = track.getBoundingClientRect();
    const b = buildTrack.getBoundingClientRect();
    expect(Math.round(b.left - a.left)).to.equal(252);
    expect(Math.round(b.top - a.top)).to.equal(32);
    expect(root(el).querySelector('g[part~="summary"][data-task="g"]')).to.exist;
    expect(root(el).querySelector('g[part~="milestone"][data-task="m"]')).to.exist;
    // Every arrow of a kind is one path: two links, two subpaths, however many nodes that is.
    const lines = Array.from(root(el).querySelectorAll('path[part~="arrow"]'));
    expect(
      lines.map((p) => p.getAttribute('d')?.match(/M/g)?.length ?? 0).reduce((a, b) => a + b, 0),
    ).to.equal(2);
    expect(root(el).querySelector('[part~="today"]')).to.exist;
    expect(root(el).querySelectorAll('[part~="nonworking"]').length).to.be.greaterThan(0);
    expect(design.getAttribute('aria-label')).to.equal(
      'Design, Mon, 2 Mar 2026 to Fri, 6 Mar 2026, 40% done, In progress, critical',
    );
  });

  it('has a two-row header and no axe violations', async () => {
    const el = await mountTimeline(createProject(data));
    const labels = Array.from(root(el).querySelectorAll('[part~="header-label"]')).map((n) => n.textContent);
    expect(labels).to.include('March 2026');
    expect(labels).to.include('2');
    await expectAccessible(el);
  });

  it('moves a bar with a real drag; successors follow; one undo step; SNET on a linked task', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    const track = bar(el, 'b').querySelector('.track') as SVGRectElement;
    const from = center(track);
    const change = expectEvent<CustomEvent>(el, 'rl-task-change', () =>
      drag(from, { x: from.x + 72, y: from.y }),
    );
    const event = await change;
    expect(event.detail.taskId).to.equal('b');
    expect(project.task('b')?.constraint).to.deep.equal({ type: 'SNET', date: '2026-03-11' });
    expect(project.scheduled('b')?.start).to.equal('2026-03-11');
    expect(project.scheduled('m')?.start).to.equal('2026-03-18');
    root(el).querySelector<SVGGElement>('g[part~="bar"][data-task="b"]')?.focus();
    await chord(['Control'], 'z');
    expect(project.scheduled('b')?.start).to.equal('2026-03-09');
    expect(project.task('b')?.constraint).to.equal(undefined);
    await chord(['Control', 'Shift'], 'Z');
    expect(project.scheduled('b')?.start).to.equal('2026-03-11');
  });

  it('resizes the end and drags progress', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    const track = bar(el, 'a').querySelector('.track') as SVGRectElement;
    const r = track.getBoundingClientRect();
    await drag(
      { x: Math.round(r.right - 2), y: Math.round(r.top + 3) },
      { x: Math.round(r.right - 2 + 144), y: Math.round(r.top + 3) },
    );
    await settle(el);
    expect(project.scheduled('a')?.end).to.equal('2026-03-11');
    const fill = bar(el, 'a').querySelector('.fill') as SVGRectElement;
    const f = fill.getBoundingClientRect();
    const t2 = (bar(el, 'a').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    await drag(
      { x: Math.round(f.right), y: Math.round(t2.bottom - 2) },
      { x: Math.round(t2.right - 1), y: Math.round(t2.bottom - 2) },
    );
    expect(project.task('a')?.progress).to.equal(100);
  });

  it('lets the host veto a change through rl-before-task-change', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    el.addEventListener('rl-before-task-change', (e) => e.preventDefault());
    const from = center(bar(el, 'a').querySelector('.track') as SVGRectElement);
    await drag(from, { x: from.x + 108, y: from.y });
    await settle(el);
    expect(project.scheduled('a')?.start).to.equal('2026-03-02');
    expect(project.canUndo).to.equal(false);
    // The vetoed preview is not waiting on the redo stack either.
    expect(project.canRedo).to.equal(false);
  });

  it('leaves undo and redo as they were when a drag is cancelled with Escape', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    project.transaction(() => project.updateTask('c', { progress: 50 }));
    project.undo();
    const from = center(bar(el, 'a').querySelector('.track') as SVGRectElement);
    await sendMouse({ type: 'move', position: [from.x, from.y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from.x + 80, from.y] });
    await settle(el);
    expect(project.scheduled('a')?.start).to.equal('2026-03-04');
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(project.scheduled('a')?.start).to.equal('2026-03-02');
    expect(project.canUndo).to.equal(false);
    // Redo still re-applies the change undone before the drag, not the cancelled preview.
    expect(project.redo()).to.equal(true);
    expect(project.task('c')?.progress).to.equal(50);
    expect(project.task('a')?.start).to.equal('2026-03-02');
  });

  it('creates a link by dragging between bar ends; selects an arrow by its line; Delete removes it', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    const a = (bar(el, 'a').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    const c = (bar(el, 'c').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    const created = await expectEvent<CustomEvent>(el, 'rl-link-create', () =>
      drag(
        { x: Math.round(a.right + 8), y: Math.round(a.top + a.height / 2) },
        { x: Math.round(c.left + 4), y: Math.round(c.top + c.height / 2) },
      ),
    );
    expect(created.detail).to.include({ from: 'a', to: 'c', type: 'FS' });
    expect(project.successors('a').map((d) => d.to)).to.include('c');
    await settle(el);
    // Click the a → b line (d1) on its last leg, level with Build's middle (one row below
    // Design's), 30 px past the turn 8 px after Design's end: a → c turns there too but runs on
    // to the next row.
    const selected = await expectEvent<CustomEvent>(el, 'rl-selection-change', () =>
      sendMouse({
        type: 'click',
        position: [Math.round(a.right + 38), Math.round(a.top + a.height / 2 + 32)],
      }),
    );
    expect(selected.detail).to.deep.equal({ selection: [], dependencyId: 'd1' });
    await settle(el);
    expect(root(el).querySelector('path[part~="arrow"][part~="selected"]')?.getAttribute('d')).to.match(/^M/);
    bar(el, 'a').focus();
    const removed = await expectEvent<CustomEvent>(el, 'rl-link-remove', () => sendKeys({ press: 'Delete' }));
    expect(removed.detail).to.include({ dependencyId: 'd1', from: 'a', to: 'b', type: 'FS' });
    expect(project.dependency('d1')).to.equal(undefined);
  });

  it('moves and resizes with Alt+arrows on a focused bar', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    bar(el, 'a').focus();
    await chord(['Alt'], 'ArrowRight');
    expect(project.scheduled('a')?.start).to.equal('2026-03-03');
    await chord(['Shift', 'Alt'], 'ArrowRight');
    await settle(el);
    expect(project.task('a')?.end).to.not.equal(undefined);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(root(el).activeElement?.getAttribute('data-task')).to.equal('b');
  });

  it('selects on click and fires rl-task-click; double-click asks for the editor', async () => {
    const el = await mountTimeline(createProject(data));
    const p = center(bar(el, 'a').querySelector('.track') as SVGRectElement);
    const sel = expectEvent<CustomEvent>(el, 'rl-selection-change', async () => {
      await sendMouse({ type: 'click', position: [p.x, p.y] });
    });
    expect((await sel).detail.selection).to.deep.equal(['a']);
    expect(el.selection).to.deep.equal(['a']);
    const open = await expectEvent<CustomEvent>(el, 'rl-task-click', async () => {
      await sendMouse({ type: 'click', position: [p.x, p.y] });
    });
    expect(open.detail.taskId).to.equal('a');
  });

  it('ignores gestures when readonly', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project, { readonly: true });
    const from = center(bar(el, 'a').querySelector('.track') as SVGRectElement);
    await drag(from, { x: from.x + 72, y: from.y });
    expect(project.version).to.equal(0);
  });

  it('keeps the DOM size at 100k tasks close to 1k (virtualization)', async () => {
    const small = createProject(generateProject({ tasks: 1000, seed: 3 }));
    const el1 = await mountTimeline(small);
    const n1 = root(el1).querySelectorAll('*').length;
    cleanup();
    const big = createProject(generateProject({ tasks: 100_000, seed: 3 }));
    const el2 = await mountTimeline(big);
    el2.scrollTop = 1_000_000;
    await settle(el2);
    const n2 = root(el2).querySelectorAll('*').length;
    expect(n2).to.be.lessThan(n1 * 1.5 + 50);
  });

  it('draws the rows that fit its box from the first render, and more when it grows', async () => {
    const project = createProject(generateProject({ tasks: 2000, seed: 1 }));
    const el = await mount<RlTimeline>(
      html`<rl-timeline .project=${project} zoom="day" style="height: 240px"></rl-timeline>`,
    );
    // Right after the first update, before any resize observation: the 240 px box, not a default.
    const rows = () => root(el).querySelectorAll('rect[part~="row"]').length;
    const fit = (height: number) => Math.ceil((height - el.headerHeight) / el.rowHeight);
    const first = rows();
    expect(first).to.be.at.least(fit(240));
    expect(first).to.be.lessThan(fit(600));
    await settle(el);
    expect(rows()).to.equal(first);
    el.style.height = '700px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await settle(el);
    expect(rows()).to.be.at.least(fit(700));
  });

  it('scrolls to a task and reports the vertical scroll', async () => {
    const project = createProject(generateProject({ tasks: 2000, seed: 1 }));
    const el = await mountTimeline(project);
    const id = project.wbsOrder()[1500] as string;
    const scrolled = expectEvent<CustomEvent>(el, 'rl-scroll', () => el.scrollToTask(id));
    expect((await scrolled).detail.top).to.be.greaterThan(1000 * 32);
    await settle(el);
    expect(root(el).querySelector(`g[part~="bar"][data-task="${id}"]`)).to.exist;
  });

  it('zooms with Ctrl+wheel and to fit, and exports SVG and PNG', async () => {
    const el = await mountTimeline(createProject(data));
    const p = center(bar(el, 'a'));
    await sendMouse({ type: 'move', position: [p.x, p.y] });
    el.shadowRoot?.querySelector('.scroller')?.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -100,
        ctrlKey: true,
        clientX: p.x,
        clientY: p.y,
        bubbles: true,
        cancelable: true,
      }),
    );
    await settle(el);
    expect(el.zoom).to.equal('hour');
    el.zoomToFit();
    await settle(el);
    expect(el.zoom).to.not.equal('hour');
    const svgText = el.exportSVG();
    expect(svgText).to.match(/^<svg/);
    expect(svgText).to.contain('Design');
    const png = await el.exportPNG();
    expect(png.type).to.equal('image/png');
  });

  it('lays time out right-to-left under dir="rtl"', async () => {
    const project = createProject(data);
    const el = await mount<RlTimeline>(
      html`<div dir="rtl"><rl-timeline .project=${project} zoom="day" locale="en-GB"></rl-timeline></div>`,
    ).then((d) => d.querySelector('rl-timeline') as RlTimeline);
    await settle(el);
    const a = (bar(el, 'a').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    const b = (bar(el, 'b').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    expect(b.right).to.be.lessThan(a.left);
  });

  it('runs bars and axis right to left with dir="rtl" on the element itself', async () => {
    const project = createProject(data);
    const el = await mount<RlTimeline>(
      html`<rl-timeline dir="rtl" .project=${project} zoom="day" locale="en-GB"></rl-timeline>`,
    );
    await settle(el);
    const a = (bar(el, 'a').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    const b = (bar(el, 'b').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    expect(b.right).to.be.lessThan(a.left);
    const half = el.headerHeight / 2;
    const lefts = Array.from(root(el).querySelectorAll('[part="header-label"]'))
      .filter((label) => Number(label.getAttribute('y')) > half)
      .map((label) => label.getBoundingClientRect().left);
    expect(lefts.length).to.be.greaterThan(3);
    for (let i = 1; i < lefts.length; i++) expect(lefts[i]).to.be.lessThan(lefts[i - 1] as number);
    // Switching the direction afterwards turns the pane around.
    el.dir = 'ltr';
    await new Promise((r) => setTimeout(r));
    await settle(el);
    const a2 = (bar(el, 'a').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    const b2 = (bar(el, 'b').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    expect(b2.left).to.be.greaterThan(a2.right);
  });

  it('mounts and unmounts 200 times without leaking listeners or nodes', async () => {
    const project = createProject(data);
    const host = document.createElement('div');
    document.body.append(host);
    for (let i = 0; i < 200; i++) {
      const el = document.createElement('rl-timeline');
      el.project = project;
      host.append(el);
      await el.updateComplete;
      el.remove();
    }
    host.remove();
    // Every unmounted element unsubscribed: a change afterwards makes none of them update.
    const proto = customElements.get('rl-timeline')?.prototype as { requestUpdate(...a: unknown[]): void };
    const original = proto.requestUpdate;
    let calls = 0;
    proto.requestUpdate = function (this: unknown, ...args: unknown[]) {
      calls += 1;
      original.apply(this, args);
    };
    try {
      project.transaction(() => project.updateTask('a', { progress: 10 }));
    } finally {
      proto.requestUpdate = original;
    }
    expect(calls).to.equal(0);
  });
});
