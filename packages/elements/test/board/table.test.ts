import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/board.js';
import type { ColumnChangeDetail, RlBoard } from '../../src/classes.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount } from '../helpers.js';
import { boardData, touchDrag } from './fixtures.js';
import { cell, center, frames, mountTable, root, rows } from './table-helpers.js';

describe('rl-board table', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('groups items with colored headers and summary rows (count, status mix, range, average)', async () => {
    const el = await mountTable(createProject(boardData()));
    expect(rows(el)).to.deep.equal(['group:Web', 'a', 'c', 'summary', 'group:API', 'b', 'd', 'summary']);
    const summary = root(el).querySelector('[part~="summary-row"]') as HTMLElement;
    expect(summary.textContent).to.contain('2 items');
    expect(summary.querySelector('[part="status-mix"]')?.getAttribute('aria-label')).to.equal(
      'Status mix: 1 To do, 1 Doing',
    );
    expect(summary.textContent).to.contain('Mon 2 Mar – Wed 4 Mar');
    expect(summary.textContent).to.contain('avg 30%');
    expect(root(el).querySelector('[role="grid"]')?.getAttribute('aria-rowcount')).to.equal('9');
    expect(cell(el, 'c', 1).textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(root(el).querySelector('img')).to.equal(null);
  });

  it('collapses a group by keyboard', async () => {
    const el = await mountTable(createProject(boardData()));
    const header = root(el).querySelector<HTMLElement>('[part="group-cell"]') as HTMLElement;
    header.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['group:Web', 'group:API', 'b', 'd', 'summary']);
  });

  it('edits a cell inline: Enter opens, validation refuses bad input, Enter commits as one undo step', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    el.columns = ['name', 'status', 'progress', 'due'];
    await el.updateComplete;
    cell(el, 'a', 3).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>('[part="editor"]') as HTMLInputElement;
    expect(root(el).activeElement).to.equal(input);
    input.select();
    await sendKeys({ type: '150' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="editor-error"]')?.textContent).to.equal('Must be at most 100');
    expect(project.task('a')?.progress).to.equal(10);
    input.select();
    await sendKeys({ type: '80' });
    const event = await expectEvent<CustomEvent>(el, 'rl-item-change', () => sendKeys({ press: 'Enter' }));
    expect(event.detail).to.deep.include({ itemIds: ['a'], column: 'progress', source: 'edit' });
    expect(project.task('a')?.progress).to.equal(80);
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(cell(el, 'a', 3));
    expect(project.undo()).to.equal(true);
    expect(project.task('a')?.progress).to.equal(10);
  });

  it('edits a status with its select, and Escape cancels an edit', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    cell(el, 'a', 2).focus();
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    const select = root(el).querySelector<HTMLSelectElement>('select[part="editor"]') as HTMLSelectElement;
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(project.task('a')?.status).to.equal('done');
    cell(el, 'a', 1).focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'x' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(project.task('a')?.name).to.equal('Design login');
    expect(root(el).querySelector('[part="editor"]')).to.equal(null);
  });

  it('refuses a due date before the start', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    el.columns = ['name', 'due'];
    await el.updateComplete;
    cell(el, 'a', 2).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>('[part="editor"]') as HTMLInputElement;
    input.value = '2026-02-01';
    input.dispatchEvent(new Event('input'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="editor-error"]')?.textContent).to.contain('before the start');
    expect(project.task('a')?.end).to.equal('2026-03-04');
  });

  it('sorts by several keys with header clicks (Shift adds a key)', async () => {
    const el = await mountTable(createProject(boardData()));
    el.groupBy = 'none';
    await el.updateComplete;
    const headers = root(el).querySelectorAll<HTMLButtonElement>('[part="sort-button"]');
    const status = headers[1] as HTMLButtonElement;
    const name = headers[0] as HTMLButtonElement;
    await sendMouse({ type: 'click', position: center(status) });
    await el.updateComplete;
    await sendKeys({ down: 'Shift' });
    await sendMouse({ type: 'click', position: center(name) });
    await sendMouse({ type: 'click', position: center(name) });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(rows(el).filter((r) => r.length === 1)).to.deep.equal(['b', 'a', 'c', 'd']);
    expect(status.parentElement?.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('searches and filters', async () => {
    const el = await mountTable(createProject(boardData()));
    const search = root(el).querySelector<HTMLInputElement>('[part="search"]') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'spec' });
    await el.updateComplete;
    expect(rows(el).filter((r) => r.length === 1)).to.deep.equal(['b']);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const filter = root(el).querySelector<HTMLSelectElement>('[part="filter"]') as HTMLSelectElement;
    filter.value = 'done';
    filter.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows(el).filter((r) => r.length === 1)).to.deep.equal(['d']);
  });

  it('selects rows and changes their status in bulk in one transaction', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    cell(el, 'a', 0).focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="bulk-bar"]')?.textContent).to.contain('2 selected');
    const select = root(el).querySelector<HTMLSelectElement>('[part="bulk-select"]') as HTMLSelectElement;
    select.value = 'done';
    const event = await expectEvent<CustomEvent>(el, 'rl-item-change', () =>
      select.dispatchEvent(new Event('change')),
    );
    expect(event.detail).to.deep.include({ itemIds: ['a', 'c'], source: 'bulk' });
    expect(project.task('a')?.status).to.equal('done');
    expect(project.task('c')?.status).to.equal('done');
    project.undo();
    expect(project.task('a')?.status).to.equal('todo');
    expect(project.task('c')?.status).to.equal('doing');
  });

  it('drags a row by its handle into another group (group + order in one step)', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    const handle = root(el).querySelector('[data-id="a"] [part="row-handle"]') as HTMLElement;
    const target = root(el).querySelector('[role="row"][data-id="d"]') as HTMLElement;
    const from = center(handle);
    const r = target.getBoundingClientRect();
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from[0], from[1] + 10] });
    await frames();
    await sendMouse({ type: 'move', position: [from[0], Math.round(r.top + 4)] });
    await frames();
    const event = await expectEvent<CustomEvent>(el, 'rl-item-move', () => sendMouse({ type: 'up' }));
    expect(event.detail.to).to.deep.include({ column: 'api', index: 1 });
    await el.updateComplete;
    expect(project.task('a')?.groupId).to.equal('api');
    expect(rows(el)).to.deep.equal(['group:Web', 'c', 'summary', 'group:API', 'b', 'a', 'd', 'summary']);
  });

  it('drags a row and resizes a column by touch (the same pointer handlers)', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    const handle = root(el).querySelector('[data-id="a"] [part="row-handle"]') as HTMLElement;
    const target = root(el).querySelector('[role="row"][data-id="d"]') as HTMLElement;
    const r = target.getBoundingClientRect();
    const from = center(handle);
    await expectEvent(el, 'rl-item-move', () =>
      touchDrag(el, handle, from, [from[0], Math.round(r.top + 4)]),
    );
    expect(project.task('a')?.groupId).to.equal('api');
    expect(rows(el)).to.deep.equal(['group:Web', 'c', 'summary', 'group:API', 'b', 'a', 'd', 'summary']);

    const header = root(el).querySelectorAll<HTMLElement>('[part~="header-cell"]')[3] as HTMLElement;
    const grip = header.querySelector('[part="resize-handle"]') as HTMLElement;
    const [x, y] = center(grip);
    const event = await expectEvent<CustomEvent<ColumnChangeDetail>>(el, 'rl-column-change', () =>
      touchDrag(el, grip, [x, y], [x + 48, y]),
    );
    expect(event.detail.columns.find((c) => c.id === 'person')?.width).to.equal(198);
    await el.updateComplete;
    expect(Math.round(header.getBoundingClientRect().width)).to.equal(198);
  });

  it('moves a row with Alt+arrows', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    cell(el, 'c', 1).focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(rows(el).slice(0, 3)).to.deep.equal(['group:Web', 'c', 'a']);
  });

  it('hides and reorders columns from the picker and by Alt+Shift+arrows on a header', async () => {
    const el = await mountTable(createProject(boardData()));
    const changed = await expectEvent<CustomEvent<ColumnChangeDetail>>(el, 'rl-column-change', () => {
      const box = root(el).querySelectorAll<HTMLInputElement>(
        '[part="column-picker"] input',
      )[1] as HTMLInputElement;
      box.click();
    });
    expect(changed.detail.reason).to.equal('remove');
    expect(changed.detail.columns.map((c) => c.id)).to.deep.equal([
      'name',
      'person',
      'priority',
      'timeline',
      'progress',
    ]);
    expect(changed.detail.columns[0]?.width).to.equal(260);
    const header = root(el).querySelectorAll<HTMLButtonElement>(
      '[part="sort-button"]',
    )[1] as HTMLButtonElement;
    header.focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    const labels = [...root(el).querySelectorAll('[part="sort-button"]')].map((b) => b.textContent?.trim());
    expect(labels.slice(0, 2)).to.deep.equal(['Person', 'Item']);
  });

  it('reorders a column by dragging its header with a real pointer; a press without a drag still sorts', async () => {
    const el = await mountTable(createProject(boardData()));
    const labels = () =>
      [...root(el).querySelectorAll('[part="sort-button"]')].map((b) => b.textContent?.trim());
    expect(labels()).to.deep.equal(['Item', 'Status', 'Person', 'Priority', 'Timeline', 'Progress']);
    const button = (i: number) =>
      root(el).querySelectorAll<HTMLElement>('[part="sort-button"]')[i] as HTMLElement;
    const from = center(button(1));
    const to = center(button(3));
    const event = await expectEvent<CustomEvent<ColumnChangeDetail>>(el, 'rl-column-change', async () => {
      await sendMouse({ type: 'move', position: from });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [from[0] + 20, from[1]] });
      await sendMouse({ type: 'move', position: to });
      await sendMouse({ type: 'up' });
    });
    expect(event.detail.reason).to.equal('reorder');
    expect(event.detail.sortKeys).to.deep.equal([]);
    await el.updateComplete;
    expect(labels()).to.deep.equal(['Item', 'Person', 'Priority', 'Status', 'Timeline', 'Progress']);
    // The cells follow their headers.
    expect(cell(el, 'a', 4).querySelector('[part="pill"]')?.textContent).to.equal('To do');

    // Dropped on the select-all box's header: nowhere to go.
    const seen: string[] = [];
    el.addEventListener('rl-column-change', (e) => seen.push(e.detail.reason));
    const box = root(el).querySelector('[part~="select-cell"][role="columnheader"]') as HTMLElement;
    await sendMouse({ type: 'move', position: center(button(1)) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: center(box) });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(seen).to.deep.equal([]);

    await sendMouse({ type: 'click', position: center(button(2)) });
    await el.updateComplete;
    expect(seen).to.deep.equal(['sort']);
    expect(labels()).to.deep.equal(['Item', 'Person', 'Priority▲', 'Status', 'Timeline', 'Progress']);
  });

  it('resizes a column by dragging its header edge with a real pointer: one event, vetoable', async () => {
    const el = await mountTable(createProject(boardData()));
    const header = root(el).querySelectorAll<HTMLElement>('[part~="header-cell"]')[2] as HTMLElement;
    const before = header.getBoundingClientRect().width;
    expect(Math.round(before)).to.equal(140);
    const handle = header.querySelector('[part="resize-handle"]') as HTMLElement;
    const [x, y] = center(handle);
    const seen: string[] = [];
    el.addEventListener('rl-column-change', (e) => seen.push(e.detail.reason));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 30, y] });
    await frames();
    await el.updateComplete;
    // The preview follows the pointer before anything is committed.
    expect(Math.round(header.getBoundingClientRect().width)).to.equal(170);
    expect(seen).to.deep.equal([]);
    const event = await expectEvent<CustomEvent<ColumnChangeDetail>>(el, 'rl-column-change', () =>
      sendMouse({ type: 'move', position: [x + 60, y] })
        .then(() => frames())
        .then(() => sendMouse({ type: 'up' })),
    );
    expect(event.detail.reason).to.equal('resize');
    expect(event.detail.columns.find((c) => c.id === 'status')?.width).to.equal(200);
    await el.updateComplete;
    expect(Math.round(header.getBoundingClientRect().width)).to.equal(200);
    const cellWidth = cell(el, 'a', 2).getBoundingClientRect().width;
    expect(Math.round(cellWidth)).to.equal(200);
    expect(seen).to.deep.equal(['resize']);

    // A veto puts the width back; it never goes below the column's minimum.
    el.addEventListener('rl-before-column-change', (e) => e.preventDefault(), { once: true });
    await sendMouse({ type: 'move', position: [x + 60, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 400, y] });
    await frames();
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(Math.round(header.getBoundingClientRect().width)).to.equal(200);
    expect(seen).to.deep.equal(['resize']);
  });

  it('resizes by keyboard (Alt+arrows on a header, as in rl-gantt), and a host can own the widths', async () => {
    const el = await mountTable(createProject(boardData()));
    el.columnWidths = { name: 300 };
    await el.updateComplete;
    const button = root(el).querySelectorAll<HTMLButtonElement>(
      '[part="sort-button"]',
    )[0] as HTMLButtonElement;
    expect(Math.round((button.parentElement as HTMLElement).getBoundingClientRect().width)).to.equal(300);
    button.focus();
    const event = await expectEvent<CustomEvent<ColumnChangeDetail>>(el, 'rl-column-change', async () => {
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ up: 'Alt' });
    });
    expect(event.detail.columns[0]).to.deep.equal({ id: 'name', width: 284 });
    expect(el.columnWidths).to.deep.equal({ name: 284 });
    await el.updateComplete;
    expect(Math.round((button.parentElement as HTMLElement).getBoundingClientRect().width)).to.equal(284);
  });

  it('reports sorts in the same rl-column-change, every key in sortKeys; a veto keeps the order', async () => {
    const el = await mountTable(createProject(boardData()));
    const buttons = () => root(el).querySelectorAll<HTMLButtonElement>('[part="sort-button"]');
    const first = await expectEvent<CustomEvent<ColumnChangeDetail>>(el, 'rl-column-change', () =>
      (buttons()[3] as HTMLButtonElement).click(),
    );
    expect(first.detail.reason).to.equal('sort');
    expect(first.detail.sort).to.deep.equal({ column: 'priority', direction: 'ascending' });
    el.addEventListener('rl-before-column-change', (e) => e.preventDefault(), { once: true });
    (buttons()[0] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[aria-sort="ascending"]')).to.have.length(1);
    expect(buttons()[3]?.parentElement?.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('virtualizes 10k items and scrolls', async () => {
    const project = createProject(generateProject({ tasks: 10_000, statuses: true, people: 8, groups: 5 }));
    const el = await mountTable(project);
    await frames(2);
    await el.updateComplete;
    const count = root(el).querySelectorAll('[part~="table-body"] > [role="row"]').length;
    expect(count).to.be.lessThan(60);
    const body = root(el).querySelector('[part~="table-body"]') as HTMLElement;
    body.scrollTop = 36 * 5000;
    body.dispatchEvent(new Event('scroll'));
    await frames(2);
    await el.updateComplete;
    const indexes = [...root(el).querySelectorAll<HTMLElement>('[part~="table-body"] > [role="row"]')].map(
      (r) => Number(r.getAttribute('aria-rowindex')),
    );
    // Besides the active row (the first, which keeps a slot of its own), only rows near the view.
    expect(indexes.filter((i) => i !== 2).length).to.be.lessThan(60);
    expect(Math.min(...indexes.filter((i) => i !== 2))).to.be.greaterThan(4900);
  });

  it('keeps the focused row, and an open editor, while they scroll out of the drawn window', async () => {
    const project = createProject(generateProject({ tasks: 3000, statuses: true, people: 4, groups: 3 }));
    const el = await mountTable(project);
    const body = root(el).querySelector('[part~="table-body"]') as HTMLElement;
    const row = root(el).querySelector<HTMLElement>('[role="row"][aria-rowindex="3"]') as HTMLElement;
    const id = row.dataset.id as string;
    cell(el, id, 1).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'Renamed far away' });
    const scrollTo = async (top: number) => {
      body.scrollTop = top;
      body.dispatchEvent(new Event('scroll'));
      await frames(2);
      await el.updateComplete;
    };
    await scrollTo(36 * 2000);
    const rendered = [...root(el).querySelectorAll<HTMLElement>('[part~="table-body"] > [role="row"]')];
    expect(rendered.some((r) => Number(r.getAttribute('aria-rowindex')) > 1990)).to.equal(true);
    const editor = root(el).querySelector<HTMLInputElement>('[part~="editor"]');
    expect(editor?.value).to.equal('Renamed far away');
    expect(editor !== null && root(el).activeElement === editor).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(project.task(id)?.name).to.equal('Renamed far away');
    expect(root(el).activeElement === cell(el, id, 1)).to.equal(true);

    // Still scrolled away, a key moves focus on from the kept row and brings the next one into view.
    await sendKeys({ press: 'ArrowDown' });
    await frames(2);
    await el.updateComplete;
    const next = root(el).activeElement as HTMLElement;
    expect(next.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('4');
    expect(body.scrollTop).to.be.lessThan(36 * 4);
  });

  it('readonly: no editors, no handles', async () => {
    const project = createProject(boardData());
    const el = await mountTable(project);
    el.readonly = true;
    await el.updateComplete;
    expect(root(el).querySelector('[part="row-handle"]')).to.equal(null);
    cell(el, 'a', 1).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="editor"]')).to.equal(null);
  });

  it('has no axe violations in three themes', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const el = await mount<RlBoard>(html`<rl-board view="table" .data=${boardData()}></rl-board>`, theme);
      await expectAccessible(el);
      cleanup();
    }
  });
});
