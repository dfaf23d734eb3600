import type { DependencyType } from '@roadline/core';

/** A dependency the user removes: its id and what it linked (the link is gone in `rl-link-remove`). */
export interface LinkRemoveDetail {
  readonly dependencyId: string;
  readonly from: string;
  readonly to: string;
  readonly type: DependencyType;
}

/** `rl-link-remove`: the user removed a dependency. */
export type RlLinkRemoveEvent = CustomEvent<LinkRemoveDetail>;
/** `rl-before-link-remove`: the user is about to remove a dependency; cancel to veto. */
export type RlBeforeLinkRemoveEvent = CustomEvent<LinkRemoveDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-link-remove': RlLinkRemoveEvent;
    'rl-before-link-remove': RlBeforeLinkRemoveEvent;
  }
}
