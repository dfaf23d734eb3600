import type { ProjectData } from '@roadline/core';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { RlRoadmap } from '../../src/classes.js';

/** Four features on two themes, a release, a milestone and a link (d → c); today is 4 March 2026. */
export const data: ProjectData = {
  id: 'rm',
  name: 'Product roadmap',
  calendar: { workingDays: [0, 1, 2, 3, 4, 5, 6] },
  statuses: [
    { id: 'idea', label: 'Idea', color: '#bdbdbd', category: 'todo' },
    { id: 'building', label: 'Building', color: '#2f80ed', category: 'active' },
    { id: 'shipped', label: 'Shipped', color: '#27ae60', category: 'done' },
  ],
  priorities: [
    { id: 'must', label: 'Must have', color: '#c0392b', rank: 0 },
    { id: 'could', label: 'Could have', color: '#f1c40f', rank: 2 },
  ],
  groups: [
    { id: 'growth', name: 'Growth', color: '#2f80ed' },
    { id: 'platform', name: 'Platform', color: '#eb5757' },
  ],
  releases: [{ id: 'r1', name: 'Spring launch', date: '2026-04-01' }],
  tasks: [
    {
      id: 'a',
      name: 'Guided setup',
      groupId: 'growth',
      start: '2026-03-02',
      end: '2026-03-30',
      status: 'building',
      priority: 'must',
      progress: 40,
    },
    {
      id: 'b',
      name: 'Team invites',
      groupId: 'growth',
      start: '2026-03-16',
      end: '2026-04-13',
      status: 'idea',
      priority: 'could',
    },
    {
      id: 'c',
      name: 'Audit log',
      groupId: 'platform',
      start: '2026-05-04',
      end: '2026-06-01',
      status: 'idea',
      priority: 'must',
      constraint: { type: 'SNET', date: '2026-05-04' },
    },
    {
      id: 'd',
      name: 'Dark mode',
      groupId: 'platform',
      start: '2026-01-05',
      end: '2026-02-02',
      status: 'shipped',
      progress: 100,
    },
    { id: 'm', name: 'Beta', type: 'milestone', start: '2026-03-20', end: '2026-03-20' },
  ],
  dependencies: [{ id: 'l1', from: 'd', to: 'c' }],
};

export function root(el: RlRoadmap): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

export function bar(el: RlRoadmap, id: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`[part~="bar"][data-id="${id}"]`);
  if (!found) throw new Error(`no bar ${id}`);
  return found;
}

export const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

export async function drag(from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  await sendMouse({
    type: 'move',
    position: [Math.round((from[0] + to[0]) / 2), Math.round((from[1] + to[1]) / 2)],
  });
  await frame();
  await sendMouse({ type: 'move', position: to });
  await frame();
  await sendMouse({ type: 'up' });
  await frame();
}

export async function shortcut(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

export function mid(el: HTMLElement): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}
