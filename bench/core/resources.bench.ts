import { overallocations } from '../../packages/core/src/resources/overallocations.js';
import { resourceLoad } from '../../packages/core/src/resources/load.js';
import { schedule } from '../../packages/core/src/schedule/schedule.js';
import { generateProject } from '../../packages/core/src/testing/generate.js';
import { benchCase } from './harness.js';

/** 100k tasks, 40 people by the shorthand, every tenth task also with a half-time assignment. */
function data() {
  const d = generateProject({ tasks: 100_000, seed: 7, people: 40 });
  const people = d.people ?? [];
  d.assignments = [];
  d.tasks.forEach((t, i) => {
    const person = people[(i * 7) % people.length];
    if (i % 10 === 0 && person !== undefined && !(t.assignees ?? []).includes(person.id))
      d.assignments?.push({ taskId: t.id, personId: person.id, units: 50 });
  });
  return { data: d, result: schedule(d) };
}

export default [
  benchCase({
    name: 'resources: overallocations per instant, 100k tasks (schedule given)',
    setup: data,
    run: ({ data: d, result }) => overallocations(d, { schedule: result }).length,
    runs: 5,
  }),
  benchCase({
    name: 'resources: overallocations per week, 100k tasks (schedule given)',
    setup: data,
    run: ({ data: d, result }) => overallocations(d, { granularity: 'week', schedule: result }).length,
    runs: 5,
  }),
  benchCase({
    name: 'resources: load per day, 100k tasks (schedule given)',
    setup: data,
    run: ({ data: d, result }) => resourceLoad(d, { schedule: result }).length,
    runs: 5,
  }),
];
