import type { DependencyType } from '@roadline/core';

/**
 * A dependency the user is drawing between two tasks. In `rl-before-link-create` (cancelable) it
 * is not in the store yet and has no id; in `rl-link-create` it is, and `dependencyId` names it.
 */
export interface LinkCreateDetail {
  /** Predecessor task id. */
  readonly from: string;
  /** Successor task id. */
  readonly to: string;
  readonly type: DependencyType;
  /** Set once the link exists (in `rl-link-create`). */
  readonly dependencyId?: string;
}

/** `rl-link-create`: the user linked two tasks. */
export type RlLinkCreateEvent = CustomEvent<LinkCreateDetail>;
/** `rl-before-link-create`: the user is about to link two tasks; cancel to veto. */
export type RlBeforeLinkCreateEvent = CustomEvent<LinkCreateDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-link-create': RlLinkCreateEvent;
    'rl-before-link-create': RlBeforeLinkCreateEvent;
  }
}
