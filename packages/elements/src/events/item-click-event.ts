/**
 * An item (a task, a milestone, a release or a project) was chosen in a dashboard widget, with a
 * click or Enter, so the host can open it. Not a change, so it has no `rl-before-*` twin.
 */
export interface ItemClickDetail {
  /** What was chosen. */
  readonly kind: 'task' | 'release' | 'project';
  /** Its id: a task id, a release id or a project id. */
  readonly id: string;
  /** The id of the project the item belongs to. */
  readonly projectId: string;
  /** The widget element it was chosen in (its tag tells which kind of widget). */
  readonly widget: string;
}

/** `rl-item-click`: an item was chosen in a widget. */
export type RlItemClickEvent = CustomEvent<ItemClickDetail>;

/** Creates the bubbling, composed `rl-item-click` event. */
export function createItemClickEvent(detail: ItemClickDetail): RlItemClickEvent {
  return new CustomEvent('rl-item-click', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-item-click': RlItemClickEvent;
  }
}
