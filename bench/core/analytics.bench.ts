import { analyze, createFrame, frameOf, sourceOf } from '../../packages/core/src/analytics/index.js';
import { createProject } from '../../packages/core/src/store/project.js';
import { generateProject } from '../../packages/core/src/testing/generate.js';
import { benchCase } from './harness.js';

/** A 100k-task store with statuses, people, groups and a baseline, as a dashboard would see it. */
function store() {
  const project = createProject(
    generateProject({ tasks: 100_000, seed: 7, statuses: true, people: 40, groups: 8, linkTypes: true }),
  );
  project.takeBaseline({ name: 'Plan' });
  project.schedule();
  return project;
}

const TODAY = '2026-09-01';

export default [
  benchCase({
    name: 'analytics: frame + every figure, 100k tasks',
    setup: () => sourceOf(store()),
    run: (source) => analyze(createFrame(source, { today: TODAY })),
    runs: 9,
    target: '≤ 100 ms',
  }),
  benchCase({
    name: 'analytics: frame only (read the project once), 100k tasks',
    setup: () => sourceOf(store()),
    run: (source) => createFrame(source, { today: TODAY }),
    runs: 9,
  }),
  benchCase({
    name: 'analytics: one progress edit, then frameOf + every figure, 100k tasks',
    setup: () => {
      const project = store();
      const leaves = project.tasks().filter((t) => !project.isSummary(t.id) && t.type !== 'milestone');
      frameOf(project, { today: TODAY });
      return { project, leaves, k: 0 };
    },
    run: (ctx) => {
      const task = ctx.leaves[ctx.k++ % ctx.leaves.length];
      if (task !== undefined) ctx.project.updateTask(task.id, { progress: ctx.k % 100 });
      return analyze(frameOf(ctx.project, { today: TODAY }));
    },
    runs: 9,
  }),
];
