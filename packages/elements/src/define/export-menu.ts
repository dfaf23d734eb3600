import { RlExportMenu } from '../export-menu/export-menu.js';

if (!customElements.get('rl-export-menu')) customElements.define('rl-export-menu', RlExportMenu);

declare global {
  interface HTMLElementTagNameMap {
    'rl-export-menu': RlExportMenu;
  }
}

export { RlExportMenu };
