/**
 * A scrolling pane's vertical offset changed (by the user or by the host setting `scrollTop`), so a
 * pane beside it can follow. Not a change to the project, so it has no `rl-before-*` twin.
 */
export interface ScrollDetail {
  readonly top: number;
}

/** `rl-scroll`: fired by the timeline and the gantt grid when their vertical offset changes. */
export type RlScrollEvent = CustomEvent<ScrollDetail>;

/** Creates the bubbling, composed `rl-scroll` event. */
export function createScrollEvent(top: number): RlScrollEvent {
  return new CustomEvent('rl-scroll', { detail: { top }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-scroll': RlScrollEvent;
  }
}
