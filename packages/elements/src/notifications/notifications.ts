import {
  type AppNotification,
  type AutomationEvent,
  type Project,
  type ProjectData,
  RoadlineError,
} from '@roadline/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { StoreController } from '../base/store-controller.js';
import { createErrorEvent } from '../events/error-event.js';
import { createItemClickEvent } from '../events/item-click-event.js';
import { createNotificationEvent } from '../events/notification-event.js';
import { baseStyles } from '../styles/tokens.js';
import { FeedController } from '../controllers/feed-controller.js';
import { notificationsStyles } from './notifications.styles.js';
import { LocaleController } from '../controllers/locale-controller.js';
import '../i18n/en/notifications.js';
import { excerpt } from './strings.js';

const BELL = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M8 1.5a4.5 4.5 0 0 0-4.5 4.5v2.6L2 11v1h12v-1l-1.5-2.4V6A4.5 4.5 0 0 0 8 1.5zM6.3 13a1.8 1.8 0 0 0 3.4 0z"/></svg>`;

/**
 * The notification feed of a project's rules (docs/automations.md): a bell button with the
 * number of unread entries that opens a popup list, newest first, of the entries addressed to
 * `person` (every entry without it). An entry's message (plain text, never markup) is a button
 * that marks it read and fires `rl-item-click` for its task, so the host can jump to it; each
 * entry has a "Mark as read" button, and the popup a "Mark all as read" one. Keyboard: the bell
 * opens and closes the popup (Enter or Space), Escape closes it and gives focus back to the bell,
 * Arrow Up and Down move between the entries.
 *
 * Fires `rl-notification` once for each new entry written while it is connected (those of
 * `person`, when set), for the host to forward to e-mail or chat, and `rl-error` when a rule's run
 * fails.
 *
 * @summary A bell with the unread count and the list of a person's notifications.
 *
 * @fires rl-notification - A rule wrote a new entry. `detail.notification: AppNotification`.
 * @fires rl-item-click - An entry was chosen (`kind: 'task'`, `widget: 'rl-notifications'`).
 * @fires rl-error - The data is not valid, or a rule's run failed. `detail.error` is a `RoadlineError` (code `AUTOMATION_FAILED` for a run).
 *
 * @csspart bell - The button that opens and closes the popup.
 * @csspart count - The number of unread entries on the bell.
 * @csspart popup - The popup with the list.
 * @csspart heading - The popup's heading.
 * @csspart mark-all - The "Mark all as read" button.
 * @csspart list - The list of entries.
 * @csspart entry - One entry (with `unread` while it is unread).
 * @csspart unread - An unread entry.
 * @csspart open - An entry's message: the button that jumps to its task.
 * @csspart mark-read - An unread entry's "Mark as read" button.
 * @csspart empty - The message shown when there is nothing.
 *
 * @cssprop [--rl-notifications-background=var(--rl-color-surface)] - The bell's and popup's background.
 * @cssprop [--rl-notifications-badge-color=var(--rl-color-accent)] - The unread count's background.
 * @cssprop [--rl-notifications-width=320px] - The popup's width.
 * @cssprop [--rl-notifications-max-height=360px] - The popup's height before it scrolls.
 */
export class RlNotifications extends LitElement {
  static override styles = [baseStyles, notificationsStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;

  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;

  /** The person whose notifications are shown (a person id); all entries when absent. */
  @property() person: string | undefined;

  /** Whether the popup is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** At most this many entries in the list. */
  @property({ type: Number }) limit = 50;

  /** A BCP 47 language for the element's words; the nearest `lang` attribute when absent. */
  @property() locale: string | undefined;

  private readonly words = new LocaleController(this, { locale: () => this.locale });

  /** What to focus once the next render is in the page. */
  private focusAfter: 'bell' | 'first' | undefined;

  private readonly store = new StoreController(this);
  private readonly feed = new FeedController(this, (event) => this.onFeed(event));

  /** The entries of {@link person}, newest first. */
  get notifications(): Readonly<AppNotification>[] {
    const person = this.person || undefined;
    return this.store.project?.notifications(person === undefined ? {} : { person }) ?? [];
  }

  /** How many of them are unread. */
  get unread(): number {
    return this.notifications.filter((n) => !n.read).length;
  }

  /** Marks every entry of {@link person} as read. */
  markAllRead(): void {
    this.store.project?.markNotificationsRead(undefined, this.person || undefined);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.feed.follow(this.store.project);
  }

  protected override updated(): void {
    const target = this.focusAfter;
    if (target === undefined) return;
    this.focusAfter = undefined;
    const find = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    const next =
      target === 'bell' ? find('[part~="bell"]') : (find('[part~="open"]') ?? find('[part~="mark-all"]'));
    next?.focus();
  }

  override render(): TemplateResult {
    const list = this.notifications;
    const unread = list.filter((n) => !n.read).length;
    const t = this.words.t;
    const shown = list.slice(0, Math.max(0, this.limit));
    return html`
      <button
        type="button"
        part="bell"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="popup"
        aria-label=${t('notifications.bell', { count: unread })}
        @click=${() => this.toggle()}
      >
        ${BELL}${unread > 0 ? html`<span part="count" aria-hidden="true">${unread}</span>` : nothing}
      </button>
      <div part="popup" id="popup" role="region" aria-labelledby="heading" ?hidden=${!this.open} @keydown=${this.onKey}>
        <div class="head">
          <h2 part="heading" id="heading">${t('notifications.heading')}</h2>
          ${unread > 0 ? html`<button type="button" part="mark-all" @click=${() => this.markAllRead()}>${t('notifications.markAll')}</button>` : nothing}
        </div>
        ${
          shown.length === 0
            ? html`<p part="empty">${t('notifications.empty')}</p>`
            : html`<ul part="list" aria-labelledby="heading">
                ${repeat(
                  shown,
                  (n) => n.id,
                  (n) => this.entry(n),
                )}
              </ul>`
        }
      </div>
    `;
  }

  private entry(n: Readonly<AppNotification>): TemplateResult {
    return html`<li part=${n.read ? 'entry' : 'entry unread'} data-notification=${n.id}>
      <button type="button" part="open" @click=${() => this.choose(n)}>
        <span class="message">${n.message}</span>
        <span class="at">${n.at}${n.read ? nothing : html` · ${this.words.t('notifications.unread')}`}</span>
      </button>
      ${
        n.read
          ? nothing
          : html`<button type="button" part="mark-read" aria-label=${this.words.t('notifications.markOne', { message: excerpt(n.message) })} @click=${() => this.markRead(n)}>✓</button>`
      }
    </li>`;
  }

  private toggle(): void {
    this.open = !this.open;
    if (this.open) this.focusAfter = 'first';
  }

  private markRead(n: Readonly<AppNotification>): void {
    this.store.project?.markNotificationsRead([n.id]);
    this.focusAfter = 'first';
  }

  private choose(n: Readonly<AppNotification>): void {
    const project = this.store.project;
    if (project === undefined) return;
    project.markNotificationsRead([n.id]);
    this.open = false;
    this.focusAfter = 'bell';
    this.dispatchEvent(
      createItemClickEvent({
        kind: 'task',
        id: n.taskId,
        projectId: project.settings.id,
        widget: this.localName,
      }),
    );
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.open = false;
      this.focusAfter = 'bell';
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="open"]')];
    if (items.length === 0) return;
    event.preventDefault();
    const at = items.indexOf(this.renderRoot.querySelector<HTMLElement>(':focus') ?? items[0]!);
    const next = event.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
    items[next]?.focus();
  };

  private onFeed(event: AutomationEvent): void {
    if (!this.isConnected) return;
    if (event.kind === 'notification') {
      const n = event.notification;
      if (!this.person || n.to.includes(this.person)) this.dispatchEvent(createNotificationEvent(n));
    } else if (event.kind === 'run' && event.run.outcome === 'failed') {
      const { run } = event;
      const error = new RoadlineError(
        'AUTOMATION_FAILED',
        this.words.t('notifications.failed', { rule: run.ruleId, task: run.taskId, error: run.error ?? '' }),
        run,
      );
      this.dispatchEvent(createErrorEvent(error));
    }
  }
}
