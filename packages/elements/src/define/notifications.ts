import { RlNotifications } from '../notifications/notifications.js';

if (!customElements.get('rl-notifications')) customElements.define('rl-notifications', RlNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'rl-notifications': RlNotifications;
  }
}

export { RlNotifications };
