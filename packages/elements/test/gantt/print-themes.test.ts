import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/gantt.js';
import type { RlGantt } from '../../src/classes.js';
import { PAGE_WIDTH } from '../../src/gantt/print-sheet.js';
import { tokenValue } from '../../src/styles/tokens.js';
import { cleanup, expectAccessible, litWarnings, mount } from '../helpers.js';
import { data, settle, shadow } from './fixtures.js';

const THEMES = ['light', 'dark', 'high-contrast'] as const;

function sheet(el: RlGantt): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>('[part="print"]');
  if (!found) throw new Error('no print sheet');
  return found;
}

/** `#rrggbb` as the `rgb(r, g, b)` a computed style reports. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The part of the timeline's image a page's rows show: the viewBox's x and width. */
function strip(table: Element): { x: number; w: number } {
  const [x = Number.NaN, , w = Number.NaN] =
    table.querySelector('tbody svg')?.getAttribute('viewBox')?.split(' ').map(Number) ?? [];
  return { x, w };
}

/** The horizontal extent of a task's bar in the timeline's image (the SVG behind a blob URL). */
async function barSpan(table: Element, id: string): Promise<{ left: number; right: number }> {
  const url = table.querySelector('tbody image')?.getAttribute('href') ?? '';
  const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'image/svg+xml');
  const rects = [...doc.querySelectorAll(`[data-task="${id}"] rect`)];
  expect(rects.length, `a bar for ${id}`).to.be.greaterThan(0);
  const xs = rects.map((r) => Number(r.getAttribute('x')));
  const ends = rects.map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')));
  return { left: Math.min(...xs), right: Math.max(...ends) };
}

describe('rl-gantt print mode in every theme and in Arabic', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    cleanup();
    await emulateMedia({ media: 'screen' });
    expect(warnings.stop()).to.deep.equal([]);
  });

  for (const theme of THEMES)
    it(`is axe clean on print media in the ${theme} theme, fit and pages, and prints the colors axe saw`, async () => {
      await emulateMedia({ media: 'print' });
      for (const layout of ['fit', 'pages'] as const) {
        const el = await mount<RlGantt>(
          html`<rl-gantt .data=${data} locale="en-GB" zoom="day" print-mode print-layout=${layout}></rl-gantt>`,
          theme,
        );
        await settle();
        const print = sheet(el);
        expect(print.querySelectorAll('tbody tr').length).to.equal(6);
        // The theme's text stands on the theme's surface on paper too: the browser is told to
        // print that background rather than drop it (light text on white paper otherwise).
        const style = getComputedStyle(print);
        expect(style.backgroundColor).to.equal(rgb(tokenValue('--rl-color-surface', theme)));
        expect(style.color).to.equal(rgb(tokenValue('--rl-color-text', theme)));
        expect(style.printColorAdjust).to.equal('exact');
        expect(getComputedStyle(print.querySelector('tbody td') as Element).printColorAdjust).to.equal(
          'exact',
        );
        await expectAccessible(el);
        cleanup();
      }
    });

  for (const theme of THEMES)
    it(`is axe clean in Arabic (dir=rtl, lang=ar) in the ${theme} theme`, async () => {
      await emulateMedia({ media: 'print' });
      const el = await mount<RlGantt>(
        html`<rl-gantt dir="rtl" lang="ar" locale="ar" .data=${data} zoom="day" print-mode print-layout="pages"></rl-gantt>`,
        theme,
      );
      await settle();
      expect(sheet(el).querySelectorAll('tbody tr').length).to.equal(6);
      await expectAccessible(el);
    });

  it('right to left, the page columns and the repeated header read from the right, the first dates first', async () => {
    const project = createProject(generateProject({ tasks: 60 }));
    const first = project.wbsOrder()[0] as string;
    const el = await mount<RlGantt>(
      html`<rl-gantt dir="rtl" lang="ar" locale="ar" .project=${project} zoom="day" print-mode print-layout="pages"></rl-gantt>`,
    );
    await settle();
    const tables = [...sheet(el).querySelectorAll('table')];
    expect(tables.length).to.be.greaterThan(2);
    // The parts tile the image from its right end (where right to left draws the first dates)
    // leftwards, one page after the other.
    const parts = tables.map(strip);
    const width = (parts[0]?.x ?? 0) + (parts[0]?.w ?? 0);
    expect(parts[0]?.w).to.equal(PAGE_WIDTH);
    for (let p = 1; p < parts.length; p++)
      expect((parts[p]?.x ?? 0) + (parts[p]?.w ?? 0), `part ${p}`).to.equal(parts[p - 1]?.x);
    expect(parts.at(-1)?.x).to.equal(0);
    // The project's first task starts on the first page: its bar's start (right) end is there.
    const bar = await barSpan(tables[0] as Element, first);
    expect(bar.right).to.be.within(width - PAGE_WIDTH, width);
    // A short last part hugs the name column, on the right.
    expect(tables.at(-1)?.querySelector('tbody svg')?.getAttribute('preserveAspectRatio')).to.equal(
      'xMaxYMid meet',
    );
    // On every page, the name column (and its header, repeated) stands right of the timeline.
    for (const table of tables) {
      const heads = [...table.querySelectorAll('thead th')];
      const name = heads.find((th) => th.textContent?.trim() === 'الاسم') as Element;
      const time = table.querySelector('thead th.time') as Element;
      expect(name, 'a name header').to.exist;
      expect(name.getBoundingClientRect().left).to.be.at.least(time.getBoundingClientRect().right - 1);
      const row = table.querySelector('tbody tr') as Element;
      const cells = [...row.querySelectorAll('td')];
      expect(cells.at(-1)?.classList.contains('time')).to.equal(true);
      expect(cells[0]?.getBoundingClientRect().left).to.be.greaterThan(
        cells.at(-1)?.getBoundingClientRect().left ?? 0,
      );
    }
  });

  it('left to right, the first page holds the image’s left end, where the first dates are', async () => {
    const project = createProject(generateProject({ tasks: 60 }));
    const first = project.wbsOrder()[0] as string;
    const el = await mount<RlGantt>(
      html`<rl-gantt .project=${project} zoom="day" print-mode print-layout="pages"></rl-gantt>`,
    );
    await settle();
    const tables = [...sheet(el).querySelectorAll('table')];
    const parts = tables.map(strip);
    expect(parts.map((p) => p.x)).to.deep.equal(parts.map((_, i) => i * PAGE_WIDTH));
    expect((await barSpan(tables[0] as Element, first)).left).to.be.within(0, PAGE_WIDTH);
    expect(tables.at(-1)?.querySelector('tbody svg')?.getAttribute('preserveAspectRatio')).to.equal(
      'xMinYMid meet',
    );
  });
});
