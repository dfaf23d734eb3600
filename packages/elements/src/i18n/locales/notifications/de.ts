import type { notifications as en } from '../../en/notifications.js';
import type { Message } from '../../message.js';

/** German: the notification bell. */
export const notifications: Readonly<Record<keyof typeof en, Message>> = {
  'notifications.heading': 'Benachrichtigungen',
  'notifications.bell': {
    zero: 'Benachrichtigungen, keine ungelesen',
    other: 'Benachrichtigungen, {count} ungelesen',
  },
  'notifications.empty': 'Keine Benachrichtigungen.',
  'notifications.markAll': 'Alle als gelesen markieren',
  'notifications.markOne': 'Als gelesen markieren: {message}',
  'notifications.unread': 'ungelesen',
  'notifications.failed': 'Die Regel „{rule}“ ist bei der Aufgabe „{task}“ fehlgeschlagen: {error}',
};
