/** Data and input helpers shared by the gantt suites. */
import { createProject, type Project, type ProjectData } from '@roadline/core';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/gantt.js';
import type { ColumnConfig } from '../../src/gantt/columns.js';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { mount } from '../helpers.js';

export const data: ProjectData = {
  id: 'p',
  name: 'Launch',
  start: '2026-03-02',
  people: [
    { id: 'ann', name: 'Ann' },
    { id: 'bo', name: 'Bo' },
  ],
  tasks: [
    { id: 'plan', name: 'Plan' },
    { id: 'brief', name: 'Write brief', parentId: 'plan', start: '2026-03-02', duration: 2, progress: 50 },
    { id: 'review', name: 'Review brief', parentId: 'plan', duration: 1 },
    { id: 'build', name: 'Build' },
    { id: 'code', name: 'Code', parentId: 'build', duration: 5, assignees: ['ann'] },
    { id: 'ship', name: 'Ship', type: 'milestone' },
  ],
  dependencies: [
    { id: 'd1', from: 'brief', to: 'review' },
    { id: 'd2', from: 'review', to: 'code' },
    { id: 'd3', from: 'code', to: 'ship' },
  ],
};

export const COLUMNS = ['row', 'name', 'start', 'end', 'duration', 'progress', 'assignees', 'predecessors'];

/** Mounts a grid over a store (a fresh one of {@link data} by default) and lets it settle. */
export async function mountGrid(
  options: { project?: Project; readonly?: boolean; columns?: readonly ColumnConfig[] } = {},
): Promise<{ el: RlGanttGrid; project: Project }> {
  const project = options.project ?? createProject(data);
  const el = await mount<RlGanttGrid>(
    html`<rl-gantt-grid
      .project=${project}
      .columns=${options.columns ?? COLUMNS}
      locale="en-GB"
      ?readonly=${options.readonly ?? false}
    ></rl-gantt-grid>`,
  );
  await settle();
  return { el, project };
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** The cell of a task in a column (by column id). */
export function cell(grid: RlGanttGrid, taskId: string, column: string): HTMLElement {
  const found = shadow(grid).querySelector<HTMLElement>(`[data-id="${taskId}"] [part~="cell-${column}"]`);
  if (!found) throw new Error(`no ${column} cell for ${taskId}`);
  return found;
}

export function rowIds(grid: RlGanttGrid): string[] {
  return [...shadow(grid).querySelectorAll<HTMLElement>('[role="row"][data-id]')]
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((r) => r.dataset.id as string);
}

/** Where focus is in the grid, as `<task id>/<column id>` (`header/<column id>` in the header). */
export function focused(grid: RlGanttGrid): string {
  const node = shadow(grid).activeElement;
  if (!(node instanceof HTMLElement)) return String(node);
  const column = [...node.part].find((p) => p.startsWith('cell-'))?.slice(5);
  const row = node.closest<HTMLElement>('[data-id]')?.dataset.id;
  return `${row ?? 'none'}/${column ?? node.localName}`;
}

/** The `<task id>/<column id>` label of a cell, to compare with {@link focused}. */
export function at(taskId: string, column: string): string {
  return `${taskId}/${column}`;
}

export async function click(node: Element, clicks = 1): Promise<void> {
  node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  await settle();
  const box = node.getBoundingClientRect();
  const position: [number, number] = [
    Math.round(box.left + box.width / 2),
    Math.round(box.top + box.height / 2),
  ];
  for (let i = 0; i < clicks; i++) await sendMouse({ type: 'click', position });
}

/** Presses `key` with modifiers held (the runner's `press` takes no chords). */
export async function chord(modifiers: string[], key: string): Promise<void> {
  for (const m of modifiers) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of [...modifiers].reverse()) await sendKeys({ up: m });
}

export function settle(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

/** The toolbar's menu button `name` (`filter-menu`, `baseline-menu`, `export-menu`) in `el`'s shadow root. */
export function menuButton(el: Element, name: string): HTMLButtonElement {
  const found = shadow(el).querySelector<HTMLButtonElement>(`[part~="${name}-button"]`);
  if (!found) throw new Error(`no ${name} button`);
  return found;
}

/** The open menu `name`'s items in a group named `section` (every item without one), by label. */
export function menuItems(el: Element, name: string, section?: string): HTMLElement[] {
  const menu = shadow(el).querySelector(`[part~="${name}"][role="menu"]`);
  const scope = section === undefined ? menu : menu?.querySelector(`[role="group"][aria-label="${section}"]`);
  return [...(scope?.querySelectorAll<HTMLElement>('.menu-item') ?? [])];
}

/** Opens the menu `name` with a click and clicks its item `id`, as a person does. */
export async function chooseInMenu(el: Element, name: string, id: string): Promise<void> {
  await click(menuButton(el, name));
  await settle();
  const item = menuItems(el, name).find((i) => i.dataset.item === id);
  if (!item) throw new Error(`no item ${id} in ${name}`);
  await click(item);
  await settle();
}
