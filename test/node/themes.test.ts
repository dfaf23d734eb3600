/**
 * The theme files a host links (`@roadline/elements/themes/<name>.css`): each is built, sits in
 * `@layer roadline.theme` so any host rule wins, and defines every semantic and scale token an
 * element reads, so no element falls back to its light built-in under a dark theme. Needs
 * `npm run build`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { scaleTokens, semanticTokens, THEMES } from '../../packages/elements/src/styles/tokens.js';

const root = resolve(import.meta.dirname, '../..');
const elementsSrc = join(root, 'packages/elements/src');

/** The theme tier: what a theme sets (the rest are one element's tokens, defaulting to these). */
const THEME_TIER = /^--rl-(color|font|space|radius|focus)-?/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every `var(--rl-…)` the element sources read. */
const read = new Set(
  sources(elementsSrc).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/var\(\s*(--rl-[a-z0-9-]+)/g)].map((m) => m[1] as string),
  ),
);

/** `name: value` pairs a theme file declares. */
function declared(css: string): Map<string, string> {
  return new Map(
    [...css.matchAll(/(--rl-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1] as string, m[2] as string]),
  );
}

describe('theme files', () => {
  it('the elements read theme-tier tokens at all (the scan below is not vacuous)', () => {
    assert.ok([...read].filter((t) => THEME_TIER.test(t)).length >= 10);
  });

  for (const theme of THEMES) {
    const file = join(root, `packages/elements/dist/themes/${theme}.css`);
    it(`${theme}.css defines every theme-tier token an element reads, in the theme's layer`, () => {
      const css = readFileSync(file, 'utf8');
      assert.match(css, /^@layer roadline\.theme \{/);
      assert.match(css, /:where\(:root\)/);
      const tokens = declared(css);
      const missing = [...read].filter((t) => THEME_TIER.test(t) && !tokens.has(t));
      assert.deepEqual(missing, [], `${theme}.css lacks tokens the elements read`);
    });

    it(`${theme}.css holds the values the docs and applyTheme use`, () => {
      const tokens = declared(readFileSync(file, 'utf8'));
      const index = THEMES.indexOf(theme);
      for (const [name, values] of Object.entries(semanticTokens))
        assert.equal(tokens.get(name), values[index], name);
      for (const [name, value] of Object.entries(scaleTokens)) assert.equal(tokens.get(name), value, name);
    });
  }

  it('dark and high contrast differ from light in every color', () => {
    const light = declared(readFileSync(join(root, 'packages/elements/dist/themes/light.css'), 'utf8'));
    for (const theme of ['dark', 'high-contrast'] as const) {
      const other = declared(readFileSync(join(root, `packages/elements/dist/themes/${theme}.css`), 'utf8'));
      const same = [...light].filter(
        ([k, v]) => k.startsWith('--rl-color-') && other.get(k) === v && k !== '--rl-color-accent-contrast',
      );
      assert.deepEqual(same, [], `${theme} keeps light colors`);
    }
  });
});
