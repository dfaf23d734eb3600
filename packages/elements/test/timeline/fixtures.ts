/** Shared fixtures of the rl-timeline suites: a small project and real-input helpers. */
import type { Project, ProjectData } from '@roadline/core';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/timeline.js';
import type { RlTimeline } from '../../src/classes.js';
import { mount } from '../helpers.js';

// Mon 2 Mar 2026 is the project start; the default calendar works Mon–Fri whole days.
export const data: ProjectData = {
  id: 'p',
  name: 'Launch',
  start: '2026-03-02',
  statuses: [{ id: 'doing', label: 'In progress', category: 'active' }],
  people: [{ id: 'ann', name: 'Ann' }],
  tasks: [
    { id: 'g', name: 'Phase' },
    {
      id: 'a',
      name: 'Design',
      parentId: 'g',
      start: '2026-03-02',
      duration: 5,
      progress: 40,
      status: 'doing',
      assignees: ['ann'],
    },
    { id: 'b', name: 'Build', parentId: 'g', duration: 5 },
    { id: 'c', name: 'Review', parentId: 'g', duration: 2 },
    { id: 'm', name: 'Go live', type: 'milestone' },
  ],
  dependencies: [
    { id: 'd1', from: 'a', to: 'b' },
    { id: 'd2', from: 'b', to: 'm' },
  ],
};

export function root(el: RlTimeline): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

export function bar(el: RlTimeline, id: string): SVGGElement {
  const found = root(el).querySelector<SVGGElement>(`g[part~="bar"][data-task="${id}"]`);
  if (!found) throw new Error(`no bar for ${id}`);
  return found;
}

export function center(node: Element): { x: number; y: number } {
  const r = node.getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
}

export async function settle(el: RlTimeline): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await el.updateComplete;
}

export async function drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await sendMouse({ type: 'move', position: [from.x, from.y] });
  await sendMouse({ type: 'down' });
  const steps = 4;
  for (let i = 1; i <= steps; i++) {
    await sendMouse({
      type: 'move',
      position: [
        Math.round(from.x + ((to.x - from.x) * i) / steps),
        Math.round(from.y + ((to.y - from.y) * i) / steps),
      ],
    });
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
  await sendMouse({ type: 'up' });
}

/** Presses `key` with modifiers held, as real key events. */
export async function chord(modifiers: string[], key: string): Promise<void> {
  for (const m of modifiers) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of [...modifiers].reverse()) await sendKeys({ up: m });
}

export async function mountTimeline(project: Project, extra = {}): Promise<RlTimeline> {
  const el = await mount<RlTimeline>(
    html`<rl-timeline .project=${project} zoom="day" locale="en-GB" today="2026-03-04"></rl-timeline>`,
  );
  Object.assign(el, extra);
  await settle(el);
  return el;
}
