/**
 * `@roadline/core/views/network`: pure geometry of `rl-network`: the network graph of a project
 * (`networkGraph`), its layered left-to-right layout (`layoutNetwork`: layers, crossing reduction,
 * packing, orthogonal routes, incremental by connected part) and viewport queries.
 */
export * from './network-graph.js';
export * from './network-layout.js';
export * from './network-view.js';
