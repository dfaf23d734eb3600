import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateProject } from '@roadline/core/testing';
import { build } from 'vite';
import { browserCase } from './harness.js';

/**
 * `<rl-network>` at 10,000 tasks in headless Chromium. It is not in the script-tag bundle, so its
 * own entry (`define/network`) is bundled here from the built `dist/`, as a host's bundler would,
 * into `dist/bench/network.js` (served beside `roadline.js`), and imported by the page before the
 * clock starts. The project crosses as JSON and is given as `.data`: first paint counts loading it
 * into a store, scheduling, the layered layout and drawing the cards in view.
 *
 * Frame figures are the work of one frame, as in `timeline.bench.ts`: from the frame's start until
 * it has been painted. Pan and zoom alternate, one step a frame: a wheel step pans, a Ctrl+wheel
 * step zooms around the pointer (a trackpad pinch), as input arrives between frames.
 */
const dist = resolve(import.meta.dirname, '../../packages/elements/dist');
mkdirSync(join(dist, 'bench'), { recursive: true });
await build({
  configFile: false,
  logLevel: 'silent',
  resolve: { conditions: ['module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: join(dist, 'bench'),
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: join(dist, 'define/network.js'), formats: ['es'], fileName: 'network' },
  },
});

interface Arg {
  readonly json: string;
  readonly figure: 'first' | 'p95';
}

type Network = HTMLElement & { data: unknown; updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

async function networkFrames(arg: Arg): Promise<number> {
  // A URL the page resolves (a variable, so TypeScript does not look for the module).
  const entry = '/bench/network.js';
  await import(/* @vite-ignore */ entry);
  const frame = (): Promise<{ start: number; painted: number }> =>
    new Promise((resolve) =>
      requestAnimationFrame((start) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ start, painted: performance.now() });
        channel.port2.postMessage(0);
      }),
    );
  const data: unknown = JSON.parse(arg.json);
  const t0 = performance.now();
  const el = document.createElement('rl-network') as Network;
  el.style.height = '800px';
  el.style.width = '1200px';
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  // Painted: the first frame after some card is in the DOM.
  while (!el.shadowRoot.querySelector('[part~="node"]')) await frame();
  const first = (await frame()).painted - t0;
  if (arg.figure === 'first') {
    el.remove();
    return first;
  }
  const viewport = el.shadowRoot.querySelector('[part="viewport"]') as HTMLElement;
  const box = viewport.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  const work: number[] = [];
  for (let i = 0; i < 120; i++) {
    const zoom = i % 2 === 1;
    viewport.dispatchEvent(
      new WheelEvent('wheel', {
        ...at,
        bubbles: true,
        cancelable: true,
        composed: true,
        ctrlKey: zoom,
        deltaX: zoom ? 0 : 40,
        deltaY: zoom ? (i % 4 === 1 ? -30 : 30) : 25,
      }),
    );
    const f = await frame();
    work.push(f.painted - f.start);
  }
  el.remove();
  work.sort((a, b) => a - b);
  return work[Math.min(work.length - 1, Math.floor(work.length * 0.95))] as number;
}

const json = (): string => JSON.stringify(generateProject({ tasks: 10_000, seed: 1, people: 20 }));

export default [
  browserCase<Arg>({
    name: 'rl-network 10k: first paint (load, schedule, layout, draw)',
    prepare: () => ({ json: json(), figure: 'first' }),
    measure: networkFrames,
    runs: 3,
    target: '≤ 2000 ms',
  }),
  browserCase<Arg>({
    name: 'rl-network 10k: pan/zoom frame (p95 of 120)',
    prepare: () => ({ json: json(), figure: 'p95' }),
    measure: networkFrames,
    runs: 3,
    target: '≤ 16 ms',
  }),
];
