import type { notifications as en } from '../../en/notifications.js';
import type { Message } from '../../message.js';

/** Arabic: the notification bell. */
export const notifications: Readonly<Record<keyof typeof en, Message>> = {
  'notifications.heading': 'الإشعارات',
  'notifications.bell': {
    zero: 'الإشعارات، لا يوجد غير مقروء',
    one: 'الإشعارات، إشعار واحد غير مقروء',
    two: 'الإشعارات، إشعاران غير مقروءين',
    few: 'الإشعارات، {count} إشعارات غير مقروءة',
    many: 'الإشعارات، {count} إشعارًا غير مقروء',
    other: 'الإشعارات، {count} إشعار غير مقروء',
  },
  'notifications.empty': 'لا توجد إشعارات.',
  'notifications.markAll': 'تعليم الكل كمقروء',
  'notifications.markOne': 'تعليم كمقروء: {message}',
  'notifications.unread': 'غير مقروء',
  'notifications.failed': 'فشلت القاعدة «{rule}» في المهمة «{task}»: {error}',
};
