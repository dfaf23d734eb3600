import type { ProjectData } from '../../src/model/types.js';

/**
 * A small project on the default calendar (Mon–Fri, whole days), for hand-computed expectations.
 * Week 1 starts Mon 2 March 2026, week 2 Mon 9 March; "today" in the tests is Wed 11 March.
 *
 *   a  Mon 2 – Fri 6     5 d  100%  done     Ada         → b
 *   b  Mon 9 – Fri 13    5 d   40%  doing    Ada, Ben    → m   (release r1)
 *   c  Mon 2 – Tue 3     2 d    0%  blocked  Ben         → e
 *   d  Thu 5             1 d    0%  —        Ada
 *   e  Wed 4 – Fri 6     3 d    0%  todo     —
 *   m  milestone after b
 * Effort: a 40 h, b 40 h, c 16 h, d 8 h, e 24 h = 128 h (a day of duration is 8 h of effort).
 */
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
    groups: [{ id: 'g1', name: 'Team 1' }],
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
        groupId: 'g1',
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
        groupId: 'g1',
        releaseId: 'r1',
      },
      {
        id: 'c',
        name: 'C',
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
  };
}
