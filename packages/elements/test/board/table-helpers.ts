import type { Project } from '@roadline/core';
import { html } from 'lit';
import '../../src/define/board.js';
import type { RlBoard } from '../../src/classes.js';
import { mount } from '../helpers.js';

/** What the board table suites share: mounting a table and reading its rows and cells. */

export function root(el: RlBoard): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** Row texts: `group:Name`, item ids, `summary`. */
export function rows(el: RlBoard): string[] {
  // In row order: the table reuses row nodes (row slots), so the DOM order is not the rows' order.
  const shown = [...root(el).querySelectorAll<HTMLElement>('[part~="table-body"] > [role="row"]')].sort(
    (a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')),
  );
  return shown.map((r) => {
    const part = r.getAttribute('part') ?? '';
    if (part.startsWith('group-row')) return `group:${r.querySelector('[part="group-name"]')?.textContent}`;
    if (part.startsWith('summary-row')) return 'summary';
    return r.dataset.id ?? '';
  });
}

export function cell(el: RlBoard, id: string, col: number): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`[role="row"][data-id="${id}"] [data-col="${col}"]`);
  if (!found) throw new Error(`no cell ${id}/${col}`);
  return found;
}

export function center(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

export async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

export async function mountTable(project: Project): Promise<RlBoard> {
  const el = await mount<RlBoard>(
    html`<rl-board view="table" .project=${project} today="2026-03-10"></rl-board>`,
  );
  await frames();
  await el.updateComplete;
  return el;
}
