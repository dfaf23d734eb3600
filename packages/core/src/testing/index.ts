/**
 * Test and demo helpers: a deterministic project generator and a seeded random source. Shipped
 * as the `testing` sub-entry so tests, stories and benchmarks share one generator.
 */
export { generateProject } from './generate.js';
export type { GenerateOptions } from './generate.js';
export { createRandom } from './random.js';
export type { Random } from './random.js';
