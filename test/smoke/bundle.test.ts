/**
 * Loads the built script-tag bundle into a plain HTML page served under a strict
 * Content-Security-Policy, and checks that an element renders from inline JSON, that the core API
 * is on `window.Roadline`, and that the page logs no error and no CSP violation.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { type StaticServer, serveStatic } from '../../scripts/static-server.js';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'packages/elements/dist');
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

describe('script-tag bundle', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    assert.ok(existsSync(join(dist, 'roadline.js')), 'run npm run build first');
    server = await serveStatic([join(root, 'test/smoke/pages'), dist], { csp: STRICT_CSP });
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${server.url}/bundle.html`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('registers the elements and renders one from inline JSON', async () => {
    await page.waitForFunction(() =>
      document.querySelector('rl-progress')?.shadowRoot?.querySelector('[part="value"]'),
    );
    const text = await page.evaluate(() => {
      const root = document.querySelector('rl-progress')?.shadowRoot;
      return {
        value: root?.querySelector('[part="value"]')?.textContent,
        label: root?.querySelector('[part="label"]')?.textContent,
        bold: root?.querySelector('b') !== null,
      };
    });
    assert.equal(text.value, '25%');
    assert.match(text.label ?? '', /Smoke <b>test<\/b>/);
    assert.equal(text.bold, false, 'a name is text, never HTML');
  });

  it('exposes the core API as window.Roadline', async () => {
    const api = await page.evaluate(() => {
      const r = (window as unknown as { Roadline: Record<string, unknown> }).Roadline;
      return {
        keys: Object.keys(r),
        parsed: (r.parseWallTime as (s: string) => number)('1970-01-02'),
        error: new (r.RoadlineError as new (c: string, m: string) => Error & { code: string })('CYCLE', 'x')
          .code,
      };
    });
    for (const name of ['RoadlineError', 'parseWallTime', 'formatWallTime', 'RlProgress', 'applyTheme']) {
      assert.ok(api.keys.includes(name), `window.Roadline.${name}`);
    }
    assert.equal(api.parsed, 1440);
    assert.equal(api.error, 'CYCLE');
  });

  it('logs no error, no warning and no CSP violation', async () => {
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  });
});
