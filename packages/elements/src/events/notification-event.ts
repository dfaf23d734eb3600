import type { AppNotification } from '@roadline/core';

/** What `rl-notification` carries: the new entry of the feed, for the host to forward (e-mail, chat). */
export interface NotificationDetail {
  readonly notification: Readonly<AppNotification>;
}

/** `rl-notification`: a rule's `notify` action wrote a new entry. */
export type RlNotificationEvent = CustomEvent<NotificationDetail>;

/** Creates the bubbling, composed `rl-notification` event. */
export function createNotificationEvent(notification: Readonly<AppNotification>): RlNotificationEvent {
  return new CustomEvent('rl-notification', { detail: { notification }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-notification': RlNotificationEvent;
  }
}
