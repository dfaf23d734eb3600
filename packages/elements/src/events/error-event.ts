import type { RoadlineError } from '@roadline/core';

/** Fired when an element is given input it cannot use (for example inline JSON that does not parse). */
export type RlErrorEvent = CustomEvent<{ error: RoadlineError }>;

/** Creates the bubbling, composed `rl-error` event. */
export function createErrorEvent(error: RoadlineError): RlErrorEvent {
  return new CustomEvent('rl-error', { detail: { error }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-error': RlErrorEvent;
  }
}
