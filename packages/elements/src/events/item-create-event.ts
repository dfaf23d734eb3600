/**
 * A card added by the user in a board column (and lane). `rl-before-item-create` carries the name
 * and place before the task exists (cancel to veto); `rl-item-create` also carries the new id.
 */
export interface ItemCreateDetail {
  readonly name: string;
  readonly field: string;
  readonly column: string;
  readonly laneField?: string | undefined;
  readonly lane?: string | undefined;
  /** The new task's id (in `rl-item-create` only). */
  readonly itemId?: string | undefined;
}

/** `rl-item-create`: a card was added. */
export type RlItemCreateEvent = CustomEvent<ItemCreateDetail>;
/** `rl-before-item-create`: a card is about to be added; cancel to veto. */
export type RlBeforeItemCreateEvent = CustomEvent<ItemCreateDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-item-create': RlItemCreateEvent;
    'rl-before-item-create': RlBeforeItemCreateEvent;
  }
}
