import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/gantt.js';
import type { RlGantt, RlTimeline } from '../../src/classes.js';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { cleanup, expectAccessible, litWarnings, mount, trackSubscriptions } from '../helpers.js';
import { cell, chord, click, data, rowIds, settle, shadow } from './fixtures.js';

function panes(el: RlGantt): { grid: RlGanttGrid; timeline: RlTimeline; splitter: HTMLElement } {
  const root = shadow(el);
  return {
    grid: root.querySelector('rl-gantt-grid') as RlGanttGrid,
    timeline: root.querySelector('rl-timeline') as RlTimeline,
    splitter: root.querySelector('[part="splitter"]') as HTMLElement,
  };
}

async function gantt(template = html`<rl-gantt .data=${data} locale="en-GB"></rl-gantt>`): Promise<RlGantt> {
  const el = await mount<RlGantt>(template);
  await settle();
  await settle();
  return el;
}

/** The labels of the header's lower row (days at day zoom), in time order. */
function dayLabels(timeline: RlTimeline): SVGTextElement[] {
  const half = timeline.headerHeight / 2;
  return Array.from(shadow(timeline).querySelectorAll<SVGTextElement>('[part="header-label"]')).filter(
    (label) => Number(label.getAttribute('y')) > half,
  );
}

function nodeCount(el: RlGantt): number {
  const { grid, timeline } = panes(el);
  return (
    shadow(el).querySelectorAll('*').length +
    shadow(grid).querySelectorAll('*').length +
    shadow(timeline).querySelectorAll('*').length
  );
}

describe('rl-gantt', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('shows one store in both panes, rows in step as the grid collapses', async () => {
    const el = await gantt();
    const { grid, timeline } = panes(el);
    expect(grid.project).to.equal(timeline.project);
    expect(grid.project).to.not.equal(undefined);
    expect(timeline.rows).to.deep.equal(['plan', 'brief', 'review', 'build', 'code', 'ship']);
    await click(shadow(grid).querySelector('[data-id="plan"] [part="toggle"]') as Element);
    await settle();
    expect(rowIds(grid)).to.deep.equal(['plan', 'build', 'code', 'ship']);
    expect(timeline.rows).to.deep.equal(['plan', 'build', 'code', 'ship']);
    expect(el.headerHeight).to.equal(timeline.headerHeight);
    const gridHeader = shadow(grid).querySelector('[part="header"]')?.getBoundingClientRect().height;
    expect(gridHeader).to.equal(56);
  });

  it('edits in the grid and the timeline follows; Ctrl+Z undoes it', async () => {
    const project = createProject(data);
    const el = await gantt(html`<rl-gantt .project=${project} locale="en-GB"></rl-gantt>`);
    const { grid, timeline } = panes(el);
    const versions: number[] = [];
    timeline.addEventListener('rl-task-change', () => versions.push(project.version));
    await click(cell(grid, 'brief', 'duration'));
    await sendKeys({ press: 'Enter' });
    await grid.updateComplete;
    await sendKeys({ type: '4' });
    let outside: CustomEvent | undefined;
    document.addEventListener('rl-task-change', (e) => (outside = e), { once: true });
    await sendKeys({ press: 'Enter' });
    expect(project.task('brief')?.duration).to.equal(4);
    expect(outside?.detail).to.deep.equal({ taskId: 'brief', patch: { duration: 4 }, source: 'edit' });
    expect(outside?.target).to.equal(el);
    await settle();
    expect(timeline.project).to.equal(project);
    await chord(['Control'], 'z');
    expect(project.task('brief')?.duration).to.equal(2);
  });

  it('moves a row dragged by its handle in both panes, and the page hears it', async () => {
    const project = createProject(data);
    const el = await gantt(html`<rl-gantt .project=${project} locale="en-GB"></rl-gantt>`);
    const { grid, timeline } = panes(el);
    const handle = shadow(grid).querySelector('[data-id="ship"] [part="drag-handle"]') as HTMLElement;
    const from = handle.getBoundingClientRect();
    const to = (
      shadow(grid).querySelector('[role="row"][data-id="plan"]') as HTMLElement
    ).getBoundingClientRect();
    let heard: CustomEvent | undefined;
    document.addEventListener('rl-task-change', (e) => (heard = e), { once: true });
    const x = Math.round(from.left + from.width / 2);
    await sendMouse({ type: 'move', position: [x, Math.round(from.top + 10)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 4, Math.round(to.top + 20)] });
    await sendMouse({ type: 'move', position: [x + 6, Math.round(to.top + 3)] });
    await settle();
    await sendMouse({ type: 'up' });
    await settle();
    await settle();
    expect(heard?.target).to.equal(el);
    expect(heard?.detail).to.deep.include({ taskId: 'ship', source: 'row-drag' });
    expect(project.children(undefined).map((t) => t.id)).to.deep.equal(['ship', 'plan', 'build']);
    expect(timeline.rows).to.deep.equal(['ship', 'plan', 'brief', 'review', 'build', 'code']);
    await chord(['Control'], 'z');
    await settle();
    expect(timeline.rows).to.deep.equal(['plan', 'brief', 'review', 'build', 'code', 'ship']);
  });

  it('shares the selection between grid and timeline', async () => {
    const el = await gantt();
    const { grid, timeline } = panes(el);
    await click(cell(grid, 'code', 'name'));
    await settle();
    expect(el.selection).to.deep.equal(['code']);
    expect(timeline.selection).to.deep.equal(['code']);
    timeline.dispatchEvent(
      new CustomEvent('rl-selection-change', {
        detail: { selection: ['ship'] },
        bubbles: true,
        composed: true,
      }),
    );
    await settle();
    expect(grid.selection).to.deep.equal(['ship']);
    expect(shadow(grid).querySelector('[data-id="ship"]')?.getAttribute('aria-selected')).to.equal('true');
  });

  it('keeps the panes scrolled together without a feedback loop', async () => {
    const el = await gantt(
      html`<rl-gantt .data=${generateProject({ tasks: 2_000 })} zoom="month"></rl-gantt>`,
    );
    const { grid, timeline } = panes(el);
    let events = 0;
    el.addEventListener('rl-scroll', () => events++);
    const scroller = shadow(grid).querySelector('.grid') as HTMLElement;
    scroller.scrollTop = 3_200;
    await settle();
    await settle();
    expect(Math.round(timeline.scrollTop)).to.equal(3_200);
    timeline.scrollTop = 6_400;
    await settle();
    await settle();
    expect(Math.round(grid.scrollTop)).to.equal(6_400);
    await settle();
    expect(events).to.be.lessThan(4);
    const first = shadow(grid).querySelector('[role="row"][data-id]') as HTMLElement;
    expect(Number(first.getAttribute('aria-rowindex'))).to.be.lessThan(6_400 / 32 + 2);
  });

  it('draws both panes for a scroll in the same frame, and the host hears rl-scroll', async () => {
    const el = await gantt(
      html`<rl-gantt .data=${generateProject({ tasks: 2_000 })} zoom="month"></rl-gantt>`,
    );
    const { grid, timeline } = panes(el);
    const heard: number[] = [];
    el.addEventListener('rl-scroll', (e) => heard.push(e.detail.top));
    const scroller = shadow(grid).querySelector('.grid') as HTMLElement;
    const row = 300;
    const id = grid.rows.ids[row] as string;
    // The timeline's row band of that row (its bar may lie outside the days in view).
    const band = () => shadow(timeline).querySelector(`rect[part~="row"][y="${row * 32}"]`);
    expect(band()).to.equal(null);
    // As a wheel over the grid does: the box scrolls, its scroll event comes in the next frame.
    scroller.scrollTop = row * 32;
    await new Promise((r) => requestAnimationFrame(r));
    await grid.updateComplete;
    await timeline.updateComplete;
    expect(rowIds(grid)).to.include(id);
    expect(band()).to.not.equal(null);
    expect(Math.round(timeline.scrollTop)).to.equal(row * 32);
    await settle();
    expect(heard).to.deep.equal([row * 32]);
  });

  it('hands a grid scroll to the timeline through syncScrollTop, which draws in the same call', async () => {
    const el = await gantt(
      html`<rl-gantt .data=${generateProject({ tasks: 2_000 })} zoom="month"></rl-gantt>`,
    );
    const { grid, timeline } = panes(el);
    const calls: number[] = [];
    const sync = timeline.syncScrollTop.bind(timeline);
    timeline.syncScrollTop = (top: number) => {
      calls.push(top);
      sync(top);
    };
    const scroller = shadow(grid).querySelector('.grid') as HTMLElement;
    scroller.scrollTop = 400 * 32;
    await settle();
    expect(calls).to.deep.equal([400 * 32]);
    expect(Math.round(timeline.scrollTop)).to.equal(400 * 32);
    // Called directly: the rows for the new offset are drawn by the next update, no frame later.
    const band = (row: number) => shadow(timeline).querySelector(`rect[part~="row"][y="${row * 32}"]`);
    expect(band(900)).to.equal(null);
    const heard: number[] = [];
    timeline.addEventListener('rl-scroll', (e) => heard.push(e.detail.top));
    sync(900 * 32);
    await timeline.updateComplete;
    expect(band(900)).to.not.equal(null);
    expect(heard).to.deep.equal([900 * 32]);
    // The grid follows the timeline the other way, and the browser's own scroll event that
    // comes later changes nothing.
    await settle();
    expect(Math.round(grid.scrollTop)).to.equal(900 * 32);
    expect(heard).to.deep.equal([900 * 32]);
  });

  it('shows one vertical scrollbar: the grid scrolls but its bar is out of view', async () => {
    const el = await gantt(
      html`<rl-gantt .data=${generateProject({ tasks: 2_000 })} zoom="month"></rl-gantt>`,
    );
    const { grid } = panes(el);
    await settle();
    const scroller = shadow(grid).querySelector('.grid') as HTMLElement;
    const bar = scroller.offsetWidth - scroller.clientWidth;
    // Past the grid's end edge by the bar's width, where the host clips it (0 for overlay bars).
    expect(scroller.getBoundingClientRect().right - grid.getBoundingClientRect().right).to.be.closeTo(bar, 1);
    expect(getComputedStyle(grid).overflow).to.equal('hidden');
    scroller.scrollTop = 640;
    await settle();
    expect(Math.round(grid.scrollTop)).to.equal(640);
  });

  it('re-renders only the rows that scroll into view', async () => {
    const el = await gantt(
      html`<rl-gantt .data=${generateProject({ tasks: 2_000 })} zoom="month"></rl-gantt>`,
    );
    const { grid } = panes(el);
    const scroller = shadow(grid).querySelector('.grid') as HTMLElement;
    const nameOf = (id: string) =>
      [...cell(grid, id, 'name').childNodes].find(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
      );
    const staying = grid.rows.ids[12] as string;
    const node = nameOf(staying);
    let written = 0;
    const observer = new MutationObserver((records) => {
      written += records.filter((r) => r.type === 'characterData' || r.type === 'childList').length;
    });
    observer.observe(shadow(grid), { subtree: true, characterData: true, childList: true });
    // Five rows down: the row stays in view on the same node, and few texts change.
    scroller.scrollTop = 5 * 32;
    await settle();
    await settle();
    observer.disconnect();
    expect(nameOf(staying)).to.equal(node);
    // The six rows brought in (five and the overscan edge) write their cells; nothing else does.
    expect(written).to.be.greaterThan(0);
    expect(written).to.be.at.most(6 * 12);
  });

  it('moves the splitter by dragging and by arrow keys', async () => {
    const el = await gantt();
    const { grid, splitter } = panes(el);
    const box = splitter.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + 100);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 40, y] });
    await sendMouse({ type: 'move', position: [x - 80, y] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(el.gridWidth).to.equal(400);
    expect(Math.round(grid.getBoundingClientRect().width)).to.equal(400);
    expect(splitter.getAttribute('aria-valuenow')).to.equal('400');
    splitter.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.gridWidth).to.equal(416);
    await sendKeys({ press: 'Home' });
    expect(el.gridWidth).to.equal(0);
  });

  it('scrollToTask expands the ancestors and brings the row into view', async () => {
    const el = await gantt();
    const { grid, timeline } = panes(el);
    grid.toggle('build', false);
    await settle();
    expect(rowIds(grid)).to.not.include('code');
    await el.scrollToTask('code');
    await settle();
    expect(rowIds(grid)).to.include('code');
    expect(timeline.rows).to.include('code');
  });

  it('reads inline JSON and passes readonly down', async () => {
    const el = await gantt(
      html`<rl-gantt readonly><script type="application/json">${JSON.stringify(data)}</script></rl-gantt>`,
    );
    const { grid, timeline } = panes(el);
    expect(grid.readonly).to.equal(true);
    expect(timeline.readonly).to.equal(true);
    expect(rowIds(grid)).to.have.length(6);
    await click(cell(grid, 'brief', 'name'));
    await sendKeys({ press: 'Enter' });
    await grid.updateComplete;
    expect(shadow(grid).querySelector('[part="editor"]')).to.equal(null);
  });

  it('lays the grid out on the right in right-to-left', async () => {
    const el = await gantt(html`<rl-gantt dir="rtl" .data=${data}></rl-gantt>`);
    const { grid, timeline } = panes(el);
    expect(grid.getBoundingClientRect().left).to.be.greaterThan(timeline.getBoundingClientRect().left);
  });

  it('draws later dates further left in the time pane under dir="rtl", on the host or an ancestor', async () => {
    for (const template of [
      html`<rl-gantt dir="rtl" .data=${data} zoom="day" locale="en-GB"></rl-gantt>`,
      html`<div dir="rtl"><rl-gantt .data=${data} zoom="day" locale="en-GB"></rl-gantt></div>`,
    ]) {
      const mounted = await mount<HTMLElement>(template);
      const el = (mounted.localName === 'rl-gantt' ? mounted : mounted.querySelector('rl-gantt')) as RlGantt;
      await settle();
      await settle();
      const { timeline } = panes(el);
      const track = (id: string) =>
        (
          shadow(timeline).querySelector(`g[part~="bar"][data-task="${id}"] .track`) as SVGRectElement
        ).getBoundingClientRect();
      // Brief (2–3 Mar) comes before Code (after Review): Code is drawn to Brief's left.
      const brief = track('brief');
      const code = track('code');
      expect(code.right, 'the later bar').to.be.lessThan(brief.left);
      // The axis runs the same way: each day's label is left of the day before it.
      const lefts = dayLabels(timeline).map((label) => label.getBoundingClientRect().left);
      expect(lefts.length).to.be.greaterThan(3);
      for (let i = 1; i < lefts.length; i++)
        expect(lefts[i], `label ${i}`).to.be.lessThan(lefts[i - 1] as number);
      cleanup();
    }
  });

  it('keeps the DOM small: 100k tasks within a small margin of 1k', async () => {
    const small = await gantt(
      html`<rl-gantt .project=${createProject(generateProject({ tasks: 1_000 }))} zoom="month"></rl-gantt>`,
    );
    const smallCount = nodeCount(small);
    cleanup();
    const big = await gantt(
      html`<rl-gantt .project=${createProject(generateProject({ tasks: 100_000 }))} zoom="month"></rl-gantt>`,
    );
    const bigCount = nodeCount(big);
    expect(Math.abs(bigCount - smallCount), `${smallCount} → ${bigCount}`).to.be.lessThan(smallCount * 0.1);
  });

  it('has no axe violations in light, dark and high-contrast themes', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const el = await mount<RlGantt>(
        html`<rl-gantt .data=${data} .selection=${['brief']}></rl-gantt>`,
        theme,
      );
      await settle();
      await expectAccessible(el);
      cleanup();
    }
  });

  it('leaves no subscription behind after 200 mounts and unmounts', async function () {
    // 200 full mounts: on a loaded two-core machine this outlasts the 10 s default guard.
    this.timeout(60_000);
    const project = createProject(data);
    const subscriptions = trackSubscriptions(project);
    for (let i = 0; i < 200; i++) {
      const el = await mount<RlGantt>(html`<rl-gantt .project=${project}></rl-gantt>`);
      await panes(el).grid.updateComplete;
      expect(subscriptions.active).to.be.greaterThan(0);
      el.remove();
      await el.updateComplete;
      cleanup();
    }
    expect(subscriptions.active).to.equal(0);
  });
});
