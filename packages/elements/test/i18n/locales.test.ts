import { expect, waitUntil } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/board.js';
import '../../src/define/dashboard.js';
import '../../src/define/gantt.js';
import '../../src/define/roadmap.js';
import type { RlBoard, RlDashboard, RlGantt, RlRoadmap, RlTimeline } from '../../src/classes.js';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { loadLocale, registerLocale } from '../../src/i18n/index.js';
import { boardData } from '../board/fixtures.js';
import { sample, TODAY } from '../dashboard/fixture.js';
import { cell, click, data, focused, settle, shadow } from '../gantt/fixtures.js';
import { cleanup, expectAccessible, mount } from '../helpers.js';
import { data as roadmapData } from '../roadmap/fixture.js';

function grid(el: RlGantt): RlGanttGrid {
  return shadow(el).querySelector('rl-gantt-grid') as RlGanttGrid;
}

function timeline(el: RlGantt): RlTimeline {
  return shadow(el).querySelector('rl-timeline') as RlTimeline;
}

function headers(el: RlGantt): string[] {
  return [...shadow(grid(el)).querySelectorAll('[role="columnheader"]')].map(
    (h) => h.textContent?.trim() ?? '',
  );
}

/** Waits for a text to show: a language beyond English arrives with its own chunk. */
async function shows(read: () => string, text: string): Promise<void> {
  await waitUntil(() => read().includes(text), `"${text}" in ${read().slice(0, 200)}`);
}

const texts = (root: ShadowRoot | Element) => (root as Element).textContent ?? '';

describe('translations', () => {
  afterEach(() => {
    cleanup();
    document.documentElement.removeAttribute('dir');
  });

  it('shows the Gantt in German when lang changes to de, and back in English', async () => {
    const el = await mount<RlGantt>(html`<rl-gantt .data=${data}></rl-gantt>`);
    await settle();
    expect(headers(el)).to.include('Start');
    el.setAttribute('lang', 'de');
    await shows(() => headers(el).join(' '), 'Anfang');
    expect(headers(el)).to.include.members(['Name', 'Anfang', 'Ende', 'Dauer', 'Fortschritt']);
    expect(shadow(el).querySelector('[part~="splitter"]')?.getAttribute('aria-label')).to.equal(
      'Größe der Vorgangstabelle ändern',
    );
    expect(shadow(el).querySelector('.layout')?.getAttribute('aria-label')).to.equal('Gantt-Diagramm');
    el.setAttribute('lang', 'en');
    await shows(() => headers(el).join(' '), 'Start');
  });

  it('follows the locale property and the nearest lang ancestor', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div lang="fr"><rl-gantt .data=${data}></rl-gantt></div>`,
    );
    const el = wrapper.querySelector('rl-gantt') as RlGantt;
    await shows(() => headers(el).join(' '), 'Début');
    el.locale = 'es';
    await shows(() => headers(el).join(' '), 'Inicio');
    el.locale = 'ja-JP';
    await shows(() => headers(el).join(' '), '開始');
  });

  it('shows the board, the roadmap and the dashboard in German', async () => {
    const board = await mount<RlBoard>(html`<rl-board lang="de" .data=${boardData()}></rl-board>`);
    await shows(() => texts(shadow(board)), 'Karte hinzufügen');
    expect(shadow(board).querySelector('[part="kanban"]')?.getAttribute('aria-label')).to.match(/^Board /);
    board.view = 'table';
    await shows(() => texts(shadow(board)), 'Spalten');
    expect(shadow(board).querySelector('[part="search"]')?.getAttribute('placeholder')).to.equal('Suchen');
    cleanup();

    const roadmap = await mount<RlRoadmap>(html`<rl-roadmap lang="de" .data=${roadmapData}></rl-roadmap>`);
    await shows(() => texts(shadow(roadmap)), 'Zeitachse');
    expect(texts(shadow(roadmap))).to.include('Als PNG exportieren');
    cleanup();

    const dashboard = await mount<RlDashboard>(
      html`<rl-dashboard lang="de" .project=${createProject(sample())} today=${TODAY}></rl-dashboard>`,
    );
    await waitUntil(() =>
      [...shadow(dashboard).querySelectorAll('[part~="widget"]')].some(
        (w) => w.getAttribute('aria-label') === 'Fortschritt',
      ),
    );
    const kpi = shadow(dashboard).querySelector('rl-kpi') as HTMLElement;
    await shows(() => texts(shadow(kpi)), 'Kennzahlen');
  });

  it('runs right to left in Arabic: the grid on the right, later dates further left', async () => {
    const el = await mount<RlGantt>(html`<rl-gantt lang="ar" .data=${data} zoom="day"></rl-gantt>`);
    await shows(() => headers(el).join(' '), 'البداية');
    await settle();
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(grid(el).getBoundingClientRect().left).to.be.greaterThan(
      timeline(el).getBoundingClientRect().left,
    );
    const track = (id: string) =>
      (
        shadow(timeline(el)).querySelector(`g[part~="bar"][data-task="${id}"] .track`) as SVGRectElement
      ).getBoundingClientRect();
    expect(track('code').right, 'the later bar').to.be.lessThan(track('brief').left);
    // Back to English: the element drops the direction it set.
    el.setAttribute('lang', 'en');
    await shows(() => headers(el).join(' '), 'Start');
    expect(el.hasAttribute('dir')).to.equal(false);
  });

  it('leaves the direction to a dir attribute when the page sets one', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div dir="ltr"><rl-gantt lang="ar" .data=${data}></rl-gantt></div>`,
    );
    const el = wrapper.querySelector('rl-gantt') as RlGantt;
    await shows(() => headers(el).join(' '), 'البداية');
    expect(el.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(el).direction).to.equal('ltr');
  });

  it('moves along the row with the arrow that points that way in Arabic', async () => {
    const el = await mount<RlGantt>(html`<rl-gantt lang="ar" .data=${data}></rl-gantt>`);
    await shows(() => headers(el).join(' '), 'البداية');
    await settle();
    const g = grid(el);
    await click(cell(g, 'brief', 'name'));
    const name = cell(g, 'brief', 'name').getBoundingClientRect();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(g)).to.equal('brief/start');
    const start = cell(g, 'brief', 'start').getBoundingClientRect();
    expect(start.right, 'the next column is on the left').to.be.at.most(name.left + 1);
  });

  it('mirrors the roadmap, the board and the dashboard in Arabic', async () => {
    const roadmap = await mount<RlRoadmap>(html`<rl-roadmap lang="ar" .data=${roadmapData}></rl-roadmap>`);
    await shows(() => texts(shadow(roadmap)), 'المخطط الزمني');
    expect(getComputedStyle(roadmap).direction).to.equal('rtl');
    expect(shadow(roadmap).querySelector('.canvas')?.classList.contains('rtl')).to.equal(true);
    cleanup();
    const board = await mount<RlBoard>(html`<rl-board lang="ar" .data=${boardData()}></rl-board>`);
    await shows(() => texts(shadow(board)), 'إضافة بطاقة');
    expect(getComputedStyle(board).direction).to.equal('rtl');
    const columns = [...shadow(board).querySelectorAll('[part~="column-header"]')];
    expect(columns[1]?.getBoundingClientRect().left, 'the second column is left of the first').to.be.lessThan(
      columns[0]?.getBoundingClientRect().left as number,
    );
    cleanup();
    const dashboard = await mount<RlDashboard>(
      html`<rl-dashboard
        lang="ar"
        style="width: 900px"
        .project=${createProject(sample())}
        today=${TODAY}
      ></rl-dashboard>`,
    );
    await waitUntil(() => getComputedStyle(dashboard).direction === 'rtl');
    // Two widgets of one row: the one placed after is on the left.
    const boxes = [...shadow(dashboard).querySelectorAll('[part~="widget"]')].map((w) =>
      w.getBoundingClientRect(),
    );
    const first = boxes.find((b) => boxes.some((o) => o !== b && Math.abs(o.top - b.top) < 1)) as DOMRect;
    expect(first, 'a row of two widgets').to.not.equal(undefined);
    const next = boxes.find((b) => b !== first && Math.abs(b.top - first.top) < 1) as DOMRect;
    expect(next.right, 'the next widget is left of the first').to.be.at.most(first.left + 1);
  });

  it('has no axe violations in Arabic in every view', async function () {
    // Six views, each mounted and scanned: on a loaded two-core machine this outlasts 10 s.
    this.timeout(90_000);
    await loadLocale('ar');
    const views = [
      html`<rl-gantt lang="ar" .data=${data}></rl-gantt>`,
      html`<rl-board lang="ar" .data=${boardData()}></rl-board>`,
      html`<rl-board lang="ar" view="table" .data=${boardData()}></rl-board>`,
      html`<rl-roadmap lang="ar" .data=${roadmapData}></rl-roadmap>`,
      html`<rl-roadmap lang="ar" view="buckets" .data=${roadmapData}></rl-roadmap>`,
      html`<rl-dashboard lang="ar" .project=${createProject(sample())} today=${TODAY}></rl-dashboard>`,
    ];
    for (const view of views) {
      const el = await mount<HTMLElement>(view);
      await settle();
      await settle();
      await expectAccessible(el);
      cleanup();
    }
  });

  it('takes a language registered by the host, falling back along the tag and to English', async () => {
    registerLocale('pt-BR', { 'column.start': 'Início', 'column.end': 'Término' });
    const el = await mount<RlGantt>(html`<rl-gantt lang="pt-BR" .data=${data}></rl-gantt>`);
    await shows(() => headers(el).join(' '), 'Início');
    // Not registered: English.
    expect(headers(el)).to.include('Duration');
    el.setAttribute('lang', 'de-AT');
    await shows(() => headers(el).join(' '), 'Anfang');
    // A registration while shown re-renders, and overrides a built-in message.
    registerLocale('de-AT', { 'column.start': 'Beginn' });
    await shows(() => headers(el).join(' '), 'Beginn');
    expect(headers(el)).to.include('Ende');
  });
});
