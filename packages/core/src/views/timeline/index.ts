/**
 * `@roadline/core/views/timeline`: pure geometry of `rl-timeline` (and the time axis the roadmap
 * reuses): zoom table, time scale, bars, arrows, shading, virtual
 * windows.
 */
export * from './arrows.js';
export * from './bars.js';
export * from './nonworking.js';
export * from './tick-format.js';
export * from './time-scale.js';
export * from './virtual.js';
export * from './zoom-levels.js';
