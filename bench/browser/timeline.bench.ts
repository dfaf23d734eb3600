import { generateProject } from '@roadline/core/testing';
import { browserCase } from './harness.js';

/**
 * `<rl-timeline>` in headless Chromium, against the script-tag bundle (`window.Roadline`). Each
 * measure runs in the page: the project crosses as JSON, is parsed before the clock starts and is
 * loaded into a store with the scheduler on (the element's own work includes scheduling).
 */

type Timeline = HTMLElement & {
  project: unknown;
  scrollTop: number;
  updateComplete: Promise<unknown>;
  shadowRoot: ShadowRoot;
};

async function readyTime(json: string): Promise<number> {
  const data: unknown = JSON.parse(json);
  const R = (globalThis as unknown as { Roadline: { createProject(d: unknown): unknown } }).Roadline;
  const t0 = performance.now();
  const el = document.createElement('rl-timeline') as Timeline;
  el.project = R.createProject(data);
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const elapsed = performance.now() - t0;
  el.remove();
  return elapsed;
}

/** Scrolls from top to bottom in 100 steps, one per frame; returns the p95 frame time (median in `name`). */
async function scrollFrames(json: string): Promise<number> {
  const data: unknown = JSON.parse(json);
  const R = (globalThis as unknown as { Roadline: { createProject(d: unknown): unknown } }).Roadline;
  const el = document.createElement('rl-timeline') as Timeline;
  el.project = R.createProject(data);
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  const scroller = el.shadowRoot.querySelector('.scroller') as HTMLElement;
  const max = scroller.scrollHeight - scroller.clientHeight;
  const frames: number[] = [];
  let last = performance.now();
  for (let i = 1; i <= 100; i++) {
    scroller.scrollTop = (max * i) / 100;
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    frames.push(now - last);
    last = now;
  }
  el.remove();
  frames.sort((a, b) => a - b);
  return frames[Math.floor(frames.length * 0.95)] ?? 0;
}

/** Drags the first task of a 101-task FS fan (100 successors); time until the frame where they moved. */
async function dragFan(json: string): Promise<number> {
  const data = JSON.parse(json) as unknown;
  const R = (
    globalThis as unknown as {
      Roadline: { createProject(d: unknown): { scheduled(id: string): { start: string } | undefined } };
    }
  ).Roadline;
  const el = document.createElement('rl-timeline') as Timeline;
  const project = R.createProject(data);
  el.project = project;
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  const bar = el.shadowRoot.querySelector('g[part~="bar"][data-task="root"] .track') as SVGRectElement;
  const box = bar.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const before = project.scheduled('s99')?.start;
  const opts = {
    bubbles: true,
    composed: true,
    pointerId: 1,
    pointerType: 'mouse',
    isPrimary: true,
    button: 0,
  };
  bar.dispatchEvent(new PointerEvent('pointerdown', { ...opts, clientX: x, clientY: y }));
  const t0 = performance.now();
  el.dispatchEvent(new PointerEvent('pointermove', { ...opts, clientX: x + 200, clientY: y }));
  for (let i = 0; i < 10 && project.scheduled('s99')?.start === before; i++) {
    await new Promise((r) => requestAnimationFrame(r));
  }
  await new Promise((r) => requestAnimationFrame(r));
  const elapsed = performance.now() - t0;
  el.dispatchEvent(new PointerEvent('pointerup', { ...opts, clientX: x + 200, clientY: y }));
  el.remove();
  return elapsed;
}

function fan(): string {
  const tasks = [{ id: 'root', name: 'Root', start: '2026-03-02', duration: 3 }];
  const dependencies = [];
  for (let i = 0; i < 100; i++) {
    tasks.push({ id: `s${i}`, name: `Successor ${i}`, start: '2026-03-02', duration: 2 });
    dependencies.push({ id: `d${i}`, from: 'root', to: `s${i}` });
  }
  return JSON.stringify({ id: 'fan', name: 'Fan', start: '2026-03-02', tasks, dependencies });
}

export default [
  browserCase({
    name: 'rl-timeline ready, 1k tasks',
    prepare: () => JSON.stringify(generateProject({ tasks: 1_000, seed: 1 })),
    measure: readyTime,
  }),
  browserCase({
    name: 'rl-timeline ready, 10k tasks',
    prepare: () => JSON.stringify(generateProject({ tasks: 10_000, seed: 1 })),
    measure: readyTime,
    target: '≤ 150 ms',
  }),
  browserCase({
    name: 'rl-timeline ready, 100k tasks',
    prepare: () => JSON.stringify(generateProject({ tasks: 100_000, seed: 1 })),
    measure: readyTime,
    runs: 3,
    target: '≤ 1000 ms',
  }),
  browserCase({
    name: 'rl-timeline scroll 100 steps, 100k tasks (p95 frame)',
    prepare: () => JSON.stringify(generateProject({ tasks: 100_000, seed: 1 })),
    measure: scrollFrames,
    runs: 3,
    target: '≤ 16 ms',
  }),
  browserCase({
    name: 'rl-timeline drag a task with 100 successors (until they moved)',
    prepare: fan,
    measure: dragFan,
    target: '≤ 16 ms',
  }),
];
