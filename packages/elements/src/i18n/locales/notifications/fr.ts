import type { notifications as en } from '../../en/notifications.js';
import type { Message } from '../../message.js';

/** French: the notification bell. */
export const notifications: Readonly<Record<keyof typeof en, Message>> = {
  'notifications.heading': 'Notifications',
  'notifications.bell': {
    zero: 'Notifications, aucune non lue',
    one: 'Notifications, {count} non lue',
    other: 'Notifications, {count} non lues',
  },
  'notifications.empty': 'Aucune notification.',
  'notifications.markAll': 'Tout marquer comme lu',
  'notifications.markOne': 'Marquer comme lu : {message}',
  'notifications.unread': 'non lu',
  'notifications.failed': 'La règle « {rule} » a échoué sur la tâche « {task} » : {error}',
};
