import { RlMilestones } from '../milestones/milestones.js';

if (!customElements.get('rl-milestones')) customElements.define('rl-milestones', RlMilestones);

declare global {
  interface HTMLElementTagNameMap {
    'rl-milestones': RlMilestones;
  }
}

export { RlMilestones };
