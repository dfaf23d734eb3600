import { expect } from '@open-wc/testing';
import { createProject, type Project } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/board.js';
import type { RlBoard } from '../../src/classes.js';
import {
  cleanup,
  expectAccessible,
  expectEvent,
  litWarnings,
  mount,
  trackSubscriptions,
} from '../helpers.js';
import { boardData, touchDrag } from './fixtures.js';

function root(el: RlBoard): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function card(el: RlBoard, id: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`[part~="card"][data-id="${id}"]`);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

/** Card ids of each column, left to right. */
function columns(el: RlBoard): string[][] {
  return [...root(el).querySelectorAll<HTMLElement>('[part~="cards"]')].map((list) =>
    [...list.querySelectorAll<HTMLElement>('[part~="card"]')].map((c) => c.dataset.id ?? ''),
  );
}

function center(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

async function drag(el: RlBoard, from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [from[0] + 10, from[1] + 10] });
  await frames();
  await sendMouse({ type: 'move', position: to });
  await frames();
  await sendMouse({ type: 'up' });
  await el.updateComplete;
}

async function mountBoard(project: Project, extra = ''): Promise<RlBoard> {
  const el = await mount<RlBoard>(
    html`<rl-board .project=${project} today="2026-03-10" lane-field=${extra || undefined}></rl-board>`,
  );
  await frames();
  await el.updateComplete;
  return el;
}

describe('rl-board kanban', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('shows columns by status with counts, cards with their details, hostile names as text', async () => {
    const el = await mountBoard(createProject(boardData()));
    expect(columns(el)).to.deep.equal([['a', 'b'], ['c'], ['d']]);
    const titles = [...root(el).querySelectorAll('[part="column-title"]')].map((t) => t.textContent?.trim());
    expect(titles).to.deep.equal(['To do', 'Doing', 'Done']);
    expect(card(el, 'c').textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(root(el).querySelector('img')).to.equal(null);
    const a = card(el, 'a');
    expect(a.getAttribute('part')).to.contain('late');
    expect(a.querySelector('[part~="due"]')?.textContent).to.contain('Tue 3 Mar');
    expect(a.querySelector('[part~="avatar"]')?.textContent).to.contain('AL');
    expect(a.querySelector('[part="priority"]')?.textContent).to.equal('High');
    expect(card(el, 'd').getAttribute('part')).to.not.contain('late');
  });

  it('keeps its store, items and today off the element: its views get them through an adapter', async () => {
    const el = await mountBoard(createProject(boardData()));
    for (const name of ['store', 'items', 'todayDay', 'source', 'kanban', 'table'])
      expect(name in el, name).to.equal(false);
    // The views still read them: the items show, and today (2026-03-10) marks a late card.
    expect(columns(el)).to.deep.equal([['a', 'b'], ['c'], ['d']]);
    expect(card(el, 'a').getAttribute('part')).to.contain('late');
    el.today = '2026-03-01';
    await el.updateComplete;
    expect(card(el, 'a').getAttribute('part')).to.not.contain('late');
  });

  it('drags a card to another column with a real pointer: status and order in one undo step', async () => {
    const project = createProject(boardData());
    const el = await mountBoard(project);
    const lists = root(el).querySelectorAll('[part~="cards"]');
    const target = lists[1] as HTMLElement;
    const r = target.getBoundingClientRect();
    const batches: number[] = [];
    project.subscribe((b) => batches.push(b.version));
    const event = await expectEvent<CustomEvent>(el, 'rl-item-move', () =>
      drag(el, center(card(el, 'a')), [Math.round(r.left + 40), Math.round(r.top + 4)]),
    );
    expect(event.detail).to.deep.include({ itemId: 'a', field: 'status', source: 'pointer' });
    expect(event.detail.to).to.deep.equal({ column: 'doing', lane: undefined, index: 0 });
    expect(project.task('a')?.status).to.equal('doing');
    expect(batches).to.have.length(1);
    await el.updateComplete;
    expect(columns(el)).to.deep.equal([['b'], ['a', 'c'], ['d']]);
    const saved = createProject(project.toJSON());
    expect(saved.task('a')?.order).to.be.lessThan(saved.task('c')?.order ?? 0);
    project.undo();
    await el.updateComplete;
    expect(columns(el)).to.deep.equal([['a', 'b'], ['c'], ['d']]);
  });

  it('drags a card by touch from its handle; a touch elsewhere on the card leaves it (the column scrolls)', async () => {
    const project = createProject(boardData());
    const el = await mountBoard(project);
    const target = root(el).querySelectorAll<HTMLElement>('[part~="cards"]')[2] as HTMLElement;
    const r = target.getBoundingClientRect();
    const to: [number, number] = [Math.round(r.left + 40), Math.round(r.top + 4)];
    const moves: string[] = [];
    el.addEventListener('rl-item-move', (e) => moves.push(e.detail.itemId));
    const name = card(el, 'b').querySelector('[part="card-name"]') as HTMLElement;
    await touchDrag(el, name, center(name), to);
    expect(moves).to.deep.equal([]);
    expect(project.task('b')?.status).to.equal('todo');
    const handle = card(el, 'b').querySelector('[part="card-handle"]') as HTMLElement;
    const event = await expectEvent<CustomEvent>(el, 'rl-item-move', () =>
      touchDrag(el, handle, center(handle), to),
    );
    expect(event.detail).to.deep.include({ itemId: 'b', source: 'pointer' });
    expect(event.detail.to).to.deep.equal({ column: 'done', lane: undefined, index: 0 });
    expect(project.task('b')?.status).to.equal('done');
    await el.updateComplete;
    expect(columns(el)).to.deep.equal([['a'], ['c'], ['b', 'd']]);
  });

  it('reorders within a column by pointer', async () => {
    const project = createProject(boardData());
    const el = await mountBoard(project);
    const list = root(el).querySelector('[part~="cards"]') as HTMLElement;
    const r = list.getBoundingClientRect();
    await drag(el, center(card(el, 'a')), [Math.round(r.left + 40), Math.round(r.top + 235)]);
    expect(columns(el)[0]).to.deep.equal(['b', 'a']);
    expect(project.task('a')?.order).to.be.greaterThan(project.task('b')?.order ?? 0);
  });

  it('moves a card with the keyboard: Space lifts, arrows move, Space drops, announced; Ctrl+Z undoes', async () => {
    const project = createProject(boardData());
    const el = await mountBoard(project);
    card(el, 'a').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await frames();
    const region = root(el).querySelector('[part~="announcer"]');
    expect(region?.textContent).to.contain('Lifted Design login');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(columns(el)[1]).to.deep.equal(['c', 'a']);
    expect(project.task('a')?.status).to.equal('todo');
    const moved = await expectEvent<CustomEvent>(el, 'rl-item-move', () => sendKeys({ press: 'Space' }));
    expect(moved.detail.source).to.equal('keyboard');
    expect(moved.detail.to).to.deep.include({ column: 'doing', index: 1 });
    expect(project.task('a')?.status).to.equal('doing');
    await el.updateComplete;
    await frames();
    expect(region?.textContent).to.contain('Dropped Design login');
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('a');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(project.task('a')?.status).to.equal('todo');
    expect(columns(el)[0]).to.deep.equal(['a', 'b']);
  });

  it('Escape cancels a keyboard lift and nothing changes', async () => {
    const project = createProject(boardData());
    const el = await mountBoard(project);
    card(el, 'b').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(columns(el)[1]).to.include('b');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(columns(el)).to.deep.equal([['a', 'b'], ['c'], ['d']]);
    expect(project.version).to.equal(0);
  });

  it('a canceled rl-before-item-move leaves the store alone', async () => {
    const project = createProject(boardData());
    const el = await mountBoard(project);
    el.addEventListener('rl-before-item-move', (e) => e.preventDefault());
    card(el, 'a').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(project.task('a')?.status).to.equal('todo');
    expect(project.version).to.equal(0);
  });

  it('marks a column over its WIP limit and fires rl-wip-exceeded; blocking refuses the move', async () => {
    const project = createProject(boardData());
    const el = await mountBoard(project);
    el.wipLimits = { doing: 1 };
    await el.updateComplete;
    const event = await expectEvent<CustomEvent>(el, 'rl-wip-exceeded', async () => {
      card(el, 'a').focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
    });
    expect(event.detail).to.deep.include({ column: 'doing', limit: 1, count: 2, blocked: false });
    await el.updateComplete;
    expect(project.task('a')?.status).to.equal('doing');
    const header = root(el).querySelectorAll('[part~="column-header"]')[1];
    expect(header?.getAttribute('part')).to.contain('over-limit');
    expect(header?.querySelector('[part="count"]')?.textContent).to.equal('2 / 1');
    el.wipBlocking = true;
    await el.updateComplete;
    const blocked = await expectEvent<CustomEvent>(el, 'rl-wip-exceeded', async () => {
      card(el, 'b').focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
    });
    expect(blocked.detail.blocked).to.equal(true);
    expect(project.task('b')?.status).to.equal('todo');
  });

  it('adds a card at the end of a column', async () => {
    const project = createProject(boardData());
    const el = await mountBoard(project);
    const add = root(el).querySelectorAll<HTMLButtonElement>('[part="add-card"]')[1] as HTMLButtonElement;
    await sendMouse({ type: 'click', position: center(add) });
    await el.updateComplete;
    await sendKeys({ type: 'Fix flaky test' });
    const event = await expectEvent<CustomEvent>(el, 'rl-item-create', () => sendKeys({ press: 'Enter' }));
    const id = event.detail.itemId as string;
    expect(project.task(id)).to.deep.include({ name: 'Fix flaky test', status: 'doing' });
    await el.updateComplete;
    expect(columns(el)[1]).to.deep.equal(['c', id]);
  });

  it('collapses and expands a column', async () => {
    const el = await mountBoard(createProject(boardData()));
    const button = root(el).querySelector<HTMLButtonElement>('[part="collapse-button"]') as HTMLButtonElement;
    await sendMouse({ type: 'click', position: center(button) });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(columns(el)).to.deep.equal([['c'], ['d']]);
    await sendMouse({ type: 'click', position: center(button) });
    await el.updateComplete;
    expect(columns(el)).to.deep.equal([['a', 'b'], ['c'], ['d']]);
  });

  it('splits into swimlanes and moves across lanes', async () => {
    const project = createProject(boardData());
    const el = await mountBoard(project, 'group');
    const lanes = [...root(el).querySelectorAll('[part="lane-header"]')].map(
      (h) => h.textContent?.trim().split(/\s+/)[0],
    );
    expect(lanes).to.deep.equal(['Web', 'API']);
    card(el, 'a').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(project.task('a')).to.deep.include({ groupId: 'api', status: 'todo' });
  });

  it('columns by another field (priority)', async () => {
    const el = await mountBoard(createProject(boardData()));
    el.columnField = 'priority';
    await el.updateComplete;
    const titles = [...root(el).querySelectorAll('[part="column-title"]')].map((t) => t.textContent?.trim());
    expect(titles).to.deep.equal(['No priority', 'High', 'Low']);
  });

  it('readonly: nothing lifts', async () => {
    const project = createProject(boardData());
    const el = await mountBoard(project);
    el.readonly = true;
    await el.updateComplete;
    card(el, 'a').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Space' });
    expect(project.version).to.equal(0);
    expect(root(el).querySelector('[part="add-card"]')).to.equal(null);
  });

  it('virtualizes a 2k-card column and still reaches the last card by keyboard', async () => {
    const data = generateProject({ tasks: 2200, statuses: true, people: 5 });
    const project = createProject(data);
    const el = await mountBoard(project);
    const rendered = root(el).querySelectorAll('[part~="card"]').length;
    expect(rendered).to.be.lessThan(200);
    const first = root(el).querySelector<HTMLElement>('[part~="card"][tabindex="0"]') as HTMLElement;
    first.focus();
    for (let i = 0; i < 12; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await frames(3);
    const focused = root(el).activeElement as HTMLElement;
    expect(Number(focused.getAttribute('aria-posinset'))).to.equal(13);
  });

  it('follows another view editing the shared store', async () => {
    const project = createProject(boardData());
    const el = await mountBoard(project);
    project.updateTask('d', { status: 'todo' });
    await el.updateComplete;
    expect(columns(el)[0]).to.include('d');
  });

  it('leaves no subscription behind after 200 mounts and unmounts', async () => {
    const project = createProject(boardData());
    const subscriptions = trackSubscriptions(project);
    for (let i = 0; i < 200; i++) {
      const el = await mount<RlBoard>(html`<rl-board .project=${project}></rl-board>`);
      el.remove();
      await el.updateComplete;
      cleanup();
    }
    expect(subscriptions.active).to.equal(0);
  });

  it('has no axe violations in three themes, lifted or not', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const el = await mount<RlBoard>(
        html`<rl-board .data=${boardData()} lane-field="group" today="2026-03-10"></rl-board>`,
        theme,
      );
      await expectAccessible(el);
      cleanup();
    }
  });
});
