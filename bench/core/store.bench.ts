import type { ProjectData } from '../../packages/core/src/model/types.js';
import { createProject, type Project } from '../../packages/core/src/store/project.js';
import { generateProject } from '../../packages/core/src/testing/generate.js';
import { benchCase } from './harness.js';

function data100k(): ProjectData {
  return generateProject({ tasks: 100_000, seed: 3, people: 20, statuses: true, groups: 8 });
}

/** Scheduling is the engine's to measure (schedule.bench.ts); these cases time the store alone. */
function load(data: ProjectData): Project {
  return createProject(data, { scheduler: false });
}

function leaves(project: Project, count: number): string[] {
  return project
    .wbsOrder()
    .filter((id) => !project.isSummary(id))
    .slice(0, count);
}

function heapMB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export default [
  benchCase({
    name: 'store: load 100k tasks (validate, normalize, index)',
    setup: data100k,
    run: (data) => load(data),
    target: '≤ 300 ms',
  }),
  benchCase({
    name: 'store: 1,000 single-field updates on 100k tasks, per update',
    setup: () => {
      const project = load(data100k());
      return { project, ids: leaves(project, 1000), round: 0 };
    },
    run: (ctx) => {
      ctx.round += 1;
      const started = performance.now();
      for (const id of ctx.ids) ctx.project.updateTask(id, { progress: ctx.round % 100 });
      return (performance.now() - started) / ctx.ids.length;
    },
    unit: 'ms',
    target: '≤ 0.2 ms',
  }),
  benchCase({
    name: 'store: one transaction of 10k updates on 100k tasks',
    setup: () => {
      const project = load(data100k());
      return { project, ids: leaves(project, 10_000), round: 0 };
    },
    run: (ctx) => {
      ctx.round += 1;
      ctx.project.transaction(() => {
        for (const id of ctx.ids) ctx.project.updateTask(id, { progress: ctx.round % 100 });
      });
    },
  }),
  benchCase({
    name: 'store: undo of a 10k-update transaction on 100k tasks',
    setup: () => {
      const project = load(data100k());
      return { project, ids: leaves(project, 10_000), round: 0 };
    },
    run: (ctx) => {
      ctx.round += 1;
      ctx.project.transaction(() => {
        for (const id of ctx.ids) ctx.project.updateTask(id, { progress: ctx.round % 100 });
      });
      const started = performance.now();
      ctx.project.undo();
      return performance.now() - started;
    },
    unit: 'ms',
  }),
  benchCase({
    name: 'store: heap of a 100k-task store',
    setup: data100k,
    run: (data) => {
      const before = heapMB();
      const project = load(data);
      project.wbsOrder();
      project.successors('t1');
      const after = heapMB();
      return project.version === 0 ? after - before : Number.NaN;
    },
    runs: 3,
    unit: 'MB',
    target: '≤ 100 MB',
  }),
];
