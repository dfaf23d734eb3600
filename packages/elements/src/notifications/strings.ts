/**
 * Every string `rl-notifications` shows or reads out, in one place (to move into the message
 * catalogue when it lands).
 */
export const NOTIFICATION_STRINGS = {
  heading: 'Notifications',
  bell: (unread: number): string =>
    unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`,
  empty: 'No notifications.',
  markAll: 'Mark all as read',
  markOne: (message: string): string => `Mark as read: ${message}`,
  read: 'read',
  unread: 'unread',
  failed: (rule: string, task: string, error: string): string =>
    `The rule "${rule}" failed on task "${task}": ${error}`,
} as const;

/** A message's opening words, to name its buttons. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
