import type { AppNotification } from '../model/automation.js';

/** How many notifications the feed keeps by default; past it the oldest are dropped. */
export const DEFAULT_FEED_LIMIT = 500;

/** Filters of `Project.notifications`. */
export interface NotificationFilter {
  /** Only those addressed to this person. */
  person?: string;
  /** Only unread ones. */
  unread?: boolean;
}

/**
 * The notification feed `notify` actions write: kept in memory (not in `ProjectData`), newest
 * first, bounded, each entry frozen and replaced (never edited) when it is marked as read.
 */
export class NotificationFeed {
  /** Oldest first; read newest first. */
  private entries: Readonly<AppNotification>[] = [];
  private seq = 0;

  constructor(private readonly limit: number = DEFAULT_FEED_LIMIT) {}

  /** A fresh id for a new entry. */
  nextId(): string {
    this.seq += 1;
    return `notification-${this.seq}`;
  }

  add(entry: AppNotification): void {
    this.entries.push(Object.freeze({ ...entry, to: Object.freeze([...entry.to]) as string[] }));
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  list(filter: NotificationFilter = {}): Readonly<AppNotification>[] {
    const out: Readonly<AppNotification>[] = [];
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const n = this.entries[i] as Readonly<AppNotification>;
      if (filter.person !== undefined && !n.to.includes(filter.person)) continue;
      if (filter.unread === true && n.read) continue;
      out.push(n);
    }
    return out;
  }

  /**
   * Marks entries as read: those with the given ids, or (no ids) every entry, or every entry
   * addressed to `person`. Returns the ids that changed.
   */
  markRead(ids?: readonly string[], person?: string): string[] {
    const wanted = ids === undefined ? undefined : new Set(ids);
    const changed: string[] = [];
    this.entries = this.entries.map((n) => {
      if (n.read) return n;
      if (wanted !== undefined && !wanted.has(n.id)) return n;
      if (person !== undefined && !n.to.includes(person)) return n;
      changed.push(n.id);
      return Object.freeze({ ...n, read: true });
    });
    return changed;
  }
}
