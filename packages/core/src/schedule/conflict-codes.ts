/** Conflict codes the forward pass keeps per node (`Engine.conflict`). */
export const NO_CONFLICT = 0;
/** A hard constraint overrode the link that drives the task (`Engine.conflictEdge` says which). */
export const LINK_CONFLICT = 1;
/** A hard constraint overrode the project start, the given start or a start-side constraint. */
export const START_CONFLICT = 2;
