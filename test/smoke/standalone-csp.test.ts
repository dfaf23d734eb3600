/**
 * The elements that register from their own entry only (not the script-tag bundle): `rl-network`,
 * `rl-workflow` and `rl-automations`, bundled from the built `dist/` as a host's bundler would, on a plain page
 * under a strict Content-Security-Policy, fed by inline JSON. Each renders, and the page records
 * no CSP violation, no error and no warning. `elements-csp.test.ts` covers the bundle's elements.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { softwareDevelopment } from '@roadline/core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { type StaticServer, serveStatic } from '../../scripts/static-server.js';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'packages/elements/dist');
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const TAGS = ['rl-network', 'rl-workflow', 'rl-automations'] as const;

const json = JSON.stringify(softwareDevelopment('2026-03-02')).replaceAll('</', '<\\/');
const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Standalone elements under a strict CSP</title><link rel="icon" href="data:,">
<script src="/csp-watch.js"></script><script type="module" src="/standalone.js"></script></head>
<body><main>
${TAGS.map((tag) => `<section aria-label="${tag}"><${tag}><script type="application/json">${json}</script></${tag}></section>`).join('\n')}
</main></body></html>`;

describe('the standalone elements under a strict CSP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadline-csp-standalone-'));
  let server: StaticServer;
  let browser: Browser;
  let tab: Page;
  const problems: string[] = [];

  before(async () => {
    assert.ok(existsSync(join(dist, 'define/workflow.js')), 'run npm run build first');
    const entry = join(dir, 'entry.js');
    writeFileSync(
      entry,
      TAGS.map((tag) => `import ${JSON.stringify(join(dist, `define/${tag.slice(3)}.js`))};`).join('\n'),
    );
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      resolve: { conditions: ['module', 'browser', 'production'] },
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: join(dir, 'out'),
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry, formats: ['es'], fileName: 'standalone' },
      },
    });
    writeFileSync(join(dir, 'index.html'), page);
    server = await serveStatic([dir, join(dir, 'out'), join(root, 'test/smoke/pages')], { csp: STRICT_CSP });
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await tab.goto(`${server.url}/index.html`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const tag of TAGS) {
    it(`<${tag}> renders from inline JSON`, async () => {
      await tab.waitForFunction(
        (t) => {
          const root = document.querySelector(t)?.shadowRoot;
          // The network's cards and the flow's statuses; the automations editor's first render.
          const drawn = root?.querySelectorAll(
            '[part~="node"], [part~="status"], [part~="rule"], [part~="empty"]',
          );
          return (drawn?.length ?? 0) > 0 || (t === 'rl-automations' && (root?.childElementCount ?? 0) > 0);
        },
        tag,
        { timeout: 15000 },
      );
    });
  }

  it('records no CSP violation, error or warning', async () => {
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
    const violations = await tab.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  });
});
