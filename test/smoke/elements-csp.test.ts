/**
 * Every element of the script-tag bundle, on a plain page under a strict Content-Security-Policy,
 * fed by inline JSON (a template project): each renders, and the page records no CSP violation,
 * no error and no warning. Hosts with enterprise CSPs rely on this.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectManagement } from '@roadline/core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { type StaticServer, serveStatic } from '../../scripts/static-server.js';
import { STANDALONE_ELEMENTS } from '../../scripts/standalone-elements.js';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'packages/elements/dist');
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/** Every tag the package registers, read from its registration modules. */
const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8')) as {
  modules: { exports?: { kind: string; name: string }[] }[];
};
const tags = manifest.modules
  .flatMap((m) => m.exports ?? [])
  .filter((e) => e.kind === 'custom-element-definition')
  .map((e) => e.name)
  // Registered from their own entries only, not by the bundle: see scripts/standalone-elements.ts.
  .filter((tag) => !STANDALONE_ELEMENTS.has(tag))
  .sort();

const json = JSON.stringify(projectManagement('2026-03-02')).replaceAll('</', '<\\/');
const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Every element under a strict CSP</title><link rel="icon" href="data:,">
<script src="/roadline.js"></script><script src="/csp-watch.js"></script></head>
<body><main>
${tags.map((tag) => `<section aria-label="${tag}"><${tag}><script type="application/json">${json}</script></${tag}></section>`).join('\n')}
</main></body></html>`;

describe('every element under a strict CSP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadline-csp-'));
  let server: StaticServer;
  let browser: Browser;
  let tab: Page;
  const problems: string[] = [];

  before(async () => {
    assert.ok(existsSync(join(dist, 'roadline.js')), 'run npm run build first');
    writeFileSync(join(dir, 'all.html'), page);
    server = await serveStatic([dir, join(root, 'test/smoke/pages'), dist], { csp: STRICT_CSP });
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await tab.goto(`${server.url}/all.html`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the elements', () => {
    assert.ok(tags.length >= 5, `tags: ${tags.join(', ')}`);
  });

  for (const tag of tags) {
    it(`<${tag}> renders from inline JSON`, async () => {
      await tab.waitForFunction(
        (t) => {
          const el = document.querySelector(t);
          return (
            el?.shadowRoot !== null && el?.shadowRoot !== undefined && el.shadowRoot.childElementCount > 0
          );
        },
        tag,
        { timeout: 10000 },
      );
      const text = await tab.evaluate((t) => {
        // Text of the element's shadow tree, nested elements' shadow trees included. (A loop, not
        // a nested function: the test's TypeScript transform would wrap a named function.)
        let out = '';
        const stack: Node[] = [];
        const root = document.querySelector(t)?.shadowRoot;
        if (root) stack.push(root);
        while (stack.length > 0) {
          const node = stack.pop() as Node;
          if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? '';
          if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
          stack.push(...Array.from(node.childNodes));
        }
        return out;
      }, tag);
      assert.ok(text.trim().length > 0, `<${tag}> shows some text`);
    });
  }

  it('records no CSP violation, error or warning', async () => {
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    const violations = await tab.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  });
});
