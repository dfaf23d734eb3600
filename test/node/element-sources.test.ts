/**
 * Source rules of the elements that a browser test cannot see everywhere at once: nothing that a
 * strict Content-Security-Policy blocks (a `style` attribute written by a binding or by Lit's
 * `styleMap`, which writes one on first render; eval), and no user string turned into HTML.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'packages/elements/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const RULES: [RegExp, string][] = [
  [/\bstyleMap\b/, "Lit's styleMap writes a style attribute on first render: use styleProps"],
  [/\sstyle=\$\{/, 'a style= binding writes a style attribute: use styleProps'],
  [/setAttribute\(\s*['"]style['"]/, 'a style attribute is blocked by a strict CSP: use the CSSOM'],
  [/\bunsafeHTML\b|\bunsafeSVG\b|\.innerHTML\s*=|insertAdjacentHTML/, 'user strings must stay text'],
  [/\beval\(|new Function\(/, 'eval is blocked by a strict CSP'],
];

describe('element sources', () => {
  it('has sources to check', () => {
    assert.ok(sources(src).length > 10);
  });

  for (const [pattern, why] of RULES) {
    it(`none matches ${pattern}`, () => {
      const hits = sources(src).flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(root, file)}:${i + 1}` }))
          .filter(
            ({ line }) =>
              pattern.test(line) && !line.trimStart().startsWith('*') && !line.trimStart().startsWith('//'),
          )
          .map(({ at }) => at),
      );
      assert.deepEqual(hits, [], why);
    });
  }
});
