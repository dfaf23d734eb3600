import { RlPortfolio } from '../portfolio/portfolio.js';

if (!customElements.get('rl-portfolio')) customElements.define('rl-portfolio', RlPortfolio);

declare global {
  interface HTMLElementTagNameMap {
    'rl-portfolio': RlPortfolio;
  }
}

export { RlPortfolio };
