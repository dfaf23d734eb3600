import { RlWorkflow } from '../workflow/workflow.js';

if (!customElements.get('rl-workflow')) customElements.define('rl-workflow', RlWorkflow);

declare global {
  interface HTMLElementTagNameMap {
    'rl-workflow': RlWorkflow;
  }
}

export { RlWorkflow };
