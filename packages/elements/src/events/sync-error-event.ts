import type { SyncError, SyncSession } from '@roadline/core';

/** A sync problem (`detail` is core's `SyncError`: kind, the server's reason, status, the batch). */
export type RlSyncErrorEvent = CustomEvent<SyncError>;

/**
 * The bridge from a core sync session to the DOM: dispatches each of `session`'s `error` events as
 * a bubbling, composed `rl-sync-error` on `target` (an element, or `document`) so a page can show
 * it wherever it shows other errors. Returns the function that stops forwarding.
 */
export function forwardSyncErrors(session: Pick<SyncSession, 'on'>, target: EventTarget): () => void {
  return session.on('error', (error) => {
    target.dispatchEvent(new CustomEvent('rl-sync-error', { detail: error, bubbles: true, composed: true }));
  });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-sync-error': RlSyncErrorEvent;
  }
}
