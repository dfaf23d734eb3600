import { generateProject } from '@roadline/core/testing';
import { browserCase } from './harness.js';

/**
 * Mounts `<rl-dashboard>` with eight widgets over a generated project and waits until every
 * widget is updated and painted. The project crosses into the page as JSON text and is parsed
 * before the clock starts. With `preload`, it is also loaded into a store before the clock starts
 * (the host's store exists already when it opens a dashboard), so the figure is the dashboard's own
 * work; without, the dashboard gets `.data` and the figure includes loading the store (validation,
 * normalization and the first schedule of every task).
 */
async function readyTime({ json, preload }: { json: string; preload: boolean }): Promise<number> {
  const data: unknown = JSON.parse(json);
  const Roadline = (window as unknown as { Roadline: { createProject(d: unknown): unknown } }).Roadline;
  const project = preload ? Roadline.createProject(data) : undefined;
  const config = {
    columns: 12,
    widgets: ['kpi', 'progress', 'status', 'workload', 'burndown', 'milestones', 'late', 'bottlenecks'].map(
      (type, k) => ({ id: type, type, x: (k % 3) * 4, y: Math.floor(k / 3) * 2, w: 4, h: 2 }),
    ),
  };
  const t0 = performance.now();
  const el = document.createElement('rl-dashboard') as HTMLElement & {
    project: unknown;
    data: unknown;
    config: unknown;
    updateComplete: Promise<unknown>;
  };
  el.setAttribute('today', '2026-09-01');
  if (project) el.project = project;
  else el.data = data;
  el.config = config;
  document.body.append(el);
  await el.updateComplete;
  const widgets = [...(el.shadowRoot?.querySelectorAll('[data-widget]') ?? [])] as unknown as {
    updateComplete: Promise<unknown>;
  }[];
  await Promise.all(widgets.map((w) => w.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const elapsed = performance.now() - t0;
  el.remove();
  return elapsed;
}

/**
 * The time from a progress edit in a loaded 100k-task store until all eight widgets show it and
 * the page has painted: the frame is read again (unchanged rows copied) and every figure redrawn.
 */
async function editTime(json: string): Promise<number> {
  const Roadline = (
    window as unknown as {
      Roadline: { createProject(d: unknown): { updateTask(id: string, patch: unknown): void } };
    }
  ).Roadline;
  const data = JSON.parse(json) as { tasks: { id: string; duration?: number; parentId?: string }[] };
  const project = Roadline.createProject(data);
  const el = document.createElement('rl-dashboard') as HTMLElement & {
    project: unknown;
    config: unknown;
    updateComplete: Promise<unknown>;
  };
  el.setAttribute('today', '2026-09-01');
  el.project = project;
  el.config = {
    columns: 12,
    widgets: ['kpi', 'progress', 'status', 'workload', 'burndown', 'milestones', 'late', 'bottlenecks'].map(
      (type, k) => ({ id: type, type, x: (k % 3) * 4, y: Math.floor(k / 3) * 2, w: 4, h: 2 }),
    ),
  };
  document.body.append(el);
  await el.updateComplete;
  const widgets = [...(el.shadowRoot?.querySelectorAll('[data-widget]') ?? [])] as unknown as {
    updateComplete: Promise<unknown>;
  }[];
  await Promise.all(widgets.map((w) => w.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const task = data.tasks.find((t) => t.duration !== undefined && t.parentId !== undefined);
  const t0 = performance.now();
  if (task) project.updateTask(task.id, { progress: 37 });
  await new Promise((r) => setTimeout(r, 0));
  await Promise.all(widgets.map((w) => w.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const elapsed = performance.now() - t0;
  el.remove();
  return elapsed;
}

const project10k = () =>
  JSON.stringify(generateProject({ tasks: 10_000, statuses: true, people: 20, groups: 4 }));
const project100k = () =>
  JSON.stringify(generateProject({ tasks: 100_000, statuses: true, people: 40, groups: 8 }));

export default [
  browserCase({
    name: 'rl-dashboard of 8 widgets ready, 10k tasks, store preloaded',
    prepare: () => ({ json: project10k(), preload: true }),
    measure: readyTime,
  }),
  browserCase({
    name: 'rl-dashboard of 8 widgets ready, 100k tasks, store preloaded',
    prepare: () => ({ json: project100k(), preload: true }),
    measure: readyTime,
    runs: 5,
    target: '≤ 200 ms',
  }),
  browserCase({
    name: 'rl-dashboard of 8 widgets ready, 100k tasks, from .data (includes loading the store)',
    prepare: () => ({ json: project100k(), preload: false }),
    measure: readyTime,
    runs: 5,
  }),
  browserCase({
    name: 'rl-dashboard of 8 widgets, one progress edit shown, 100k tasks',
    prepare: project100k,
    measure: editTime,
    runs: 5,
  }),
];
