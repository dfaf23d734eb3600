import { css, type CSSResult } from 'lit';

/**
 * Roadline's design tokens, in three tiers:
 * - palette (`--rl-palette-*`): raw colors, never read by components directly;
 * - semantic tokens (`--rl-color-*`, `--rl-font-*`, `--rl-space-*`, `--rl-radius-*`): what things mean;
 * - component tokens (`--rl-<element>-*`), declared on each element and defaulting to semantic ones.
 *
 * Every semantic token has a fallback inside the components, so elements look right with no theme
 * loaded. The themes (light, dark, high contrast) set the semantic tokens on `:where(:root)` in a
 * cascade layer, so any rule of the host wins.
 */
export const semanticTokens = {
  '--rl-color-surface': ['#ffffff', '#16181d', '#000000'],
  '--rl-color-surface-raised': ['#f6f7f9', '#1f232a', '#000000'],
  '--rl-color-text': ['#1d2330', '#e8ebf0', '#ffffff'],
  '--rl-color-text-muted': ['#5b6475', '#a3abba', '#ffffff'],
  '--rl-color-border': ['#d9dde5', '#343a46', '#ffffff'],
  '--rl-color-accent': ['#2f6fed', '#6b9bff', '#ffff00'],
  '--rl-color-accent-contrast': ['#ffffff', '#0b1020', '#000000'],
  '--rl-color-success': ['#2e9e5b', '#4cc486', '#00ff00'],
  '--rl-color-warning': ['#c77800', '#f0a93b', '#ffbf00'],
  '--rl-color-danger': ['#d93f3f', '#ff6b6b', '#ff4040'],
  '--rl-color-critical': ['#d93f3f', '#ff6b6b', '#ff4040'],
  '--rl-color-track': ['#e6e9ef', '#2b303a', '#333333'],
  '--rl-color-focus': ['#2f6fed', '#6b9bff', '#ffff00'],
} as const satisfies Record<string, readonly [light: string, dark: string, highContrast: string]>;

export type SemanticToken = keyof typeof semanticTokens;

/** Tokens that do not change between themes. */
export const scaleTokens = {
  '--rl-font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  '--rl-font-size': '14px',
  '--rl-font-size-small': '12px',
  '--rl-space-1': '4px',
  '--rl-space-2': '8px',
  '--rl-space-3': '12px',
  '--rl-radius': '6px',
  '--rl-focus-ring-width': '2px',
} as const;

export type ThemeName = 'light' | 'dark' | 'high-contrast';
/** The built-in themes; each is also a file, `@roadline/elements/themes/<name>.css`. */
export const THEMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast'];
const THEME_INDEX: Record<ThemeName, 0 | 1 | 2> = { light: 0, dark: 1, 'high-contrast': 2 };

/** The value of a semantic or scale token in a theme: the fallback components use, and the docs list. */
export function tokenValue(
  token: SemanticToken | keyof typeof scaleTokens,
  theme: ThemeName = 'light',
): string {
  if (token in semanticTokens) return semanticTokens[token as SemanticToken][THEME_INDEX[theme]];
  return scaleTokens[token as keyof typeof scaleTokens];
}

/**
 * The CSS text of a theme: the semantic and scale tokens on `:where(:root)` inside
 * `@layer roadline.theme`. Hosts add it with a `<link>` to the built file
 * (`@roadline/elements/themes/<name>.css`, or `themes/<name>.css` beside `roadline.js`) or with
 * {@link applyTheme}.
 */
export function themeCss(theme: ThemeName, selector = ':where(:root)'): string {
  const lines = [
    ...Object.entries(semanticTokens).map(([name, values]) => `  ${name}: ${values[THEME_INDEX[theme]]};`),
    ...Object.entries(scaleTokens).map(([name, value]) => `  ${name}: ${value};`),
    `  color-scheme: ${theme === 'light' ? 'light' : 'dark'};`,
  ];
  return `@layer roadline.theme {\n${selector} {\n${lines.join('\n')}\n}\n}\n`;
}

/**
 * Adopts a theme into a document (or shadow root) as a constructed stylesheet: no `<style>`
 * element and no `style` attribute, so it works under a strict Content-Security-Policy.
 * Returns a function that removes it again.
 */
export function applyTheme(theme: ThemeName, root: Document | ShadowRoot = document): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themeCss(theme));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Base styles every Roadline element shares: font, colors, the focus ring, `[hidden]`. */
export const baseStyles: CSSResult = css`
  :host {
    box-sizing: border-box;
    font-family: var(--rl-font-family, system-ui, sans-serif);
    font-size: var(--rl-font-size, 14px);
    color: var(--rl-color-text, #1d2330);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--rl-focus-ring-width, 2px) solid var(--rl-color-focus, #2f6fed);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
