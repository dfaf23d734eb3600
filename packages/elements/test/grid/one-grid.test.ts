import { expect } from '@open-wc/testing';
import { createProject, type Project, type ProjectData } from '@roadline/core';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/board.js';
import '../../src/define/gantt.js';
import type { ColumnChangeDetail, RlBoard } from '../../src/classes.js';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { cleanup, expectEvent, litWarnings, mount } from '../helpers.js';
import { boardData } from '../board/fixtures.js';
import { click, rowIds, settle, shadow } from '../gantt/fixtures.js';

/** Leaf tasks whose names sort differently by code point, by case and naturally. */
function names(): ProjectData {
  const tasks = ['Task 10', 'task 2', 'Task 1', 'Alpha', 'alpha beta', 'Ω last'].map((name, i) => ({
    id: `t${i}`,
    name,
    start: '2026-03-02',
    duration: 1,
    status: 'todo',
    order: i,
  }));
  return { id: 'p', name: 'Names', statuses: [{ id: 'todo', label: 'To do', category: 'todo' }], tasks };
}

function boardRows(el: RlBoard): string[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[part~="table-body"] > [role="row"][data-id]')]
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((r) => r.dataset.id as string);
}

async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

async function table(project: Project, dir = 'ltr'): Promise<RlBoard> {
  const wrap = await mount<HTMLElement>(
    html`<div dir=${dir}><rl-board view="table" group-by="none" .project=${project} today="2026-03-10"></rl-board></div>`,
  );
  const el = wrap.querySelector('rl-board') as RlBoard;
  await frames();
  await el.updateComplete;
  return el;
}

/**
 * An Alt (+Shift) arrow on a header, dispatched as the browser would: Chromium under test loses
 * every second Alt that sendKeys holds down within a page, so these chords are sent directly.
 */
function headerKey(target: HTMLElement, key: string, shiftKey: boolean): void {
  target.dispatchEvent(
    new KeyboardEvent('keydown', {
      key,
      altKey: true,
      shiftKey,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

function focusedCol(el: RlBoard): string | undefined {
  const node = shadow(el).activeElement as HTMLElement | null;
  return node?.closest<HTMLElement>('[data-col]')?.dataset.col;
}

describe('the one grid', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('sorts the same in the Gantt grid and the board table: natural, case-insensitive, both directions', async () => {
    const project = createProject(names());
    const grid = await mount<RlGanttGrid>(
      html`<rl-gantt-grid .project=${project} .columns=${['row', 'name']}></rl-gantt-grid>`,
    );
    await settle();
    const board = await table(project);
    const gridName = shadow(grid).querySelectorAll<HTMLElement>('[role="columnheader"]')[1] as HTMLElement;
    const boardName = shadow(board).querySelector<HTMLButtonElement>(
      '[part="sort-button"]',
    ) as HTMLButtonElement;
    const seen: ColumnChangeDetail[] = [];
    grid.addEventListener('rl-column-change', (e) => seen.push(e.detail));
    board.addEventListener('rl-column-change', (e) => seen.push(e.detail));
    for (const direction of ['ascending', 'descending'] as const) {
      await click(gridName);
      boardName.click();
      await grid.updateComplete;
      await board.updateComplete;
      expect(rowIds(grid), direction).to.deep.equal(boardRows(board));
    }
    expect(rowIds(grid)).to.deep.equal(['t5', 't0', 't1', 't2', 't4', 't3']);
    // The same detail from both: the first key as `sort`, every key in `sortKeys`.
    for (const detail of seen) {
      expect(detail.reason).to.equal('sort');
      expect(detail.sortKeys).to.deep.equal(detail.sort ? [detail.sort] : []);
    }
    expect(seen).to.have.length(4);
  });

  it('has one header keyboard: Alt+← resizes and Alt+Shift+← moves the column in both grids', async () => {
    const project = createProject(names());
    const grid = await mount<RlGanttGrid>(
      html`<rl-gantt-grid .project=${project} .columns=${['row', 'name']}></rl-gantt-grid>`,
    );
    await settle();
    const board = await table(project);
    board.columns = ['status', 'name'];
    await board.updateComplete;
    // The second header of each; Alt+→ is left out: Chromium takes it as "history forward".
    const gridHead = () =>
      shadow(grid).querySelectorAll<HTMLElement>('[role="columnheader"]')[1] as HTMLElement;
    const boardHead = () =>
      shadow(board).querySelectorAll<HTMLButtonElement>('[part="sort-button"]')[1] as HTMLButtonElement;
    for (const [el, head] of [
      [grid, gridHead],
      [board, boardHead],
    ] as const) {
      head().focus();
      const resized = await expectEvent<CustomEvent<ColumnChangeDetail>>(el, 'rl-column-change', async () => {
        headerKey(head(), 'ArrowLeft', false);
      });
      expect(resized.detail.reason, el.localName).to.equal('resize');
      expect(resized.detail.columns[1]?.id, el.localName).to.equal('name');
      expect(resized.detail.columns[1]?.width, el.localName).to.equal(el === grid ? 240 - 16 : 260 - 16);
      await el.updateComplete;
      head().focus();
      const moved = await expectEvent<CustomEvent<ColumnChangeDetail>>(el, 'rl-column-change', async () => {
        headerKey(head(), 'ArrowLeft', true);
      });
      expect(moved.detail.reason, el.localName).to.equal('reorder');
      expect(moved.detail.columns[0]?.id, el.localName).to.equal('name');
    }
  });

  it('moves through the board table by arrows that follow the writing direction', async () => {
    const el = await table(createProject(boardData()), 'rtl');
    const first = shadow(el).querySelector<HTMLElement>(
      '[role="row"][data-id] [data-col="1"]',
    ) as HTMLElement;
    first.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedCol(el)).to.equal('2');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedCol(el)).to.equal('0');
  });

  it('left to right, the board table arrows are unchanged', async () => {
    const el = await table(createProject(boardData()));
    const first = shadow(el).querySelector<HTMLElement>(
      '[role="row"][data-id] [data-col="1"]',
    ) as HTMLElement;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedCol(el)).to.equal('2');
  });

  it('moves a board table column toward the row end with Alt+Shift+ArrowLeft in right to left', async () => {
    const el = await table(createProject(boardData()), 'rtl');
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="sort-button"]') as HTMLButtonElement;
    button.focus();
    const event = await expectEvent<CustomEvent<ColumnChangeDetail>>(el, 'rl-column-change', async () => {
      await sendKeys({ down: 'Alt' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ up: 'Alt' });
    });
    expect(event.detail.reason).to.equal('reorder');
    expect(event.detail.columns.slice(0, 2).map((c) => c.id)).to.deep.equal(['status', 'name']);
  });

  it('takes rl-gantt’s column API on rl-board: ids or { id, width, header }, resizes written back', async () => {
    const el = await table(createProject(boardData()));
    el.columns = [{ id: 'name', width: 300, header: 'Task' }, 'status'];
    await el.updateComplete;
    const buttons = shadow(el).querySelectorAll<HTMLButtonElement>('[part="sort-button"]');
    expect([...buttons].map((b) => b.textContent?.trim())).to.deep.equal(['Task', 'Status']);
    const head = (buttons[0] as HTMLElement).parentElement as HTMLElement;
    expect(Math.round(head.getBoundingClientRect().width)).to.equal(300);
    (buttons[0] as HTMLButtonElement).focus();
    const event = await expectEvent<CustomEvent<ColumnChangeDetail>>(el, 'rl-column-change', async () => {
      headerKey(buttons[0] as HTMLElement, 'ArrowLeft', false);
    });
    expect(event.detail.columns).to.deep.equal([
      { id: 'name', width: 284 },
      { id: 'status', width: 140 },
    ]);
    expect(el.columns).to.deep.equal([{ id: 'name', width: 284, header: 'Task' }, 'status']);
  });

  it('keeps the deprecated columnWidths working under rl-board’s columns', async () => {
    const el = await table(createProject(boardData()));
    el.columns = ['name', { id: 'status', width: 90 }];
    el.columnWidths = { name: 200, status: 400 };
    await el.updateComplete;
    const heads = shadow(el).querySelectorAll<HTMLElement>('[part~="header-cell"]');
    // The select column, then name (from columnWidths), then status (its entry's width wins).
    expect(Math.round((heads[1] as HTMLElement).getBoundingClientRect().width)).to.equal(200);
    expect(Math.round((heads[2] as HTMLElement).getBoundingClientRect().width)).to.equal(90);
  });
});
