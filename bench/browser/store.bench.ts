import { generateProject } from '@roadline/core/testing';
import { browserCase } from './harness.js';

/**
 * `createProject` in a fresh page (the first load a chart given `.data` makes): the JSON is parsed
 * before the clock starts, then the store validates, normalizes and schedules it. Every run is a
 * new page, so the code runs cold; compare `npm run bench:core -- store` for the same load warm.
 */
async function coldLoad(json: string): Promise<number> {
  const R = (globalThis as unknown as { Roadline: { createProject(data: unknown): unknown } }).Roadline;
  const input: unknown = JSON.parse(json);
  const t0 = performance.now();
  R.createProject(input);
  return performance.now() - t0;
}

export default [10, 1_000, 10_000].map((tasks) =>
  browserCase({
    name: `createProject in a fresh page, ${tasks.toLocaleString('en')} tasks`,
    prepare: () => JSON.stringify(generateProject({ tasks, seed: 1 })),
    measure: coldLoad,
    runs: 9,
  }),
);
