import type { notifications as en } from '../../en/notifications.js';
import type { Message } from '../../message.js';

/** Spanish: the notification bell. */
export const notifications: Readonly<Record<keyof typeof en, Message>> = {
  'notifications.heading': 'Notificaciones',
  'notifications.bell': {
    zero: 'Notificaciones, ninguna sin leer',
    other: 'Notificaciones, {count} sin leer',
  },
  'notifications.empty': 'No hay notificaciones.',
  'notifications.markAll': 'Marcar todo como leído',
  'notifications.markOne': 'Marcar como leído: {message}',
  'notifications.unread': 'sin leer',
  'notifications.failed': 'La regla «{rule}» falló en la tarea «{task}»: {error}',
};
