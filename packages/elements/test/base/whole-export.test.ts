import { expect, waitUntil } from '@open-wc/testing';
import { createProject, type ProjectData } from '@roadline/core';
import { html } from 'lit';
import '../../src/define/board.js';
import '../../src/define/dashboard.js';
import type { RlBoard, RlDashboard } from '../../src/classes.js';
import { boardData } from '../board/fixtures.js';
import { sample, TODAY } from '../dashboard/fixture.js';
import { cleanup, litWarnings, mount } from '../helpers.js';

function parse(svgText: string): Element {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  expect(doc.querySelector('parsererror')).to.equal(null);
  expect(doc.querySelector('foreignObject')).to.equal(null);
  return doc;
}

const texts = (doc: Element) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
const textNamed = (doc: Element, name: string) =>
  [...doc.querySelectorAll('text')].find((t) => t.textContent === name);

/** The board's fixture with `count` more cards "Card 1"… in "To do", below its two. */
function longBoard(count: number): ProjectData {
  const data = boardData();
  const extra = Array.from({ length: count }, (_, i) => ({
    id: `x${i + 1}`,
    name: `Card ${i + 1}`,
    status: 'todo',
    order: 10 + i,
  }));
  return { ...data, tasks: [...data.tasks, ...extra] };
}

function cardNames(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part~="card-name"]') ?? [])].map((n) => n.textContent ?? '');
}

async function png(blob: Blob): Promise<ImageBitmap> {
  expect(blob.type).to.equal('image/png');
  return createImageBitmap(blob);
}

/** A tall block after the fixture, so the page itself scrolls. */
function tallPage(): () => void {
  const filler = document.createElement('div');
  filler.style.height = '3000px';
  document.body.append(filler);
  return () => filler.remove();
}

/** rl-board and rl-dashboard export their whole content, not the scrolled window. */
describe('board and dashboard export the whole content', () => {
  const warnings = litWarnings();
  let removeFiller: (() => void) | undefined;
  beforeEach(() => warnings.start());
  afterEach(() => {
    removeFiller?.();
    removeFiller = undefined;
    globalThis.scrollTo(0, 0);
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('a kanban whose columns scroll exports every column and card; the page and the lists stay put', async () => {
    const el = await mount<RlBoard>(
      html`<rl-board style="width: 500px; --rl-board-column-height: 300px" .data=${longBoard(60)} today="2026-03-11" locale="en-GB"></rl-board>`,
    );
    removeFiller = tallPage();
    await el.updateComplete;
    const list = el.shadowRoot?.querySelector<HTMLElement>('[part~="cards"]') as HTMLElement;
    list.scrollTop = 1200;
    await waitUntil(() => cardNames(el).includes('Card 12'));
    globalThis.scrollTo(0, 120);
    const focused = el.shadowRoot?.querySelector<HTMLElement>('[part~="card"][data-id="x11"]') as HTMLElement;
    focused.focus({ preventScroll: true });
    const before = cardNames(el);
    // Virtualized: the column's last cards are not in the page, nor its first ones now.
    expect(before).to.not.include('Card 60');
    expect(before).to.not.include('Design login');
    const doc = parse(el.exportSVG());
    expect(texts(doc)).to.include.members(['To do', 'Doing', 'Done', 'Design login', 'Card 1', 'Card 60']);
    // The last card sits far below the column's 300 px, where it is in the whole column.
    const last = Number(textNamed(doc, 'Card 60')?.getAttribute('y'));
    expect(last).to.be.greaterThan(60 * 100);
    expect(Number(doc.getAttribute('height'))).to.be.greaterThan(last);
    // Three columns of 272 px are wider than the 500 px board: the picture holds all of them.
    expect(Number(doc.getAttribute('width'))).to.be.greaterThan(3 * 272);
    const done = textNamed(doc, 'Done') as Element;
    expect(Number(done.getAttribute('x'))).to.be.greaterThan(500);
    // Nothing moved: the same cards in the page, the list and the page scrolled as they were.
    expect(cardNames(el)).to.deep.equal(before);
    expect(list.scrollTop).to.equal(1200);
    expect(globalThis.scrollY).to.equal(120);
    // The card that had the focus has it still.
    expect(el.shadowRoot?.activeElement?.getAttribute('data-id')).to.equal('x11');
    expect(list.getBoundingClientRect().height).to.be.at.most(300);
  });

  it('a kanban column past 2,000 cards exports 2,000 and "and N more"', async function () {
    this.timeout(120_000);
    const el = await mount<RlBoard>(
      html`<rl-board style="width: 900px" readonly .data=${longBoard(2_010)} today="2026-03-11" locale="en-GB"></rl-board>`,
    );
    await el.updateComplete;
    const doc = parse(el.exportSVG());
    const all = texts(doc);
    expect(all).to.include('Card 1998');
    expect(all).to.not.include('Card 1999');
    // 2,012 cards in "To do": 2,000 drawn, 12 counted.
    expect(all).to.include('and 12 more');
    expect(Number(doc.getAttribute('height'))).to.be.greaterThan(2_000 * 100);
  });

  it('a board taller than a canvas exports a PNG scaled down to fit one, in proportion', async function () {
    this.timeout(60_000);
    // 400 cards: some 40,000 px of SVG, past the 32,767 px a canvas takes (cheaper than 2,000).
    const el = await mount<RlBoard>(
      html`<rl-board style="width: 900px" readonly .data=${longBoard(400)} today="2026-03-11" locale="en-GB"></rl-board>`,
    );
    await el.updateComplete;
    const doc = parse(el.exportSVG());
    const height = Number(doc.getAttribute('height'));
    expect(height).to.be.greaterThan(32_767);
    const image = await png(await el.exportPNG());
    expect(image.height).to.be.at.most(32_767);
    expect(image.height).to.be.greaterThan(1_000);
    expect(image.width / image.height).to.be.closeTo(Number(doc.getAttribute('width')) / height, 0.01);
  });

  it('the table exports every row, also those below its scrolling body', async () => {
    const data: ProjectData = {
      id: 't',
      name: 'Rows',
      tasks: Array.from({ length: 120 }, (_, i) => ({ id: `r${i + 1}`, name: `Row ${i + 1}`, order: i })),
    };
    const el = await mount<RlBoard>(
      html`<rl-board view="table" group-by="none" style="width: 900px" .data=${data} locale="en-GB"></rl-board>`,
    );
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const rows = () => el.shadowRoot?.querySelectorAll('[part~="table-body"] [part~="row"]').length ?? 0;
    const shown = rows();
    expect(shown).to.be.lessThan(100);
    const doc = parse(el.exportSVG());
    expect(texts(doc)).to.include.members(['Row 1', 'Row 60', 'Row 120']);
    expect(rows()).to.equal(shown);
    const image = await png(await el.exportPNG());
    const ratio = Math.min(2, globalThis.devicePixelRatio || 1);
    expect(image.height).to.equal(Math.round(Number(doc.getAttribute('height')) * ratio));
  });

  it('a dashboard that scrolls exports the widgets below the fold; it keeps its scroll', async () => {
    const el = await mount<RlDashboard>(
      html`<rl-dashboard style="width: 900px; height: 320px; overflow: auto" .project=${createProject(sample())} today=${TODAY} locale="en-GB"></rl-dashboard>`,
    );
    await waitUntil(() => (el.shadowRoot?.querySelectorAll('[part~="widget"]').length ?? 0) > 3);
    await new Promise((r) => setTimeout(r, 100));
    el.scrollTop = 40;
    const widgets = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="widget"]') ?? [])];
    const fold = el.getBoundingClientRect().bottom;
    const below = widgets.filter((w) => w.getBoundingClientRect().top > fold);
    expect(below.length, 'widgets below the fold').to.be.greaterThan(0);
    const doc = parse(el.exportSVG());
    const all = texts(doc);
    for (const widget of below) expect(all).to.include(widget.getAttribute('aria-label'));
    expect(Number(doc.getAttribute('height'))).to.be.at.least(el.scrollHeight);
    expect(el.scrollTop).to.equal(40);
    const image = await png(await el.exportPNG());
    const ratio = Math.min(2, globalThis.devicePixelRatio || 1);
    expect(image.width).to.equal(Math.round(Number(doc.getAttribute('width')) * ratio));
    expect(image.height).to.equal(Math.round(Number(doc.getAttribute('height')) * ratio));
    // Not one color: the widgets are drawn.
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, image.height - 200 * ratio, image.width, 100 * ratio).data;
    const colors = new Set<number>();
    for (let i = 0; i < pixels.length; i += 16)
      colors.add(
        ((pixels[i] as number) << 16) | ((pixels[i + 1] as number) << 8) | (pixels[i + 2] as number),
      );
    expect(colors.size).to.be.greaterThan(2);
  });

  it('what a widget scrolls out of its card stays out: cut off at the card', async () => {
    const el = await mount<RlDashboard>(
      html`<rl-dashboard style="width: 900px" .project=${createProject(sample())} today=${TODAY} locale="en-GB"></rl-dashboard>`,
    );
    await waitUntil(() => (el.shadowRoot?.querySelectorAll('[part~="widget"]').length ?? 0) > 3);
    const doc = parse(el.exportSVG());
    // Each widget (a box that scrolls its overflow) draws inside a clip of its own box.
    const clips = [...doc.querySelectorAll('clipPath rect')];
    const inner = [
      ...(el.shadowRoot?.querySelectorAll('[part~="widget"] > :not([part="handle"]):not([part="resize"])') ??
        []),
    ];
    const widget = inner.find((w) => w.scrollHeight > w.clientHeight + 1) as Element;
    const box = widget.getBoundingClientRect();
    const origin = el.getBoundingClientRect();
    expect(
      clips.some(
        (r) =>
          Math.abs(Number(r.getAttribute('x')) - (box.left - origin.left)) < 1 &&
          Math.abs(Number(r.getAttribute('height')) - box.height) < 1,
      ),
    ).to.equal(true);
  });
});
