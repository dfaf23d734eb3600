/**
 * A time pane's horizontal axis moved: it scrolled sideways, zoomed, or grew its time range. A pane
 * drawn on the same axis (the resource pane under a gantt's timeline) follows it. Not a change to
 * the project, so it has no `rl-before-*` twin.
 */
export interface TimeAxis {
  /** The instant at logical x = 0, in wall minutes. */
  readonly start: number;
  readonly pxPerMinute: number;
  /** The logical (left-to-right) horizontal scroll offset, in px. */
  readonly left: number;
  /** The whole canvas width in px. */
  readonly width: number;
  /** The visible width in px. */
  readonly viewport: number;
}

/** `rl-time-scroll`: fired by the timeline when its axis moved. */
export type RlTimeScrollEvent = CustomEvent<TimeAxis>;

/** Creates the `rl-time-scroll` event (bubbling, composed, so a host's page can listen too). */
export function createTimeScrollEvent(axis: TimeAxis): RlTimeScrollEvent {
  return new CustomEvent('rl-time-scroll', { detail: axis, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-time-scroll': RlTimeScrollEvent;
  }
}
