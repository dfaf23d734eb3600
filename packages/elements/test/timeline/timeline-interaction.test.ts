import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/timeline.js';
import type { RlTimeline } from '../../src/classes.js';
import { cleanup, expectAccessible, expectEvent, litWarnings } from '../helpers.js';
import { bar, center, data, drag, mountTimeline, root, settle } from './fixtures.js';

function tooltip(el: RlTimeline): HTMLElement {
  const tip = root(el).querySelector<HTMLElement>('[part~="tooltip"]');
  if (!tip) throw new Error('no tooltip');
  return tip;
}

/** The tooltip's terms and descriptions, in order (`Start` → `Mon, 2 Mar 2026`, …). */
function tooltipFacts(el: RlTimeline): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of tooltip(el).querySelectorAll('dt')) {
    out[dt.textContent?.trim() ?? ''] = dt.nextElementSibling?.textContent?.trim() ?? '';
  }
  return out;
}

/** Waits until floating-ui has placed the tooltip (its position is computed asynchronously). */
async function placed(el: RlTimeline): Promise<DOMRect> {
  for (let i = 0; i < 20 && !tooltip(el).style.transform; i++) {
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
  return tooltip(el).getBoundingClientRect();
}

/** Dispatches a touch pointer event on the scroller (real touches cannot be sent here). */
function touch(el: RlTimeline, type: string, pointerId: number, x: number, y: number): void {
  const scroller = root(el).querySelector('.scroller');
  scroller?.dispatchEvent(
    new PointerEvent(type, {
      pointerId,
      pointerType: 'touch',
      isPrimary: pointerId === 1,
      clientX: x,
      clientY: y,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

describe('rl-timeline interaction', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    cleanup();
    await resetMouse();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('shows a tooltip on hover with name, dates, duration, progress, slack and assignees, above the bar', async () => {
    const el = await mountTimeline(createProject(data));
    expect(tooltip(el).hidden).to.equal(true);
    const track = bar(el, 'a').querySelector('.track') as SVGRectElement;
    const p = center(track);
    await sendMouse({ type: 'move', position: [p.x, p.y] });
    await settle(el);
    const tip = tooltip(el);
    expect(tip.hidden).to.equal(false);
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(tip.querySelector('strong')?.textContent).to.equal('Design');
    expect(tooltipFacts(el)).to.deep.equal({
      Start: 'Mon, 2 Mar 2026',
      End: 'Fri, 6 Mar 2026',
      Duration: '5 days',
      Progress: '40%',
      Status: 'In progress',
      Slack: '0 d (critical)',
      Assignees: 'Ann',
    });
    // Placed by floating-ui 8 px from the bar: above it, or below when there is no room above
    // (flip), overlapping it horizontally and kept inside the viewport (shift).
    const box = await placed(el);
    const anchor = bar(el, 'a').getBoundingClientRect();
    const gap = box.bottom <= anchor.top ? anchor.top - box.bottom : box.top - anchor.bottom;
    expect(gap).to.be.closeTo(8, 1.5);
    expect(box.right).to.be.greaterThan(anchor.left);
    expect(box.left).to.be.lessThan(anchor.right);
    expect(box.left).to.be.at.least(3);
    await expectAccessible(el);
  });

  it('draws resize and progress handles on the hovered and the focusable bar, and the outline on selected ones', async () => {
    const el = await mountTimeline(createProject(data));
    const handles = (id: string) => bar(el, id).querySelectorAll('.handle');
    const outlined = (id: string) => bar(el, id).querySelector('.outline') !== null;
    // The first bar is the tab stop; the others carry neither handles nor an outline.
    expect(handles('g').length, 'a summary has no handles').to.equal(0);
    expect(handles('b').length).to.equal(0);
    expect(outlined('b')).to.equal(false);
    const p = center(bar(el, 'b').querySelector('.track') as SVGRectElement);
    await sendMouse({ type: 'move', position: [p.x, p.y] });
    await settle(el);
    // Two resize handles and the progress knob, shown (opaque) while the pointer is on the bar.
    expect(handles('b').length).to.equal(3);
    for (const handle of handles('b')) expect(getComputedStyle(handle).opacity).to.equal('1');
    expect(handles('c').length).to.equal(0);
    await sendMouse({ type: 'move', position: [p.x, p.y + 200] });
    await settle(el);
    expect(handles('b').length).to.equal(0);
    // A selected bar draws its outline, stroked, without the pointer on it.
    const c = center(bar(el, 'c').querySelector('.track') as SVGRectElement);
    await sendMouse({ type: 'click', position: [c.x, c.y] });
    await sendMouse({ type: 'move', position: [c.x, c.y + 200] });
    await settle(el);
    expect(el.selection).to.deep.equal(['c']);
    const outline = bar(el, 'c').querySelector('.outline') as SVGRectElement;
    expect(outline).to.not.equal(null);
    expect(getComputedStyle(outline).stroke).to.not.equal('none');
    expect(outlined('b')).to.equal(false);
  });

  it('hides the tooltip on Escape and when the pointer leaves the bar', async () => {
    const el = await mountTimeline(createProject(data));
    const p = center(bar(el, 'a').querySelector('.track') as SVGRectElement);
    await sendMouse({ type: 'move', position: [p.x, p.y] });
    await settle(el);
    expect(tooltip(el).hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(tooltip(el).hidden).to.equal(true);
    // Off the bar (into the empty rows below the bars), back on it, and off again.
    await sendMouse({ type: 'move', position: [p.x, p.y + 200] });
    await sendMouse({ type: 'move', position: [p.x, p.y] });
    await settle(el);
    expect(tooltip(el).hidden).to.equal(false);
    await sendMouse({ type: 'move', position: [p.x, p.y + 200] });
    await settle(el);
    expect(tooltip(el).hidden).to.equal(true);
  });

  it('shows the tooltip of the focused bar (milestone: a date, no end or progress) and hides it on blur', async () => {
    const store = createProject(data);
    const el = await mountTimeline(store);
    bar(el, 'a').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(root(el).activeElement?.getAttribute('data-task')).to.equal('m');
    expect(tooltip(el).hidden).to.equal(false);
    expect(tooltip(el).querySelector('strong')?.textContent).to.equal('Go live');
    const facts = tooltipFacts(el);
    expect(Object.keys(facts)).to.deep.equal(['Date', 'Slack']);
    // Go live is the instant Build (Mon 9 – Fri 13 Mar) finishes, Sat 14 Mar 00:00: the end of Friday.
    expect(store.scheduled('m')?.start).to.equal('2026-03-14');
    expect(facts.Date).to.equal('Fri, 13 Mar 2026');
    expect(bar(el, 'm').getAttribute('aria-label')).to.equal(
      'Go live, milestone, Fri, 13 Mar 2026, critical',
    );
    await placed(el);
    (root(el).activeElement as HTMLElement).blur();
    await settle(el);
    expect(tooltip(el).hidden).to.equal(true);
  });

  it('hides the tooltip while a bar is dragged', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    const from = center(bar(el, 'a').querySelector('.track') as SVGRectElement);
    await sendMouse({ type: 'move', position: [from.x, from.y] });
    await settle(el);
    expect(tooltip(el).hidden).to.equal(false);
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from.x + 40, from.y] });
    await settle(el);
    expect(tooltip(el).hidden).to.equal(true);
    expect(project.scheduled('a')?.start).to.equal('2026-03-03');
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(project.scheduled('a')?.start).to.equal('2026-03-03');
  });

  it('zooms in and out with a two-finger pinch, around the fingers', async () => {
    const el = await mountTimeline(createProject(data));
    const track = bar(el, 'a').querySelector('.track') as SVGRectElement;
    const start = track.getBoundingClientRect().left;
    // Empty rows below the bars, centred on Design's start.
    const y = el.getBoundingClientRect().top + 56 + 5 * 32 + 80;
    touch(el, 'pointerdown', 1, start - 50, y);
    touch(el, 'pointerdown', 2, start + 50, y);
    touch(el, 'pointermove', 1, start - 80, y);
    expect(el.zoom).to.equal('day');
    touch(el, 'pointermove', 2, start + 80, y); // 160 px apart from 100: past 1.5×
    await settle(el);
    expect(el.zoom).to.equal('hour');
    // The instant under the fingers stays under them.
    const after = (bar(el, 'a').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    expect(after.left).to.be.closeTo(start, 1);
    expect(after.width).to.equal(5 * 24 * 40);
    // Pinch in: from 160 to 90 px (under 0.67×) zooms back out.
    touch(el, 'pointermove', 1, start - 45, y);
    touch(el, 'pointermove', 2, start + 45, y);
    await settle(el);
    expect(el.zoom).to.equal('day');
    touch(el, 'pointerup', 1, start - 45, y);
    touch(el, 'pointerup', 2, start + 45, y);
    // One finger is a pan, never a zoom.
    touch(el, 'pointerdown', 3, start, y);
    touch(el, 'pointermove', 3, start + 300, y);
    touch(el, 'pointerup', 3, start + 300, y);
    await settle(el);
    expect(el.zoom).to.equal('day');
  });

  it('lets the host veto a new link through rl-before-link-create', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    const vetoed: CustomEvent[] = [];
    el.addEventListener('rl-before-link-create', (e) => {
      vetoed.push(e);
      e.preventDefault();
    });
    let created = 0;
    el.addEventListener('rl-link-create', () => {
      created += 1;
    });
    const a = (bar(el, 'a').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    const c = (bar(el, 'c').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    await drag(
      { x: Math.round(a.right + 8), y: Math.round(a.top + a.height / 2) },
      { x: Math.round(c.left + 4), y: Math.round(c.top + c.height / 2) },
    );
    await settle(el);
    expect(vetoed.length).to.equal(1);
    expect(vetoed[0]?.detail).to.deep.equal({ from: 'a', to: 'c', type: 'FS' });
    expect(created).to.equal(0);
    expect(project.dependencies().map((d) => d.id)).to.deep.equal(['d1', 'd2']);
    expect(project.canUndo).to.equal(false);
    expect(root(el).querySelector('[part~="link-preview"]')).to.equal(null);
  });

  it('lets the host veto removing a link through rl-before-link-remove', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    const a = (bar(el, 'a').querySelector('.track') as SVGRectElement).getBoundingClientRect();
    // d1 (Design → Build) runs from Design's end along Build's row.
    await sendMouse({
      type: 'click',
      position: [Math.round(a.right + 38), Math.round(a.top + a.height / 2 + 32)],
    });
    await settle(el);
    el.addEventListener('rl-before-link-remove', (e) => e.preventDefault());
    let removed = 0;
    el.addEventListener('rl-link-remove', () => {
      removed += 1;
    });
    bar(el, 'a').focus();
    const before = await expectEvent<CustomEvent>(el, 'rl-before-link-remove', () =>
      sendKeys({ press: 'Delete' }),
    );
    expect(before.detail).to.deep.equal({ dependencyId: 'd1', from: 'a', to: 'b', type: 'FS' });
    expect(before.cancelable).to.equal(true);
    expect(removed).to.equal(0);
    expect(project.dependency('d1')).to.not.equal(undefined);
    expect(project.canUndo).to.equal(false);
  });

  it('lets the host veto a selection through rl-before-selection-change', async () => {
    const el = await mountTimeline(createProject(data));
    let vetoes = 0;
    el.addEventListener('rl-before-selection-change', (e) => {
      vetoes += 1;
      e.preventDefault();
    });
    let changes = 0;
    el.addEventListener('rl-selection-change', () => {
      changes += 1;
    });
    const p = center(bar(el, 'a').querySelector('.track') as SVGRectElement);
    await sendMouse({ type: 'click', position: [p.x, p.y] });
    bar(el, 'a').focus();
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(vetoes).to.equal(2);
    expect(changes).to.equal(0);
    expect(el.selection).to.deep.equal([]);
    expect(bar(el, 'a').getAttribute('part')).to.not.contain('selected');
  });
});
