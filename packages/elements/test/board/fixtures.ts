import type { ProjectData } from '@roadline/core';

/** A small board: three statuses, people, priorities, two groups, a hostile name, one late item. */
export function boardData(): ProjectData {
  return {
    id: 'b',
    name: 'Sprint 12',
    statuses: [
      { id: 'todo', label: 'To do', category: 'todo', color: '#8899aa' },
      { id: 'doing', label: 'Doing', category: 'active', color: '#2f6fed' },
      { id: 'done', label: 'Done', category: 'done', color: '#2e9e5b' },
    ],
    priorities: [
      { id: 'high', label: 'High', rank: 1, color: '#d93f3f' },
      { id: 'low', label: 'Low', rank: 2 },
    ],
    people: [
      { id: 'ada', name: 'Ada Lovelace' },
      { id: 'ben', name: 'Ben Okri' },
    ],
    groups: [
      { id: 'web', name: 'Web', color: '#7a4ad9' },
      { id: 'api', name: 'API', color: '#c77800' },
    ],
    tasks: [
      {
        id: 'a',
        name: 'Design login',
        status: 'todo',
        order: 0,
        groupId: 'web',
        assignees: ['ada'],
        priority: 'high',
        start: '2026-03-02',
        end: '2026-03-04',
        progress: 10,
      },
      {
        id: 'b',
        name: 'Write API spec',
        status: 'todo',
        order: 1,
        groupId: 'api',
        assignees: ['ben'],
        priority: 'low',
        start: '2026-03-02',
        end: '2026-03-06',
        tags: ['docs'],
      },
      {
        id: 'c',
        name: '<img src=x onerror=alert(1)>',
        status: 'doing',
        order: 2,
        groupId: 'web',
        start: '2026-03-03',
        end: '2026-03-05',
        progress: 50,
      },
      {
        id: 'd',
        name: 'Ship v1',
        status: 'done',
        order: 3,
        groupId: 'api',
        start: '2026-03-04',
        end: '2026-03-06',
        progress: 100,
      },
    ],
  };
}

/**
 * A touch drag as the board sees one: synthetic `PointerEvent`s with `pointerType: 'touch'`
 * (the test runner cannot send real touches) through the same handlers a finger reaches. The
 * press lands on `target`; the moves and the release go to `host`, which holds pointer capture.
 */
export async function touchDrag(
  host: HTMLElement & { updateComplete: Promise<unknown> },
  target: Element,
  from: [number, number],
  to: [number, number],
): Promise<void> {
  const init = { bubbles: true, composed: true, pointerId: 7, pointerType: 'touch', isPrimary: true };
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: from[0], clientY: from[1] }));
  host.dispatchEvent(
    new PointerEvent('pointermove', { ...init, clientX: from[0] + 8, clientY: from[1] + 8 }),
  );
  await frame();
  host.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: to[0], clientY: to[1] }));
  await frame();
  await frame();
  host.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: to[0], clientY: to[1] }));
  await host.updateComplete;
}
