import { RlWorkload } from '../workload/workload.js';

if (!customElements.get('rl-workload')) customElements.define('rl-workload', RlWorkload);

declare global {
  interface HTMLElementTagNameMap {
    'rl-workload': RlWorkload;
  }
}

export { RlWorkload };
