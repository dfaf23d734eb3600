import { RlTimeline } from '../timeline/timeline.js';

if (!customElements.get('rl-timeline')) customElements.define('rl-timeline', RlTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'rl-timeline': RlTimeline;
  }
}

export { RlTimeline };
