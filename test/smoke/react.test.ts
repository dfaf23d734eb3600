/**
 * Builds a small React app with Vite against the built packages (as a host would), and checks in
 * Chromium that the generated wrappers render the elements, pass props and call `onRl…` handlers.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { type StaticServer, serveStatic } from '../../scripts/static-server.js';

const out = mkdtempSync(join(tmpdir(), 'roadline-react-'));

describe('React wrappers in a Vite-built app', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    await build({
      configFile: false,
      logLevel: 'silent',
      root: resolve(import.meta.dirname, 'react'),
      base: './',
      resolve: { conditions: ['module', 'browser', 'production'] },
      build: { outDir: out, emptyOutDir: true },
    });
    server = await serveStatic([out]);
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${server.url}/index.html`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('renders the element with its data prop', async () => {
    await page.waitForFunction(() =>
      document.querySelector('#ok')?.shadowRoot?.querySelector('[part="value"]'),
    );
    const value = await page.evaluate(
      () => document.querySelector('#ok')?.shadowRoot?.querySelector('[part="value"]')?.textContent,
    );
    assert.equal(value, '50%');
  });

  it('calls onRlError for data that is not valid', async () => {
    await page.waitForFunction(() => (window as unknown as { reactErrors: string[] }).reactErrors.length > 0);
    const errors = await page.evaluate(() => (window as unknown as { reactErrors: string[] }).reactErrors);
    assert.deepEqual(errors, ['INVALID_DATA']);
    assert.deepEqual(problems, []);
  });
});
