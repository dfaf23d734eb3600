import { expect, waitUntil } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { html } from 'lit';
import '../../src/define/gantt.js';
import type { RlGantt } from '../../src/classes.js';
import { PAGE_WIDTH } from '../../src/gantt/print-sheet.js';
import { cleanup, expectAccessible, litWarnings, mount } from '../helpers.js';
import { data, settle, shadow } from './fixtures.js';

function parse(svgText: string): SVGSVGElement {
  return new DOMParser().parseFromString(svgText, 'image/svg+xml')
    .documentElement as unknown as SVGSVGElement;
}

function sheet(el: RlGantt): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[part="print"]');
}

describe('rl-gantt export and print', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('exportSVG draws the grid (headers, every row’s text) beside the timeline (its bars), as one image', async () => {
    const el = await mount<RlGantt>(
      html`<rl-gantt .data=${data} locale="en-GB" zoom="day" .columns=${['row', 'name', 'start', 'duration']}></rl-gantt>`,
    );
    await settle();
    const doc = parse(el.exportSVG());
    expect(doc.tagName).to.equal('svg');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll(':scope > g text')].map((t) => t.textContent);
    expect(texts).to.include.members([
      'Name',
      'Start',
      'Duration',
      'Plan',
      'Write brief',
      'Review brief',
      'Code',
      'Ship',
    ]);
    // No foreignObject: the PNG rasterizes it everywhere.
    expect(doc.querySelector('foreignObject')).to.equal(null);
    // The timeline is nested beside the grid, bars and all.
    const pane = doc.querySelector(':scope > svg') as SVGSVGElement;
    const gridWidth = Number(pane.getAttribute('x'));
    expect(gridWidth).to.be.greaterThan(100);
    expect(pane.querySelectorAll('[data-task]').length).to.be.at.least(6);
    expect(Number(doc.getAttribute('width'))).to.equal(gridWidth + Number(pane.getAttribute('width')));
    // Rows in step: "Code" sits on the row of its bar.
    const codeText = [...doc.querySelectorAll(':scope > g text')].find((t) => t.textContent === 'Code');
    const rows = ['plan', 'brief', 'review', 'build', 'code', 'ship'];
    expect(Number(codeText?.getAttribute('y'))).to.equal(
      el.headerHeight + rows.indexOf('code') * el.rowHeight + el.rowHeight / 2,
    );
  });

  it('exportPNG is the grid and the timeline together', async () => {
    const el = await mount<RlGantt>(html`<rl-gantt .data=${data} locale="en-GB" zoom="day"></rl-gantt>`);
    await settle();
    const doc = parse(el.exportSVG());
    const png = await el.exportPNG();
    expect(png.type).to.equal('image/png');
    const image = await createImageBitmap(png);
    const ratio = Math.min(2, globalThis.devicePixelRatio || 1);
    expect(image.width).to.equal(Math.round(Number(doc.getAttribute('width')) * ratio));
    // Some of the left part (the grid) is text, not background: not all one color.
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, image.height / 4, 200 * ratio, 10).data;
    const colors = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4)
      colors.add(
        ((pixels[i] as number) << 16) | ((pixels[i + 1] as number) << 8) | (pixels[i + 2] as number),
      );
    expect(colors.size).to.be.greaterThan(2);
  });

  it('right to left, the exported grid stands on the right of the timeline', async () => {
    const el = await mount<RlGantt>(
      html`<rl-gantt dir="rtl" .data=${data} locale="ar" zoom="day"></rl-gantt>`,
    );
    await settle();
    const doc = parse(el.exportSVG());
    const pane = doc.querySelector(':scope > svg') as SVGSVGElement;
    expect(pane.getAttribute('x')).to.equal('0');
    const grid = doc.querySelector(':scope > g') as SVGGElement;
    expect(grid.getAttribute('transform')).to.equal(`translate(${pane.getAttribute('width')} 0)`);
  });

  it('print mode of a 1,000-task project lays out every row with a header that repeats on each page', async () => {
    const project = createProject(generateProject({ tasks: 1_000 }));
    const el = await mount<RlGantt>(html`<rl-gantt .project=${project} zoom="month"></rl-gantt>`);
    await settle();
    expect(sheet(el)).to.equal(null);
    el.printMode = true;
    await el.updateComplete;
    expect(el.hasAttribute('print-mode')).to.equal(true);
    const print = sheet(el) as HTMLElement;
    const tables = print.querySelectorAll('table');
    expect(tables.length).to.equal(1);
    const body = [...print.querySelectorAll('tbody tr')];
    expect(body.length).to.equal(project.wbsOrder().length);
    expect(body.length).to.be.at.least(1_000);
    // The header row: the grid's column headers and the time scale.
    const head = print.querySelector('thead') as HTMLElement;
    expect([...head.querySelectorAll('th')].map((th) => th.textContent?.trim())).to.include.members([
      'Name',
      'Start',
    ]);
    expect(head.querySelector('th.time image')?.getAttribute('href')).to.match(/^blob:/);
    // What the print media makes of it: the header repeats, no row is cut, the panes are gone.
    expect(getComputedStyle(head).display).to.equal('table-header-group');
    expect(getComputedStyle(body[0] as Element).breakInside).to.equal('avoid');
    expect(getComputedStyle(shadow(el).querySelector('.frame') as Element).display).to.equal('none');
    expect(getComputedStyle(print).display).to.equal('block');
    // Each row shows its own strip of the timeline's image, one row lower each time.
    const strip = (i: number) =>
      body[i]?.querySelector('svg')?.getAttribute('viewBox')?.split(' ').map(Number);
    expect((strip(1)?.[1] ?? 0) - (strip(0)?.[1] ?? 0)).to.equal(el.rowHeight);
    // A row's text is the grid's.
    const first = project.task(project.wbsOrder()[0] as string);
    expect(body[0]?.textContent).to.contain(first?.name);
    el.printMode = false;
    await el.updateComplete;
    expect(sheet(el)).to.equal(null);
    expect(getComputedStyle(shadow(el).querySelector('.frame') as Element).display).to.not.equal('none');
  });

  it('the pages layout cuts the timeline into page-wide parts, the name column repeated', async () => {
    const el = await mount<RlGantt>(
      html`<rl-gantt .data=${generateProject({ tasks: 60 })} zoom="day" print-mode print-layout="pages"></rl-gantt>`,
    );
    await settle();
    const tables = [...(sheet(el)?.querySelectorAll('table') ?? [])];
    const width = Number(/width="(\d+)"/.exec(el.exportSVG().split('<svg')[2] ?? '')?.[1]);
    expect(tables.length).to.equal(Math.ceil(width / PAGE_WIDTH));
    expect(tables.length).to.be.greaterThan(1);
    expect(
      [...(tables[1]?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent?.trim()),
    ).to.deep.equal(['Name', 'Timeline']);
    expect(tables[1]?.querySelector('tbody svg')?.getAttribute('viewBox')?.split(' ')[0]).to.equal(
      String(PAGE_WIDTH),
    );
    expect(getComputedStyle(tables[1] as Element).breakBefore).to.equal('page');
    // Printed from the start: the strips show the timeline's image.
    expect(tables[1]?.querySelector('tbody image')?.getAttribute('href')).to.match(/^blob:/);
  });

  it('both layouts keep the timeline 40 % of a narrow page however many columns the grid shows, nothing past its edge', async () => {
    const many = [
      'row',
      'wbs',
      'name',
      'start',
      'end',
      'duration',
      'progress',
      'constraint',
      'constraintDate',
      'deadline',
      'totalSlack',
      'freeSlack',
    ];
    for (const layout of ['fit', 'pages'])
      for (const width of [600, 1600]) {
        const el = await mount<RlGantt>(
          html`<rl-gantt .data=${generateProject({ tasks: 60 })} zoom="day" print-mode print-layout=${layout}
            .columns=${many} style=${`width: ${width}px`}></rl-gantt>`,
        );
        await settle();
        const printed = sheet(el) as HTMLElement;
        const page = printed.getBoundingClientRect();
        const tables = [...printed.querySelectorAll('table')];
        for (const table of tables) {
          const time = table.querySelector('thead th.time')?.getBoundingClientRect().width ?? 0;
          const box = table.getBoundingClientRect();
          expect(time / box.width, `${layout} ${width}px`).to.be.at.least(0.399);
          expect(box.right, `${layout} ${width}px`).to.be.at.most(page.right + 0.5);
        }
        if (layout === 'pages') expect(tables.length).to.be.greaterThan(1);
        cleanup();
      }
    // A few columns take what they would of a landscape page: the timeline gets more.
    const el = await mount<RlGantt>(
      html`<rl-gantt .data=${data} locale="en-GB" zoom="day" print-mode print-layout="fit" .columns=${['name', 'start']}></rl-gantt>`,
    );
    await settle();
    const table = sheet(el)?.querySelector('table') as HTMLTableElement;
    const time = table.querySelector('thead th.time')?.getBoundingClientRect().width ?? 0;
    expect(time / table.getBoundingClientRect().width).to.be.greaterThan(0.6);
  });

  it('print mode is accessible: a table with column headers, the time scale named', async () => {
    const el = await mount<RlGantt>(html`<rl-gantt .data=${data} locale="en-GB" print-mode></rl-gantt>`);
    await settle();
    expect(sheet(el)?.querySelector('th.time')?.textContent?.trim()).to.equal('Timeline');
    await expectAccessible(el);
  });

  it('print() and the toolbar’s Print turn print mode on while the browser prints, then off', async () => {
    const el = await mount<RlGantt>(html`<rl-gantt .data=${data} locale="en-GB"></rl-gantt>`);
    await settle();
    const seen: boolean[] = [];
    const original = globalThis.print;
    globalThis.print = () => {
      seen.push(
        el.printMode && sheet(el) !== null && (sheet(el)?.querySelectorAll('tbody tr').length ?? 0) === 6,
      );
    };
    try {
      await el.print();
      expect(seen).to.deep.equal([true]);
      expect(el.printMode).to.equal(false);
      const button = shadow(el).querySelector<HTMLButtonElement>('[part~="print"]');
      expect(button?.textContent?.trim()).to.equal('Print');
      button?.click();
      await waitUntil(() => seen.length === 2);
      expect(seen).to.deep.equal([true, true]);
      await waitUntil(() => !el.printMode);
      // The browser's own print command (Ctrl+P) turns it on for its duration too.
      globalThis.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(sheet(el)?.querySelectorAll('tbody tr').length).to.equal(6);
      globalThis.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(el.printMode).to.equal(false);
    } finally {
      globalThis.print = original;
    }
  });
});
