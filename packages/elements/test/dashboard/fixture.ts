import type { ProjectData } from '@roadline/core';

/** "Today" of every widget test: Wed 11 March 2026. */
export const TODAY = '2026-03-11';

/** The core analytics sample (see packages/core/test/analytics/fixture.ts), with a note and a hostile name. */
export function sample(): ProjectData {
  return {
    id: 'p',
    name: 'Sample',
    start: '2026-03-02',
    statuses: [
      { id: 'todo', label: 'To do', category: 'todo' },
      { id: 'doing', label: 'Doing', category: 'active' },
      { id: 'done', label: 'Done', category: 'done' },
      { id: 'blocked', label: 'Blocked', category: 'blocked' },
    ],
    people: [
      { id: 'ada', name: 'Ada', capacity: 8 },
      { id: 'ben', name: 'Ben' },
    ],
    releases: [{ id: 'r1', name: 'R1', date: '2026-03-13' }],
    tasks: [
      { id: 's', name: 'Phase' },
      {
        id: 'a',
        name: 'A',
        parentId: 's',
        start: '2026-03-02',
        duration: 5,
        progress: 100,
        status: 'done',
        assignees: ['ada'],
        releaseId: 'r1',
      },
      {
        id: 'b',
        name: 'B',
        parentId: 's',
        duration: 5,
        progress: 40,
        status: 'doing',
        assignees: ['ada', 'ben'],
        releaseId: 'r1',
      },
      {
        id: 'c',
        name: '<img src=x onerror=alert(1)>',
        parentId: 's',
        start: '2026-03-02',
        duration: 2,
        status: 'blocked',
        assignees: ['ben'],
      },
      { id: 'd', name: 'D', parentId: 's', start: '2026-03-05', duration: 1, assignees: ['ada'] },
      { id: 'e', name: 'E', parentId: 's', duration: 3, status: 'todo' },
      { id: 'm', name: 'M', parentId: 's', type: 'milestone' },
    ],
    dependencies: [
      { id: 'l1', from: 'a', to: 'b' },
      { id: 'l2', from: 'b', to: 'm' },
      { id: 'l3', from: 'c', to: 'e' },
    ],
    notes: [
      { id: 'n1', text: 'Kick-off went well', author: 'Ada', color: '#2e9e5b', createdAt: '2026-03-02' },
      { id: 'n2', taskId: 'b', text: 'Waiting on API keys', color: '#d93f3f', createdAt: '2026-03-10' },
    ],
  };
}
