/**
 * `@roadline/core/views/workflow`: pure geometry of `rl-workflow`: the statuses in a row in flow
 * order and the transitions routed between them (forward steps straight, skips over the row,
 * steps back under it). The figures (counts, edges, bottleneck) are `workflow` in the root entry.
 */
export * from './workflow-layout.js';
