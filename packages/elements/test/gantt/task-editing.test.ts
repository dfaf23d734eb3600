import { expect } from '@open-wc/testing';
import { createProject, type Project } from '@roadline/core';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/gantt.js';
import type { RlGantt } from '../../src/classes.js';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { loadLocale } from '../../src/i18n/catalogue.js';
import { cleanup, expectAccessible, litWarnings, mount } from '../helpers.js';
import {
  cell,
  chooseInMenu,
  click,
  data,
  menuButton,
  menuItems,
  mountGrid,
  rowIds,
  settle,
  shadow,
} from './fixtures.js';

function menu(el: Element): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[role="menu"][part="task-menu"]');
}

function menuLabels(el: Element): string[] {
  return [...(menu(el)?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])].map((i) =>
    (i.textContent ?? '').trim(),
  );
}

function dialog(el: Element): HTMLDialogElement | null {
  return shadow(el).querySelector<HTMLDialogElement>('dialog.confirm:not(.link-picker)');
}

async function rightClick(node: Element): Promise<void> {
  node.scrollIntoView({ block: 'nearest' });
  await settle();
  const box = node.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    button: 'right',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
  await settle();
}

async function pick(el: RlGanttGrid, label: string): Promise<void> {
  const labels = menuLabels(el);
  const at = labels.indexOf(label);
  expect(at, `menu has ${label}: ${labels.join(', ')}`).to.be.at.least(0);
  // By keyboard: the first item has focus; ArrowDown to the item, Enter.
  for (let i = 0; i < at; i++) await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await settle();
}

describe('deleting and adding tasks in the Gantt grid', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('Delete removes the selected leaf tasks with their links, as one undo step', async () => {
    const { el, project } = await mountGrid();
    const removed: unknown[] = [];
    el.addEventListener('rl-task-remove', (e) => removed.push(e.detail));
    await click(cell(el, 'review', 'name'));
    await sendKeys({ press: 'Delete' });
    await settle();
    expect(project.task('review')).to.equal(undefined);
    expect(project.dependency('d1')).to.equal(undefined);
    expect(project.dependency('d2')).to.equal(undefined);
    expect(removed).to.deep.equal([{ taskIds: ['review'], count: 1 }]);
    expect(rowIds(el)).to.not.include('review');
    project.undo();
    expect(project.task('review')?.name).to.equal('Review brief');
    expect(
      project
        .dependencies()
        .map((d) => d.id)
        .sort(),
    ).to.deep.equal(['d1', 'd2', 'd3']);
  });

  it('a summary asks first with its subtask count; No keeps it, Yes removes the subtree', async () => {
    const { el, project } = await mountGrid();
    await click(cell(el, 'plan', 'name'));
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    const ask = dialog(el);
    expect(ask?.open).to.equal(true);
    expect(ask?.textContent).to.contain('Delete “Plan” and its 2 subtasks?');
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el)).to.equal(null);
    expect(project.task('plan')).to.not.equal(undefined);
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    // The confirm button has focus: Enter says yes.
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(['plan', 'brief', 'review'].map((id) => project.task(id))).to.deep.equal([
      undefined,
      undefined,
      undefined,
    ]);
    expect(project.undo()).to.equal(true);
    expect(['plan', 'brief', 'review'].every((id) => project.task(id) !== undefined)).to.equal(true);
    expect(project.dependency('d1')?.from).to.equal('brief');
  });

  it('a vetoed rl-before-task-remove changes nothing; read-only grids delete nothing', async () => {
    const { el, project } = await mountGrid();
    el.addEventListener('rl-before-task-remove', (e) => e.preventDefault());
    await click(cell(el, 'code', 'name'));
    await sendKeys({ press: 'Delete' });
    await settle();
    expect(project.task('code')).to.not.equal(undefined);
    cleanup();
    const ro = await mountGrid({ readonly: true });
    await click(cell(ro.el, 'code', 'name'));
    await sendKeys({ press: 'Delete' });
    await settle();
    expect(ro.project.task('code')).to.not.equal(undefined);
  });

  it('the row menu opens by right click and by keyboard, and adds above, below and under', async () => {
    const { el, project } = await mountGrid();
    await rightClick(cell(el, 'code', 'name'));
    expect(menuLabels(el)).to.deep.equal([
      'Add task above',
      'Add task below',
      'Add subtask',
      'Indent',
      'Outdent',
      'Convert to milestone',
      'Link to…',
      'Delete',
    ]);
    await expectAccessible(el);
    await pick(el, 'Add task above');
    const build = project.children('build').map((t) => t.name);
    expect(build).to.deep.equal(['New task', 'Code']);
    // The new task's name is being edited: Escape leaves it.
    await sendKeys({ press: 'Escape' });
    await click(cell(el, 'code', 'name'));
    await sendKeys({ press: 'ContextMenu' });
    await el.updateComplete;
    await settle();
    expect(menu(el)).to.not.equal(null);
    await pick(el, 'Add subtask');
    expect(project.children('code').map((t) => t.name)).to.deep.equal(['New task']);
    await sendKeys({ press: 'Escape' });
    // Escape on the menu closes it back to the row.
    await click(cell(el, 'ship', 'name'));
    await sendKeys({ press: 'ContextMenu' });
    await settle();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(menu(el)).to.equal(null);
    expect(shadow(el).activeElement?.closest('[data-id]')?.getAttribute('data-id')).to.equal('ship');
  });

  it('the menu converts to a milestone and back, and indents', async () => {
    const { el, project } = await mountGrid();
    await rightClick(cell(el, 'review', 'name'));
    await pick(el, 'Convert to milestone');
    expect(project.task('review')?.type).to.equal('milestone');
    await rightClick(cell(el, 'review', 'name'));
    expect(menuLabels(el)).to.include('Convert to task');
    await pick(el, 'Convert to task');
    expect(project.task('review')?.type).to.equal('task');
    // Review is linked to Brief, so it cannot go under it; Ship can go under Build.
    await rightClick(cell(el, 'ship', 'name'));
    await pick(el, 'Indent');
    expect(project.task('ship')?.parentId).to.equal('build');
  });

  it('"Link to…" links the task to the chosen successor; a cycle is refused and announced', async () => {
    const { el, project } = await mountGrid();
    await rightClick(cell(el, 'brief', 'name'));
    await pick(el, 'Link to…');
    const picker = shadow(el).querySelector<HTMLDialogElement>('dialog.link-picker');
    expect(picker?.open).to.equal(true);
    await expectAccessible(el);
    const to = picker?.querySelector<HTMLSelectElement>('select[name="to"]');
    if (!to) throw new Error('no successor list');
    to.value = 'ship';
    picker?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    expect(project.dependencies().some((d) => d.from === 'brief' && d.to === 'ship')).to.equal(true);
    // ship → brief would close a loop: refused, nothing added.
    const count = project.dependencies().length;
    await rightClick(cell(el, 'ship', 'name'));
    await pick(el, 'Link to…');
    const again = shadow(el).querySelector<HTMLDialogElement>('dialog.link-picker');
    const list = again?.querySelector<HTMLSelectElement>('select[name="to"]');
    if (!list) throw new Error('no successor list');
    list.value = 'brief';
    again?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    expect(project.dependencies().length).to.equal(count);
  });

  it('deleting several selected tasks from the menu removes them all in one step', async () => {
    const { el, project } = await mountGrid();
    await click(cell(el, 'review', 'name'));
    await sendKeys({ down: 'Control' });
    await click(cell(el, 'ship', 'name'));
    await sendKeys({ up: 'Control' });
    await rightClick(cell(el, 'ship', 'name'));
    expect(menuLabels(el)).to.include('Delete 2 tasks');
    await pick(el, 'Delete 2 tasks');
    expect(project.task('review')).to.equal(undefined);
    expect(project.task('ship')).to.equal(undefined);
    expect(el.selection).to.deep.equal([]);
    project.undo();
    expect(project.task('review')).to.not.equal(undefined);
    expect(project.task('ship')).to.not.equal(undefined);
  });
});

describe('the Gantt toolbar', () => {
  afterEach(() => cleanup());

  async function mountGantt(project: Project = createProject(data)): Promise<RlGantt> {
    const el = await mount<RlGantt>(
      html`<rl-gantt .project=${project} today="2026-03-20" style="height: 420px; width: 1100px"></rl-gantt>`,
    );
    await settle();
    return el;
  }

  function grid(el: RlGantt): RlGanttGrid {
    const g = shadow(el).querySelector<RlGanttGrid>('rl-gantt-grid');
    if (!g) throw new Error('no grid');
    return g;
  }

  function tool(el: RlGantt, label: string): HTMLElement {
    const found = [
      ...shadow(el).querySelectorAll<HTMLElement>(
        '[part="toolbar"] button, [part="toolbar"] select, [part="toolbar"] input',
      ),
    ].find((b) => b.getAttribute('aria-label') === label || b.textContent?.trim() === label);
    if (!found) throw new Error(`no tool ${label}`);
    return found;
  }

  it('zooms out and in, and is accessible', async () => {
    const el = await mountGantt();
    expect(el.zoom).to.equal('week');
    await click(tool(el, 'Zoom out'));
    await el.updateComplete;
    expect(el.zoom).to.equal('month');
    await click(tool(el, 'Zoom in'));
    await click(tool(el, 'Zoom in'));
    await el.updateComplete;
    expect(el.zoom).to.equal('day');
    await expectAccessible(el);
  });

  it('search marks the rows it finds and Enter jumps between them, selecting each', async () => {
    const el = await mountGantt();
    // A Search button until first used; it opens the box, focused.
    expect(shadow(el).querySelector('input[part~="search"]')).to.equal(null);
    await click(tool(el, 'Search tasks'));
    await el.updateComplete;
    const input = tool(el, 'Search tasks') as HTMLInputElement;
    expect(input.tagName).to.equal('INPUT');
    expect(shadow(el).activeElement).to.equal(input);
    await sendKeys({ type: 'brief' });
    await el.updateComplete;
    await settle();
    const marked = [...shadow(grid(el)).querySelectorAll<HTMLElement>('[part~="match"]')].map(
      (r) => r.dataset.id,
    );
    expect(marked.sort()).to.deep.equal(['brief', 'review']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal(['brief']);
    expect(shadow(el).querySelector('.found')?.textContent?.trim()).to.equal('1 of 2');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal(['review']);
    await sendKeys({ press: 'Enter' });
    expect(el.selection).to.deep.equal(['brief']);
  });

  it('filters both panes by person, critical and late, keeping summaries', async () => {
    const el = await mountGantt();
    await chooseInMenu(el, 'filter-menu', 'person:ann');
    await el.updateComplete;
    await settle();
    expect(el.filter).to.deep.equal({ people: ['ann'] });
    expect(menuButton(el, 'filter-menu').getAttribute('part')).to.contain('active');
    // A radio item keeps the menu open, checked; Escape closes it back to its button.
    const people = menuItems(el, 'filter-menu', 'Person filter');
    expect(people.find((i) => i.dataset.item === 'person:ann')?.getAttribute('aria-checked')).to.equal(
      'true',
    );
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(menuItems(el, 'filter-menu')).to.deep.equal([]);
    expect(shadow(el).activeElement).to.equal(menuButton(el, 'filter-menu'));
    expect(rowIds(grid(el))).to.deep.equal(['build', 'code']);
    const bars = () =>
      [
        ...(shadow(el)
          .querySelector('rl-timeline')
          ?.shadowRoot?.querySelectorAll<SVGElement>('[data-task]') ?? []),
      ]
        .map((b) => b.dataset.task)
        .sort();
    expect(bars()).to.deep.equal(['build', 'code']);
    await chooseInMenu(el, 'filter-menu', 'person:');
    await sendKeys({ press: 'Escape' });
    expect(el.filter).to.deep.equal({ people: [] });
    await click(tool(el, 'Late'));
    await el.updateComplete;
    await settle();
    // On the 20th every unfinished task has ended: all but none done.
    expect(rowIds(grid(el))).to.include.members(['plan', 'brief', 'review', 'code', 'ship']);
    expect(tool(el, 'Late').getAttribute('aria-pressed')).to.equal('true');
    await click(tool(el, 'Late'));
    await click(tool(el, 'Critical'));
    await el.updateComplete;
    await settle();
    expect(rowIds(grid(el))).to.deep.equal(
      ['plan', 'brief', 'review', 'build', 'code', 'ship'].filter(
        (id) => el.project?.scheduled(id)?.critical || el.project?.isSummary(id),
      ),
    );
  });

  it('undo and redo, take a baseline and show it', async () => {
    const project = createProject(data);
    const el = await mountGantt(project);
    expect((tool(el, 'Undo') as HTMLButtonElement).disabled).to.equal(true);
    project.updateTask('code', { duration: 7 });
    await el.updateComplete;
    await click(tool(el, 'Undo'));
    expect(project.task('code')?.duration).to.equal(5);
    await el.updateComplete;
    await click(tool(el, 'Redo'));
    expect(project.task('code')?.duration).to.equal(7);
    await chooseInMenu(el, 'baseline-menu', 'take');
    await el.updateComplete;
    expect(project.baselines().map((b) => b.name)).to.deep.equal(['Baseline 1']);
    expect(el.baseline).to.equal(project.baselines()[0]?.id);
    // A command closes the menu, focus back on its button.
    expect(menuItems(el, 'baseline-menu')).to.deep.equal([]);
    expect(shadow(el).activeElement).to.equal(menuButton(el, 'baseline-menu'));
    await chooseInMenu(el, 'baseline-menu', 'show:');
    expect(el.baseline).to.equal('');
  });

  it('the toolbar’s menus are axe-clean open, in three themes and in Arabic, inside the Gantt’s box', async () => {
    const cases = [
      { theme: 'light', lang: 'en' },
      { theme: 'dark', lang: 'en' },
      { theme: 'high-contrast', lang: 'en' },
      { theme: 'light', lang: 'ar' },
    ] as const;
    // The Arabic words first: a catalogue arriving mid-test re-lays the toolbar out under the pointer.
    await loadLocale('ar');
    for (const { theme, lang } of cases) {
      const project = createProject(data);
      project.takeBaseline({ name: 'Plan' });
      const el = await mount<RlGantt>(
        html`<rl-gantt .project=${project} lang=${lang} locale=${lang} today="2026-03-20" style="height: 420px; width: 1100px"></rl-gantt>`,
        theme,
      );
      await settle();
      for (const name of ['filter-menu', 'baseline-menu', 'export-menu']) {
        await click(menuButton(el, name));
        await settle();
        const items = menuItems(el, name);
        expect(items.length, `${name} in ${lang}`).to.be.greaterThan(2);
        await expectAccessible(el);
        // The menu lies inside the Gantt (its box clips what overflows).
        const box = el.getBoundingClientRect();
        const menu = shadow(el).querySelector(`[part~="${name}"][role="menu"]`)?.getBoundingClientRect();
        expect(menu && menu.left >= box.left - 1 && menu.right <= box.right + 1, `${name} ${lang}`).to.equal(
          true,
        );
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
      }
      cleanup();
    }
  });

  it('in a short Gantt a toolbar menu scrolls within the Gantt’s box instead of being cut off', async () => {
    const el = await mount<RlGantt>(
      html`<rl-gantt .project=${createProject(data)} style="height: 190px; width: 900px"></rl-gantt>`,
    );
    await settle();
    await click(menuButton(el, 'export-menu'));
    await settle();
    const menu = shadow(el).querySelector<HTMLElement>('[part~="export-menu"][role="menu"]') as HTMLElement;
    expect(menu.getBoundingClientRect().bottom).to.be.at.most(el.getBoundingClientRect().bottom);
    expect(menu.scrollHeight).to.be.greaterThan(menu.clientHeight);
    // The last item is reachable: End moves to it and it scrolls into view.
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const last = shadow(el).activeElement as HTMLElement;
    expect(last.dataset.item).to.equal('ics');
    expect(last.getBoundingClientRect().bottom).to.be.at.most(menu.getBoundingClientRect().bottom + 1);
  });

  it('the toolbar’s menus work by keyboard: open, move, choose, close', async () => {
    const el = await mountGantt();
    menuButton(el, 'export-menu').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await settle();
    const labels = menuItems(el, 'export-menu').map((i) => i.textContent?.trim());
    expect(labels.slice(0, 3)).to.deep.equal(['PNG image', 'SVG image', 'JSON']);
    expect(labels).to.include('Microsoft Project XML');
    expect(shadow(el).activeElement?.getAttribute('data-item')).to.equal('png');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-item')).to.equal('ics');
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(menuButton(el, 'export-menu'));
    // The Filter menu from the keyboard: ↑ opens on the last item, Space picks it.
    menuButton(el, 'filter-menu').focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    await settle();
    const last = shadow(el).activeElement as HTMLElement;
    expect(last.dataset.item).to.match(/^person:./);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.filter?.people).to.deep.equal([last.dataset.item?.slice('person:'.length)]);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(menuItems(el, 'filter-menu')).to.deep.equal([]);
  });

  it('a bar’s context menu is the task menu; hide-toolbar and a slotted toolbar replace it', async () => {
    const project = createProject(data);
    const el = await mountGantt(project);
    const timeline = shadow(el).querySelector('rl-timeline');
    const bar = timeline?.shadowRoot?.querySelector<SVGElement>('[data-task="code"]');
    if (!bar) throw new Error('no bar');
    await rightClick(bar);
    await el.updateComplete;
    expect(menuLabels(grid(el))).to.include('Add subtask');
    await sendKeys({ press: 'Escape' });
    cleanup();
    const plain = await mount<RlGantt>(
      html`<rl-gantt .project=${project} hide-toolbar><div slot="toolbar" id="mine">Mine</div></rl-gantt>`,
    );
    expect(shadow(plain).querySelector('[part="toolbar"]')).to.equal(null);
    const slot = shadow(plain).querySelector<HTMLSlotElement>('slot[name="toolbar"]');
    expect(slot?.assignedElements().map((e) => e.id)).to.deep.equal(['mine']);
  });

  it('an empty Gantt offers "Add task", which adds a first task and focuses its row', async () => {
    const project = createProject({ id: 'e', name: 'Empty', start: '2026-05-04', tasks: [] });
    const el = await mountGantt(project);
    const add = shadow(el).querySelector<HTMLButtonElement>('[part="empty-add"]');
    if (!add) throw new Error('no Add button');
    await expectAccessible(el);
    await click(add);
    await settle();
    expect(project.tasks().map((t) => [t.name, t.start])).to.deep.equal([['New task', '2026-05-04']]);
    expect(shadow(el).querySelector('[part="empty-add"]')).to.equal(null);
    const focusedRow = shadow(grid(el)).activeElement?.closest('[data-id]')?.getAttribute('data-id');
    expect(focusedRow).to.equal(project.tasks()[0]?.id);
    // Read-only: no invitation.
    cleanup();
    const ro = await mount<RlGantt>(
      html`<rl-gantt .data=${{ id: 'e', name: 'E', tasks: [] }} readonly></rl-gantt>`,
    );
    expect(shadow(ro).querySelector('[part="empty-add"]')).to.equal(null);
  });
});
