import { RlAutomations } from '../automations/automations.js';

if (!customElements.get('rl-automations')) customElements.define('rl-automations', RlAutomations);

declare global {
  interface HTMLElementTagNameMap {
    'rl-automations': RlAutomations;
  }
}

export { RlAutomations };
export type {
  AutomationChangeDetail,
  RlAutomationChangeEvent,
  RlBeforeAutomationChangeEvent,
} from '../events/automation-change-event.js';
