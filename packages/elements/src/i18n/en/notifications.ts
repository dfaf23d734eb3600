import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: the notification bell and its list (`rl-notifications`). */
export const notifications = {
  'notifications.heading': 'Notifications',
  'notifications.bell': { zero: 'Notifications, none unread', other: 'Notifications, {count} unread' },
  'notifications.empty': 'No notifications.',
  'notifications.markAll': 'Mark all as read',
  'notifications.markOne': 'Mark as read: {message}',
  'notifications.unread': 'unread',
  'notifications.failed': 'The rule “{rule}” failed on task “{task}”: {error}',
} satisfies Record<string, Message>;

addEnglish(notifications);
