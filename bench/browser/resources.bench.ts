import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { browserCase } from './harness.js';

/**
 * `<rl-resource-histogram>` in headless Chromium: 50 people over two years (about 100 one-week
 * assignments each), scrolled across the two years in 100 steps (one per frame) and down through
 * the people. The resource views are not in the script-tag bundle (its size budget), so `prepare`
 * bundles `define/resource-histogram` the same way (minified, Lit in production mode) into
 * `dist/bench-resources.js`, which the page imports before the clock starts.
 *
 * Frame figures are the work of one frame, as in `timeline.bench.ts`: from the frame's start until
 * it has been styled, laid out and painted.
 */

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles `define/resource-histogram` of the checkout at `from` (this one by default) into
 * `<outdir>/bench-resources.js`.
 */
export function bundle(from = root, outdir = join(root, 'packages/elements/dist')): void {
  mkdirSync(outdir, { recursive: true });
  buildSync({
    entryPoints: [join(from, 'packages/elements/src/define/resource-histogram.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    conditions: ['source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(outdir, 'bench-resources.js'),
    logLevel: 'error',
  });
}

/** 50 people, each on consecutive one-week tasks for two years, every third overlapping the next. */
export function team(): string {
  const people = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }));
  const tasks: { id: string; name: string; start: string; duration: number; assignees: string[] }[] = [];
  for (let i = 0; i < 50; i++)
    for (let k = 0; k < 104; k++)
      tasks.push({
        id: `t${i}-${k}`,
        name: `Task ${i}.${k}`,
        start: new Date(Date.UTC(2026, 0, 5 + k * 7)).toISOString().slice(0, 10),
        duration: k % 3 === 0 ? 7 : 5,
        assignees: [`p${i}`],
      });
  return JSON.stringify({ id: 'team', name: 'Team', start: '2026-01-05', people, tasks });
}

export interface ScrollArg {
  readonly json: string;
  readonly axis: 'x' | 'y';
  readonly figure: 'median' | 'p95';
}

type Pane = HTMLElement & {
  data: unknown;
  zoom: string;
  updateComplete: Promise<unknown>;
  shadowRoot: ShadowRoot;
};

/** Scrolls the histogram in 100 steps, one per frame; the work of those frames. */
export async function scrollFrames(arg: ScrollArg): Promise<number> {
  const frame = (): Promise<{ start: number; painted: number }> =>
    new Promise((resolve) =>
      requestAnimationFrame((start) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ start, painted: performance.now() });
        channel.port2.postMessage(0);
      }),
    );
  await import('/bench-resources.js' as string);
  const el = document.createElement('rl-resource-histogram') as Pane;
  el.style.cssText = 'width: 1200px; height: 600px';
  el.zoom = 'week';
  el.data = JSON.parse(arg.json);
  document.body.append(el);
  await el.updateComplete;
  await frame();
  await frame();
  const box = el.shadowRoot.querySelector(arg.axis === 'x' ? '.strip' : '.body') as HTMLElement;
  const max = arg.axis === 'x' ? box.scrollWidth - box.clientWidth : box.scrollHeight - box.clientHeight;
  const work: number[] = [];
  performance.mark('rl-frames');
  for (let i = 1; i <= 100; i++) {
    if (arg.axis === 'x') box.scrollLeft = (max * i) / 100;
    else box.scrollTop = (max * i) / 100;
    const f = await frame();
    work.push(f.painted - f.start);
  }
  el.remove();
  work.sort((a, b) => a - b);
  return work[Math.floor(work.length * (arg.figure === 'p95' ? 0.95 : 0.5))] ?? 0;
}

export default [
  browserCase({
    name: 'rl-resource-histogram 50 people × 2 years, scroll across time: median frame',
    prepare: (): ScrollArg => {
      bundle();
      return { json: team(), axis: 'x', figure: 'median' };
    },
    measure: scrollFrames,
    target: '≤ 16 ms',
  }),
  browserCase({
    name: 'rl-resource-histogram 50 people × 2 years, scroll across time: p95 frame',
    prepare: (): ScrollArg => {
      bundle();
      return { json: team(), axis: 'x', figure: 'p95' };
    },
    measure: scrollFrames,
    target: '≤ 16 ms',
  }),
  browserCase({
    name: 'rl-resource-histogram 50 people × 2 years, scroll through people: p95 frame',
    prepare: (): ScrollArg => {
      bundle();
      return { json: team(), axis: 'y', figure: 'p95' };
    },
    measure: scrollFrames,
    target: '≤ 16 ms',
  }),
];
