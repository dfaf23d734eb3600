import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { RlBoard } from '../../src/classes.js';
import { cleanup, expectAccessible, expectEvent, litWarnings } from '../helpers.js';
import { boardData } from './fixtures.js';
import { cell, center, mountTable, root } from './table-helpers.js';

/** The item ids whose box is checked, in row order. */
function checked(el: RlBoard): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('[role="row"][data-id]')]
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .filter((r) => r.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked)
    .map((r) => r.dataset.id ?? '');
}

function bulkText(el: RlBoard): string | undefined {
  return root(el).querySelector('[part="bulk-bar"]')?.textContent ?? undefined;
}

function box(el: RlBoard, id: string): HTMLInputElement {
  return root(el).querySelector(`[role="row"][data-id="${id}"] input[type="checkbox"]`) as HTMLInputElement;
}

/** A real click on a node's middle, with modifier keys held. */
async function click(node: Element, ...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ down: key });
  await sendMouse({ type: 'click', position: center(node) });
  for (const key of keys.reverse()) await sendKeys({ up: key });
}

describe('rl-board table selection', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('a plain click focuses; Ctrl+click toggles a row, Shift+click selects the range, told by rl-selection-change', async () => {
    const el = await mountTable(createProject(boardData()));
    // Rows: Web (a, c), API (b, d).
    await click(cell(el, 'a', 1));
    await el.updateComplete;
    expect(el.selection).to.deep.equal([]);
    expect(root(el).activeElement).to.equal(cell(el, 'a', 1));
    expect(bulkText(el)).to.equal(undefined);

    const first = await expectEvent<CustomEvent>(el, 'rl-selection-change', () =>
      click(cell(el, 'c', 1), 'Control'),
    );
    expect(first.detail.selection).to.deep.equal(['c']);
    await el.updateComplete;
    expect(el.selection).to.deep.equal(['c']);
    expect(checked(el)).to.deep.equal(['c']);
    expect(bulkText(el)).to.contain('1 selected');

    // The range runs from the anchor (c) to d in the rows' order, across the group header.
    await click(cell(el, 'd', 2), 'Shift');
    await el.updateComplete;
    expect(el.selection).to.deep.equal(['c', 'b', 'd']);
    expect(checked(el)).to.deep.equal(['c', 'b', 'd']);
    expect(bulkText(el)).to.contain('3 selected');

    await click(cell(el, 'c', 1), 'Control');
    await el.updateComplete;
    expect(el.selection).to.deep.equal(['b', 'd']);
    expect(checked(el)).to.deep.equal(['b', 'd']);
  });

  it('by keyboard: Space toggles, Shift+↓ extends, Ctrl+A selects every item, Escape clears', async () => {
    const el = await mountTable(createProject(boardData()));
    cell(el, 'a', 1).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal(['a']);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal([]);

    // With no anchor yet, the range starts at the row the key was pressed on.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal(['a', 'c']);
    expect(root(el).activeElement).to.equal(cell(el, 'c', 1));

    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect([...el.selection].sort()).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(checked(el)).to.deep.equal(['a', 'c', 'b', 'd']);
    const all = root(el).querySelector<HTMLInputElement>('[part~="header-cell"] input') as HTMLInputElement;
    expect(all.checked).to.equal(true);

    const cleared = await expectEvent<CustomEvent>(el, 'rl-selection-change', () =>
      sendKeys({ press: 'Escape' }),
    );
    expect(cleared.detail.selection).to.deep.equal([]);
    await el.updateComplete;
    expect(checked(el)).to.deep.equal([]);
    expect(bulkText(el)).to.equal(undefined);
    expect(all.checked).to.equal(false);
    // Focus stays on its cell.
    expect(root(el).activeElement).to.equal(cell(el, 'c', 1));
  });

  it("boxes: a row's box toggles it, Shift on a box selects the range, the header's box all or none", async () => {
    const el = await mountTable(createProject(boardData()));
    await click(box(el, 'a'));
    await el.updateComplete;
    expect(el.selection).to.deep.equal(['a']);
    await click(box(el, 'b'), 'Shift');
    await el.updateComplete;
    expect(el.selection).to.deep.equal(['a', 'c', 'b']);
    expect(checked(el)).to.deep.equal(['a', 'c', 'b']);
    // A Shift+click on a box already in the range keeps it checked.
    await click(box(el, 'c'), 'Shift');
    await el.updateComplete;
    expect(el.selection).to.deep.equal(['a', 'c']);
    expect(box(el, 'c').checked).to.equal(true);

    const all = () =>
      root(el).querySelector<HTMLInputElement>('[part~="header-cell"] input') as HTMLInputElement;
    await click(all());
    await el.updateComplete;
    expect(checked(el)).to.deep.equal(['a', 'c', 'b', 'd']);
    await click(all());
    await el.updateComplete;
    expect(el.selection).to.deep.equal([]);
    expect(checked(el)).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('a page can veto a selection or set one; the bulk bar clears it', async () => {
    const el = await mountTable(createProject(boardData()));
    el.addEventListener('rl-before-selection-change', (e) => e.preventDefault(), { once: true });
    await click(box(el, 'a'));
    await el.updateComplete;
    expect(el.selection).to.deep.equal([]);
    expect(box(el, 'a').checked).to.equal(false);
    cell(el, 'a', 1).focus();
    el.addEventListener('rl-before-selection-change', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(checked(el)).to.deep.equal([]);

    el.selection = ['d', 'b'];
    await el.updateComplete;
    expect(checked(el)).to.deep.equal(['b', 'd']);
    expect(bulkText(el)).to.contain('2 selected');
    const clear = root(el).querySelector('[part="bulk-clear"]') as HTMLElement;
    const event = await expectEvent<CustomEvent>(el, 'rl-selection-change', () => click(clear));
    expect(event.detail.selection).to.deep.equal([]);
    await el.updateComplete;
    expect(checked(el)).to.deep.equal([]);
    expect(bulkText(el)).to.equal(undefined);
  });
});
