import type { notifications as en } from '../../en/notifications.js';
import type { Message } from '../../message.js';

/** Japanese: the notification bell. */
export const notifications: Readonly<Record<keyof typeof en, Message>> = {
  'notifications.heading': '通知',
  'notifications.bell': { zero: '通知、未読なし', other: '通知、未読 {count} 件' },
  'notifications.empty': '通知はありません。',
  'notifications.markAll': 'すべて既読にする',
  'notifications.markOne': '既読にする: {message}',
  'notifications.unread': '未読',
  'notifications.failed': 'ルール「{rule}」がタスク「{task}」で失敗しました: {error}',
};
