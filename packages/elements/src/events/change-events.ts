/**
 * The two-step protocol every user change follows: a cancelable `rl-before-<name>` first (the host
 * may veto it with `preventDefault()`), then, once the store has changed, `rl-<name>`. Both bubble
 * and cross shadow roots. Each event has its own file in `events/` with its detail type and its
 * `GlobalEventHandlersEventMap` entry; these two functions are how elements fire them.
 */

/** Fires `rl-before-<name>`; returns `false` when a listener vetoed the change. */
export function requestChange<Detail>(host: HTMLElement, name: string, detail: Detail): boolean {
  return host.dispatchEvent(
    new CustomEvent(`rl-before-${name}`, { detail, bubbles: true, composed: true, cancelable: true }),
  );
}

/** Fires `rl-<name>` after the change is in the store. */
export function announceChange<Detail>(host: HTMLElement, name: string, detail: Detail): void {
  host.dispatchEvent(new CustomEvent(`rl-${name}`, { detail, bubbles: true, composed: true }));
}
