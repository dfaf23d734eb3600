import { generateProject } from '@roadline/core/testing';
import { browserCase } from './harness.js';

/**
 * The same ready time as `gantt.bench.ts` and `roadmap.bench.ts` measure, in a page that has
 * already shown one small chart of the same kind (mounted, painted and removed before the clock
 * starts). The difference to the cold figure is what a page pays once: compiling the library's
 * code on first use. An app that shows a second chart, or its first after any other view, pays
 * this figure.
 */
interface Arg {
  tag: 'rl-gantt' | 'rl-roadmap';
  json: string;
  small: string;
}

async function warmReady(arg: Arg): Promise<number> {
  const R = (globalThis as unknown as { Roadline: { createProject(data: unknown): unknown } }).Roadline;
  type Chart = HTMLElement & { project: unknown; updateComplete: Promise<unknown>; zoom?: string };
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const box = document.createElement('div');
  box.style.width = '1280px';
  box.style.height = '720px';
  box.style.overflow = 'hidden';
  document.body.append(box);
  const mount = async (json: string): Promise<number> => {
    const input: unknown = JSON.parse(json);
    const t0 = performance.now();
    const el = document.createElement(arg.tag) as Chart;
    el.style.setProperty('--rl-gantt-height', '720px');
    if (arg.tag === 'rl-gantt') el.zoom = 'month';
    else el.setAttribute('today', '2026-03-02');
    el.project = R.createProject(input);
    box.append(el);
    await el.updateComplete;
    await painted();
    const elapsed = performance.now() - t0;
    el.remove();
    return elapsed;
  };
  await mount(arg.small);
  await painted();
  return mount(arg.json);
}

const small = (): string => JSON.stringify(generateProject({ tasks: 50, seed: 2 }));

export default [
  browserCase({
    name: 'rl-gantt ready, 10k tasks, after one chart in the page',
    prepare: (): Arg => ({
      tag: 'rl-gantt',
      json: JSON.stringify(generateProject({ tasks: 10_000, seed: 1 })),
      small: small(),
    }),
    measure: warmReady,
  }),
  browserCase({
    name: 'rl-roadmap ready, 2k features on 20 lanes, after one roadmap in the page',
    prepare: (): Arg => ({
      tag: 'rl-roadmap',
      json: JSON.stringify(generateProject({ tasks: 2000, groups: 20, statuses: true, people: 12, seed: 7 })),
      small: small(),
    }),
    measure: warmReady,
  }),
];
