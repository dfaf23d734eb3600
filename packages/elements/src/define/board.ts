import { RlBoard } from '../board/rl-board.js';

if (!customElements.get('rl-board')) customElements.define('rl-board', RlBoard);

declare global {
  interface HTMLElementTagNameMap {
    'rl-board': RlBoard;
  }
}

export { RlBoard };
