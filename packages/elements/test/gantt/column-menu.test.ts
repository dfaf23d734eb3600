import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import type { RlGantt } from '../../src/classes.js';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { PLANNER_COLUMN_IDS } from '../../src/gantt/planner-columns.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount } from '../helpers.js';
import { chord, click, data, mountGrid, settle, shadow } from './fixtures.js';

function button(el: RlGanttGrid): HTMLButtonElement {
  const found = shadow(el).querySelector<HTMLButtonElement>('[part="column-menu-button"]');
  if (!found) throw new Error('no column menu button');
  return found;
}

function menu(el: RlGanttGrid): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[role="menu"]');
}

function items(el: RlGanttGrid): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[role="menuitemcheckbox"]')];
}

function item(el: RlGanttGrid, id: string): HTMLElement {
  const found = items(el).find((i) => i.dataset.item === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function headers(el: RlGanttGrid): string[] {
  return [...shadow(el).querySelectorAll('[role="columnheader"] .label')].map((n) => n.textContent ?? '');
}

function active(el: RlGanttGrid): string | undefined {
  const node = shadow(el).activeElement;
  return node instanceof HTMLElement ? (node.dataset.item ?? node.getAttribute('part') ?? '') : undefined;
}

async function press(key: string, el: RlGanttGrid): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('rl-gantt-grid column menu', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('is a menu button with a menu of checkbox items, opened and closed by pointer', async () => {
    const { el } = await mountGrid();
    const b = button(el);
    expect(b.getAttribute('aria-haspopup')).to.equal('menu');
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    expect(b.closest('[role="treegrid"]')).to.equal(null);
    // In the header row's corner.
    const header = shadow(el).querySelector('[part="header"]')?.getBoundingClientRect();
    const box = b.getBoundingClientRect();
    expect(box.top).to.equal(header?.top);
    expect(box.height).to.equal(header?.height);
    await click(b);
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(b.getAttribute('aria-controls')).to.equal(menu(el)?.id);
    expect(menu(el)?.getAttribute('aria-labelledby')).to.equal(b.id);
    expect(items(el).map((i) => [i.textContent?.trim(), i.getAttribute('aria-checked')])).to.deep.equal([
      ['Row number', 'true'],
      ['Name', 'true'],
      ['Start', 'true'],
      ['End', 'true'],
      ['Duration', 'true'],
      ['Progress', 'true'],
      ['Assignees', 'true'],
      ['Resources', 'false'],
      ['Status', 'false'],
      ['Priority', 'false'],
      ['Predecessors', 'true'],
      ['WBS', 'false'],
      ['Constraint', 'false'],
      ['Constraint date', 'false'],
      ['Mode', 'false'],
      ['Calendar', 'false'],
      ['Deadline', 'false'],
      ['Total slack', 'false'],
      ['Free slack', 'false'],
      ['Baseline start', 'false'],
      ['Baseline end', 'false'],
      ['Start variance', 'false'],
      ['End variance', 'false'],
      ['Notes', 'false'],
    ]);
    expect(item(el, 'name').getAttribute('aria-disabled')).to.equal('true');
    expect(active(el)).to.equal('row');
    await expectAccessible(el);
    // A click on an item hides its column and leaves the menu open.
    const event = await expectEvent<CustomEvent>(el, 'rl-column-change', () => click(item(el, 'end')));
    expect(event.detail.reason).to.equal('remove');
    expect(event.detail.columns.map((c: { id: string }) => c.id)).to.not.include('end');
    await el.updateComplete;
    expect(headers(el)).to.not.include('End');
    expect(item(el, 'end').getAttribute('aria-checked')).to.equal('false');
    // A click outside closes it.
    const corner = shadow(el).querySelector('[data-row="0"][data-col="1"]') as HTMLElement;
    await click(corner);
    await el.updateComplete;
    expect(menu(el)).to.equal(null);
    expect(b.getAttribute('aria-expanded')).to.equal('false');
  });

  it('works by keyboard: ↓ opens, arrows move, Space toggles, Escape returns to the button', async () => {
    const { el } = await mountGrid();
    button(el).focus();
    await press('ArrowDown', el);
    expect(active(el)).to.equal('row');
    await press('ArrowUp', el);
    expect(active(el)).to.equal('notes');
    await press('Home', el);
    await press('ArrowDown', el);
    expect(active(el)).to.equal('name');
    // The name column stays.
    let changes = 0;
    el.addEventListener('rl-column-change', () => changes++);
    await press(' ', el);
    expect(changes).to.equal(0);
    expect(headers(el)).to.include('Name');
    await press('End', el);
    expect(active(el)).to.equal('notes');
    // Up from the planner columns, past Predecessors and Priority.
    for (let i = 0; i < PLANNER_COLUMN_IDS.length + 2; i++) await press('ArrowUp', el);
    expect(active(el)).to.equal('status');
    const shown = await expectEvent<CustomEvent>(el, 'rl-column-change', () => sendKeys({ press: 'Enter' }));
    expect(shown.detail.reason).to.equal('add');
    // Back where the menu lists it: after Assignees, before Predecessors.
    expect(shown.detail.columns.map((c: { id: string }) => c.id)).to.deep.equal([
      'row',
      'name',
      'start',
      'end',
      'duration',
      'progress',
      'assignees',
      'status',
      'predecessors',
    ]);
    await el.updateComplete;
    expect(headers(el).slice(-2)).to.deep.equal(['Status', 'Predecessors']);
    expect(active(el)).to.equal('status');
    await press('Escape', el);
    expect(menu(el)).to.equal(null);
    expect(active(el)).to.equal('column-menu-button');
    // Up opens on the last item; Tab closes and moves on.
    await press('ArrowUp', el);
    expect(active(el)).to.equal('notes');
    await press('Tab', el);
    expect(menu(el)).to.equal(null);
  });

  it('opens from a column header with Shift+F10', async () => {
    const { el } = await mountGrid();
    const head = shadow(el).querySelectorAll<HTMLElement>('[role="columnheader"]')[2] as HTMLElement;
    await click(shadow(el).querySelector('[data-row="0"][data-col="2"]') as HTMLElement);
    await sendKeys({ press: 'ArrowUp' });
    await settle();
    expect(shadow(el).activeElement).to.equal(head);
    await chord(['Shift'], 'F10');
    await el.updateComplete;
    expect(menu(el)).to.not.equal(null);
    expect(active(el)).to.equal('row');
    await press('Escape', el);
  });

  it('shows a hidden column again with the width and header it had, and keeps the active cell', async () => {
    const { el } = await mountGrid({
      columns: ['row', 'name', { id: 'assignees', width: 210, header: 'Owners' }, 'duration'],
    });
    await click(shadow(el).querySelector('[data-row="1"][data-col="3"]') as HTMLElement);
    await click(button(el));
    await el.updateComplete;
    await click(item(el, 'assignees'));
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['#', 'Name', 'Duration']);
    expect(item(el, 'assignees').textContent?.trim()).to.equal('Owners');
    expect(el.columns).to.deep.equal([
      { id: 'row', width: 48 },
      { id: 'name', width: 240 },
      { id: 'duration', width: 90 },
    ]);
    await click(item(el, 'assignees'));
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['#', 'Name', 'Owners', 'Duration']);
    expect(el.columns).to.deep.include({ id: 'assignees', width: 210, header: 'Owners' });
    await press('Escape', el);
    // The button follows the grid in tab order; the grid's tab stop is still the duration cell.
    await chord(['Shift'], 'Tab');
    await settle();
    const part = (shadow(el).activeElement as HTMLElement | null)?.getAttribute('part') ?? '';
    expect(part.split(' ')).to.include('cell-duration');
  });

  it('lets rl-before-column-change veto, and unsorts when the sorted column goes', async () => {
    const { el } = await mountGrid();
    el.sort = { column: 'progress', direction: 'ascending' };
    await el.updateComplete;
    el.addEventListener('rl-before-column-change', (e) => e.preventDefault(), { once: true });
    await click(button(el));
    await el.updateComplete;
    await click(item(el, 'progress'));
    await el.updateComplete;
    expect(headers(el)).to.include('Progress');
    expect(item(el, 'progress').getAttribute('aria-checked')).to.equal('true');
    const event = await expectEvent<CustomEvent>(el, 'rl-column-change', () => click(item(el, 'progress')));
    expect(event.detail.sort, JSON.stringify(event.detail)).to.equal(undefined);
    expect(el.sort).to.equal(undefined);
    expect(headers(el)).to.not.include('Progress');
  });

  it('has no axe violations with the menu open, in light, dark and high-contrast themes', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const el = await mount<RlGanttGrid>(
        html`<rl-gantt-grid .data=${data} .columns=${['row', 'name', 'start']}></rl-gantt-grid>`,
        theme,
      );
      await settle();
      button(el).focus();
      await press('ArrowDown', el);
      expect(menu(el)).to.not.equal(null);
      await expectAccessible(el);
      await press('Escape', el);
      cleanup();
    }
  });

  it('scrolls within a short grid rather than being cut off by it', async () => {
    const el = await mount<RlGantt>(
      html`<rl-gantt .data=${data} style="--rl-gantt-height: 300px"></rl-gantt>`,
    );
    await settle();
    const grid = shadow(el).querySelector('rl-gantt-grid') as RlGanttGrid;
    await click(button(grid));
    await grid.updateComplete;
    const list = menu(grid) as HTMLElement;
    expect(list.getBoundingClientRect().bottom).to.be.at.most(grid.getBoundingClientRect().bottom);
    expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
    // The last item is still reachable by keyboard, scrolled into view.
    await press('End', grid);
    const last = item(grid, 'notes').getBoundingClientRect();
    expect(last.bottom).to.be.at.most(list.getBoundingClientRect().bottom + 1);
    await press('Escape', grid);
  });

  it('in rl-gantt, updates the host columns for the page to store, read-only too', async () => {
    const el = await mount<RlGantt>(html`<rl-gantt .data=${data} readonly></rl-gantt>`);
    await settle();
    const grid = shadow(el).querySelector('rl-gantt-grid') as RlGanttGrid;
    const b = button(grid);
    const box = b.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 16), Math.round(box.top + 20)] });
    await grid.updateComplete;
    let heard: CustomEvent | undefined;
    document.addEventListener('rl-column-change', (e) => (heard = e), { once: true });
    const target = item(grid, 'duration').getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(target.left + 20), Math.round(target.top + target.height / 2)],
    });
    await el.updateComplete;
    expect(heard?.target).to.equal(el);
    expect(el.columns.map((c) => (typeof c === 'string' ? c : c.id))).to.deep.equal([
      'row',
      'name',
      'start',
      'end',
      'progress',
    ]);
    await expectAccessible(el);
  });
});
