import { generateProject } from '@roadline/core/testing';
import { browserCase } from './harness.js';

/**
 * Mounts `<rl-progress>` with a generated project and waits until it is updated and painted. The
 * project crosses into the page as JSON text and is parsed before the clock starts, as a host's
 * fetched data would be.
 */
async function readyTime(json: string): Promise<number> {
  const data: unknown = JSON.parse(json);
  const t0 = performance.now();
  const el = document.createElement('rl-progress') as HTMLElement & {
    data: unknown;
    updateComplete: Promise<unknown>;
  };
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const elapsed = performance.now() - t0;
  el.remove();
  return elapsed;
}

export default [
  browserCase({
    name: 'rl-progress ready, 10k tasks',
    prepare: () => JSON.stringify(generateProject({ tasks: 10_000, statuses: true })),
    measure: readyTime,
  }),
  browserCase({
    name: 'rl-progress ready, 100k tasks',
    prepare: () => JSON.stringify(generateProject({ tasks: 100_000, statuses: true })),
    measure: readyTime,
  }),
];
