import type { ProjectData } from '@roadline/core';

/**
 * Every day works 09:00–17:00 Monday to Friday. Ann: Design (Mon 2 – Wed 4 March 2026) at 100 %
 * by the shorthand and Build (Wed 4 – Thu 5) at 50 %: 150 % on Wednesday. Bob (max 50 %) on Test
 * by an assignment at 50 %. Cy has nothing.
 */
export function resourceData(): ProjectData {
  return {
    id: 'p',
    name: 'Launch',
    start: '2026-03-02',
    calendar: { workingHours: [['09:00', '17:00']] },
    people: [
      { id: 'ann', name: 'Ann Lee' },
      { id: 'bob', name: 'Bob Ray', maxUnits: 50 },
      { id: 'cy', name: 'Cy Ito' },
    ],
    tasks: [
      { id: 'a', name: 'Design', start: '2026-03-02', duration: 3, assignees: ['ann'] },
      { id: 'b', name: 'Build', start: '2026-03-04', duration: 2 },
      { id: 't', name: 'Test', start: '2026-03-09', duration: 2 },
    ],
    assignments: [
      { taskId: 'b', personId: 'ann', units: 50 },
      { id: 't-bob', taskId: 't', personId: 'bob', units: 50 },
    ],
  };
}

/** `people` people, each on `perPerson` consecutive one-week tasks from 5 January 2026 (two years at 100). */
export function bigData(people: number, perPerson: number): ProjectData {
  const list = Array.from({ length: people }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }));
  const tasks: ProjectData['tasks'] = [];
  for (let i = 0; i < people; i++)
    for (let k = 0; k < perPerson; k++) {
      const day = new Date(Date.UTC(2026, 0, 5 + k * 7));
      tasks.push({
        id: `t${i}-${k}`,
        name: `Task ${i}.${k}`,
        start: day.toISOString().slice(0, 10),
        duration: k % 3 === 0 ? 7 : 5,
        assignees: [`p${i}`],
      });
    }
  return { id: 'big', name: 'Big', start: '2026-01-05', people: list, tasks };
}
