import { normalizeProjectData } from '../../packages/core/src/validate/normalize.js';
import type { ProjectData } from '../../packages/core/src/model/types.js';
import { checkForLoad } from '../../packages/core/src/validate/validate.js';
import { createSchedulerPort } from '../../packages/core/src/schedule/port.js';
import { loadState } from '../../packages/core/src/store/load.js';
import { createProject, type Project } from '../../packages/core/src/store/project.js';
import { TaskIndex } from '../../packages/core/src/store/task-index.js';
import { generateProject } from '../../packages/core/src/testing/generate.js';
import { WorkCalendar } from '../../packages/core/src/time/calendar.js';
import { type BenchCase, benchCase } from './harness.js';

function data100k(): ProjectData {
  return generateProject({ tasks: 100_000, seed: 3, people: 20, statuses: true, groups: 8 });
}

/** Scheduling is the engine's to measure (schedule.bench.ts); these cases time the store alone. */
function load(data: ProjectData): Project {
  return createProject(data, { scheduler: false });
}

/** What a host hands over: statuses, people, groups, link types and lags on. */
function hostData(tasks: number): ProjectData {
  return generateProject({
    tasks,
    seed: 3,
    people: 20,
    statuses: true,
    groups: 8,
    linkTypes: true,
    lags: true,
  });
}

const PHASES = ['validate', 'normalize', 'load state', 'scheduler load'] as const;
type Phase = (typeof PHASES)[number];

/**
 * One `createProject` taken apart in the order the store runs it (validate and copy, normalize,
 * build the state, hand the data to the scheduling engine's port); returns how long `phase` took.
 */
function timePhase(data: ProjectData, phase: Phase): number {
  const t0 = performance.now();
  const { data: copy, issues, dependencies } = checkForLoad(data);
  if (issues.length > 0) throw new Error(`generated data is invalid: ${issues[0]?.message}`);
  const t1 = performance.now();
  if (phase === 'validate') return t1 - t0;
  const normalized = normalizeProjectData(copy, (calendar) => WorkCalendar.from(calendar));
  const t2 = performance.now();
  if (phase === 'normalize') return t2 - t1;
  new TaskIndex(loadState(normalized, dependencies));
  const t3 = performance.now();
  if (phase === 'load state') return t3 - t2;
  createSchedulerPort().load(normalized);
  return performance.now() - t3;
}

function phaseCases(tasks: number): BenchCase[] {
  const label = `${tasks / 1000}k`;
  return [
    ...PHASES.map((phase) =>
      benchCase({
        name: `store: load ${label} tasks, phase ${phase}`,
        setup: () => hostData(tasks),
        run: (data) => timePhase(data, phase),
        unit: 'ms',
      }),
    ),
    benchCase({
      name: `store: createProject ${label} tasks with the scheduler`,
      setup: () => hostData(tasks),
      run: (data) => createProject(data),
      target: tasks === 10_000 ? '≤ 150 ms' : '≤ 1000 ms',
    }),
  ];
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
  ...phaseCases(10_000),
  ...phaseCases(100_000),
  benchCase({
    // What a Gantt's first render asks of the roll-up: nothing kept yet, a root summary read.
    name: 'store: rolled-up progress of every summary, first reads after a load, 10k tasks',
    setup: () => generateProject({ tasks: 10_000, seed: 1 }),
    run: (data) => {
      const project = load(data);
      const summaries = project.wbsOrder().filter((id) => project.isSummary(id));
      const started = performance.now();
      for (const id of summaries) project.rolledUpProgress(id);
      return performance.now() - started;
    },
    runs: 15,
    unit: 'ms',
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
