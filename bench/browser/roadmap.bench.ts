import { generateProject } from '@roadline/core/testing';
import { browserCase } from './harness.js';

/** 2,000 features on 20 lanes (themes), with statuses, priorities and people. */
function features(): string {
  return JSON.stringify(generateProject({ tasks: 2000, groups: 20, statuses: true, people: 12, seed: 7 }));
}

/** A project as JSON, the view to open it in (`timeline` by default), and where the store comes from. */
interface ReadyArg {
  json: string;
  view?: 'timeline' | 'buckets';
  /**
   * Load the store before the clock starts (the roadmap's own share, as when a host shares one
   * store between views); otherwise the element loads it from `.data` inside the clock.
   */
  preloaded?: boolean;
}

/**
 * Mounts `<rl-roadmap>` with the project (JSON parsed before the clock starts) and waits until it
 * is updated and painted: store load and schedule (unless preloaded), lanes, packing and the first
 * windowed render.
 */
async function readyTime(arg: ReadyArg): Promise<number> {
  const core = (window as unknown as { Roadline: { createProject(data: unknown): unknown } }).Roadline;
  const data: unknown = JSON.parse(arg.json);
  const project = arg.preloaded ? core.createProject(data) : undefined;
  const t0 = performance.now();
  const el = document.createElement('rl-roadmap') as HTMLElement & {
    data: unknown;
    project: unknown;
    view: string;
    updateComplete: Promise<unknown>;
  };
  if (project) el.project = project;
  else el.data = data;
  if (arg.view) el.view = arg.view;
  el.setAttribute('today', '2026-03-02');
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const elapsed = performance.now() - t0;
  el.remove();
  return elapsed;
}

/**
 * The slowest of ten drag frames: a bar is pressed, then each pointer move is measured from the
 * start of the animation frame that handles it (the drag controller coalesces moves into frames)
 * to the end of the element's update and layout.
 */
async function dragFrame(json: string): Promise<number> {
  const data: unknown = JSON.parse(json);
  const el = document.createElement('rl-roadmap') as HTMLElement & {
    data: unknown;
    updateComplete: Promise<unknown>;
  };
  el.data = data;
  el.setAttribute('today', '2026-03-02');
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const root = el.shadowRoot as ShadowRoot;
  const bar = root.querySelector('[part~="bar"]') as HTMLElement;
  const rect = bar.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const init = {
    bubbles: true,
    composed: true,
    pointerId: 1,
    isPrimary: true,
    pointerType: 'mouse',
    button: 0,
  };
  bar.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }));
  let worst = 0;
  for (let k = 1; k <= 10; k++) {
    let t0 = 0;
    requestAnimationFrame(() => {
      t0 = performance.now();
    });
    el.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x + 12 * k, clientY: y + 9 * k }));
    // Requested after the drag's own frame callback, so it runs once that and the update are done.
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    void (root.querySelector('.bars') as HTMLElement).offsetHeight;
    worst = Math.max(worst, performance.now() - t0);
  }
  el.dispatchEvent(new PointerEvent('pointercancel', init));
  el.remove();
  return worst;
}

export default [
  browserCase({
    name: 'rl-roadmap ready, 2k features on 20 lanes',
    prepare: (): ReadyArg => ({ json: features() }),
    measure: readyTime,
    target: '≤ 100 ms',
  }),
  browserCase({
    name: 'rl-roadmap ready as now / next / later, 2k features on 20 lanes',
    prepare: (): ReadyArg => ({ json: features(), view: 'buckets' }),
    measure: readyTime,
  }),
  browserCase({
    name: 'rl-roadmap ready from a loaded store, 2k features on 20 lanes',
    prepare: (): ReadyArg => ({ json: features(), preloaded: true }),
    measure: readyTime,
    target: '≤ 100 ms',
  }),
  browserCase({
    name: 'rl-roadmap drag frame (worst of 10), 2k features on 20 lanes',
    prepare: features,
    measure: dragFrame,
    target: '≤ 16 ms',
  }),
];
