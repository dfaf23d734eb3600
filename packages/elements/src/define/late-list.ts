import { RlLateList } from '../late-list/late-list.js';

if (!customElements.get('rl-late-list')) customElements.define('rl-late-list', RlLateList);

declare global {
  interface HTMLElementTagNameMap {
    'rl-late-list': RlLateList;
  }
}

export { RlLateList };
