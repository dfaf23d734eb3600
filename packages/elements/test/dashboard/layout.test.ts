import { expect } from '@open-wc/testing';
import { createProject, projectManagement, softwareDevelopment } from '@roadline/core';
import { html } from 'lit';
import '../../src/define/dashboard.js';
import type { DashboardConfig, RlDashboard } from '../../src/classes.js';
import { cleanup, litWarnings, mount } from '../helpers.js';

/**
 * What a user sees on the dashboard stories, measured in the page: nothing covered by the handle,
 * no KPI line cut off or wrapped. The config and "today" are the stories' own.
 */
const TODAY = '2026-04-15';
const storyConfig: DashboardConfig = {
  columns: 12,
  rowHeight: 110,
  widgets: [
    { id: 'kpi', type: 'kpi', x: 0, y: 0, w: 12, h: 1 },
    { id: 'progress', type: 'progress', x: 0, y: 1, w: 4, h: 1 },
    { id: 'status', type: 'status', x: 4, y: 1, w: 4, h: 2 },
    { id: 'burndown', type: 'burndown', x: 8, y: 1, w: 4, h: 2 },
    { id: 'milestones', type: 'milestones', x: 0, y: 2, w: 4, h: 3 },
    { id: 'workload', type: 'workload', x: 4, y: 3, w: 8, h: 2, options: { weeks: 8 } },
    { id: 'late', type: 'late', x: 0, y: 5, w: 6, h: 3 },
    { id: 'bottlenecks', type: 'bottlenecks', x: 6, y: 5, w: 6, h: 3 },
    { id: 'notes', type: 'notes', x: 0, y: 8, w: 12, h: 2 },
  ],
};

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}
function widget(el: RlDashboard, id: string): Widget {
  const found = root(el).querySelector<Widget>(`[data-widget="${id}"]`);
  if (!found) throw new Error(`no widget ${id}`);
  return found;
}
function inside(el: Element, selector: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in ${el.localName}`);
  return found;
}
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const describe_ = (r: DOMRect) =>
  `${Math.round(r.left)}..${Math.round(r.right)} × ${Math.round(r.top)}..${Math.round(r.bottom)}`;
/** The box of an element's text itself (not of the block around it). */
function textRect(el: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}
/** The box inside a widget's border, where its content shows without scrolling. */
function clientBox(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  return new DOMRect(r.left + el.clientLeft, r.top + el.clientTop, el.clientWidth, el.clientHeight);
}
/**
 * The burndown widget shows its whole chart and legend in the box it gets: nothing scrolls, the
 * legend's every entry lies inside the card, and the chart fills the height between heading and legend.
 */
async function expectBurndownFits(burndown: Widget): Promise<void> {
  // The chart is measured after layout (a ResizeObserver, after a frame's animation callbacks) and redrawn.
  await burndown.updateComplete;
  for (let frame = 0; frame < 2; frame++) await new Promise((r) => requestAnimationFrame(r));
  await burndown.updateComplete;
  const box = clientBox(burndown);
  const heading = inside(burndown, '[part="heading"]').getBoundingClientRect();
  const chart = inside(burndown, '[part="chart"]').getBoundingClientRect();
  const legend = inside(burndown, '[part="legend"]');
  const entries = [...legend.children];
  expect(entries).to.have.length(3);
  for (const entry of entries) {
    const r = textRect(entry);
    expect(r.height, `"${entry.textContent}" drawn`).to.be.greaterThan(0);
    expect(r.top, `"${entry.textContent}" ${describe_(r)} inside ${describe_(box)}`).to.be.at.least(box.top);
    expect(r.bottom, `"${entry.textContent}" ${describe_(r)} inside ${describe_(box)}`).to.be.at.most(
      box.bottom,
    );
    expect(r.right, `"${entry.textContent}" inside the card`).to.be.at.most(box.right);
  }
  const l = legend.getBoundingClientRect();
  expect(l.bottom, `legend ${describe_(l)} inside ${describe_(box)}`).to.be.at.most(box.bottom);
  expect(chart.top, 'chart below the heading').to.be.at.least(heading.bottom);
  expect(chart.bottom, `chart ${describe_(chart)} above the legend ${describe_(l)}`).to.be.at.most(l.top);
  expect(burndown.scrollHeight, 'the card does not scroll').to.be.at.most(burndown.clientHeight);
  // The chart takes the height left over, not a sliver of it.
  const padding = Number.parseFloat(getComputedStyle(burndown).paddingBottom);
  expect(box.bottom - padding - l.bottom, 'no room left unused below the legend').to.be.below(2);
  expect(chart.height, 'the chart still shows').to.be.greaterThan(20);
  // Drawn at the size it shows at, so its labels keep their size rather than shrink with the chart.
  const viewBox = inside(burndown, '[part="chart"]').getAttribute('viewBox')?.split(' ').map(Number);
  expect(viewBox?.[2], 'drawn as wide as shown').to.be.closeTo(chart.width, 1);
  expect(viewBox?.[3], 'drawn as high as shown').to.be.closeTo(chart.height, 1);
}
/** How many lines an element's text takes. */
function lines(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
  return tops.size;
}

describe('rl-dashboard layout, measured', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  for (const [name, template] of [
    ['project management', projectManagement],
    ['software development', softwareDevelopment],
  ] as const) {
    describe(`the ${name} story`, () => {
      let el: RlDashboard;
      beforeEach(async () => {
        el = await mount<RlDashboard>(
          html`<rl-dashboard
            style="width: 1240px"
            label="Overview"
            today=${TODAY}
            .project=${createProject(template(TODAY))}
            .config=${storyConfig}
          ></rl-dashboard>`,
        );
        await Promise.all(storyConfig.widgets.map((w) => widget(el, w.id).updateComplete));
        await new Promise((r) => requestAnimationFrame(r));
      });

      it("no widget's heading row runs under the handle (the progress percentage in full view)", () => {
        const handle = (id: string) => inside(el, `[part="handle"][data-id="${id}"]`).getBoundingClientRect();
        const percent = inside(widget(el, 'progress'), '[part="value"]');
        expect(percent.textContent).to.match(/^\d+%$/);
        const p = textRect(percent);
        const h = handle('progress');
        expect(overlaps(p, h), `percentage ${describe_(p)} vs handle ${describe_(h)}`).to.equal(false);
        expect(p.right, 'clear of the handle').to.be.at.most(h.left);
        for (const w of storyConfig.widgets) {
          if (w.type === 'progress') continue;
          const heading = inside(widget(el, w.id), '[part="heading"]');
          const style = getComputedStyle(heading);
          const end = heading.getBoundingClientRect().right - Number.parseFloat(style.paddingRight);
          expect(end, `${w.id}: heading content ends before the handle`).to.be.at.most(handle(w.id).left);
        }
      });

      it("the two-row burndown widget shows its legend: the chart scales to the cell's height", async () => {
        const burndown = widget(el, 'burndown');
        await expectBurndownFits(burndown);
        const cell = inside(el, '[data-widget="burndown"]').closest('[part~="widget"]');
        if (!cell) throw new Error('no cell');
        expect(cell.getBoundingClientRect().height, 'two rows of 110px and a gap').to.be.closeTo(232, 1);
      });

      it('the one-row KPI widget shows every tile whole: nothing scrolls, nothing wraps', () => {
        const kpi = widget(el, 'kpi');
        expect(kpi.scrollHeight, 'no line cut off at the bottom').to.be.at.most(kpi.clientHeight);
        expect(kpi.scrollWidth).to.be.at.most(kpi.clientWidth);
        const card = kpi.getBoundingClientRect();
        const tiles = [...root(kpi).querySelectorAll('[part~="tile"]')];
        expect(tiles).to.have.length(6);
        for (const tile of tiles) {
          const box = tile.getBoundingClientRect();
          expect(box.bottom, `${tile.getAttribute('part')} inside the card`).to.be.at.most(card.bottom);
          for (const line of tile.children) {
            expect(lines(line), `"${line.textContent}" on one line`).to.equal(1);
            const r = textRect(line);
            expect(r.right, `"${line.textContent}" inside its tile`).to.be.at.most(box.right);
            expect(r.bottom, `"${line.textContent}" inside its tile`).to.be.at.most(box.bottom);
          }
        }
        const captions = [...root(kpi).querySelectorAll('dd.muted')].map((d) => d.textContent);
        expect(captions).to.include('tasks past their end').and.include('in the next 14 days');
        const finish = inside(kpi, '[part~="finish"] [part="value"]');
        expect(finish.textContent).to.match(/\d{4}/);
        expect(lines(finish)).to.equal(1);
      });
    });
  }

  for (const rowHeight of [60, 300]) {
    it(`the burndown widget shows its legend at a row height of ${rowHeight}px too`, async () => {
      const el = await mount<RlDashboard>(
        html`<rl-dashboard
          style="width: 1240px"
          today=${TODAY}
          .project=${createProject(projectManagement(TODAY))}
          .config=${{ columns: 12, rowHeight, widgets: [{ id: 'burndown', type: 'burndown', x: 8, y: 0, w: 4, h: 2 }] }}
        ></rl-dashboard>`,
      );
      const burndown = widget(el, 'burndown');
      await burndown.updateComplete;
      await expectBurndownFits(burndown);
    });
  }

  it('a burndown of no set height is half as high as wide, legend below it', async () => {
    const el = await mount<Widget>(
      html`<rl-burndown style="width: 402px" today=${TODAY} .data=${projectManagement(TODAY)}></rl-burndown>`,
    );
    await expectBurndownFits(el);
    const chart = inside(el, '[part="chart"]').getBoundingClientRect();
    expect(chart.width).to.be.closeTo(402 - 2 * 13, 0.5);
    expect(chart.height).to.be.closeTo(chart.width / 2, 0.5);
  });

  it('a narrow KPI widget lets tiles wrap onto rows rather than overflow sideways', async () => {
    const el = await mount<RlDashboard>(
      html`<rl-dashboard
        style="width: 420px"
        today=${TODAY}
        .project=${createProject(projectManagement(TODAY))}
        .config=${{ columns: 1, rowHeight: 400, widgets: [{ id: 'kpi', type: 'kpi', x: 0, y: 0, w: 1, h: 1 }] }}
      ></rl-dashboard>`,
    );
    const kpi = widget(el, 'kpi');
    await kpi.updateComplete;
    expect(kpi.scrollWidth).to.be.at.most(kpi.clientWidth);
    const tops = new Set(
      [...root(kpi).querySelectorAll('[part~="tile"]')].map((t) => Math.round(t.getBoundingClientRect().top)),
    );
    expect(tops.size).to.be.greaterThan(1);
  });
});
