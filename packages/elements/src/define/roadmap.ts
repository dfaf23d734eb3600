import { RlRoadmap } from '../roadmap/roadmap.js';

if (!customElements.get('rl-roadmap')) customElements.define('rl-roadmap', RlRoadmap);

declare global {
  interface HTMLElementTagNameMap {
    'rl-roadmap': RlRoadmap;
  }
}

export { RlRoadmap };
