import { generateProject } from '@roadline/core/testing';
import { benchCase } from './harness.js';

export default [
  benchCase({
    name: 'generate 100k tasks (all options)',
    runs: 3,
    run: () =>
      generateProject({
        tasks: 100_000,
        seed: 7,
        linkTypes: true,
        lags: true,
        constraints: true,
        people: 20,
        statuses: true,
        groups: 8,
      }),
  }),
];
