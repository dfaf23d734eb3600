/**
 * Opens every story and docs page of the built Storybook (`storybook-static/`) in Chromium and
 * requires that each renders something and logs no error.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { type StaticServer, serveStatic } from '../../scripts/static-server.js';

const root = resolve(import.meta.dirname, '../..');
const staticDir = join(root, 'storybook-static');

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

describe('storybook', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];

  before(async () => {
    assert.ok(existsSync(join(staticDir, 'index.json')), 'run npm run build-storybook first');
    server = await serveStatic([staticDir]);
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('console', (m) => {
      // A failed request is reported below with its address (and the favicon is no one's concern).
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const index = existsSync(join(staticDir, 'index.json'))
    ? (JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as {
        entries: Record<string, IndexEntry>;
      })
    : { entries: {} };
  const entries = Object.values(index.entries);

  it('has stories and the docs pages', () => {
    assert.ok(
      entries.some((e) => e.type === 'story'),
      'at least one story',
    );
    for (const title of ['Docs/Getting started', 'Docs/Theming']) {
      assert.ok(
        entries.some((e) => e.title === title),
        title,
      );
    }
  });

  for (const entry of entries) {
    it(`${entry.type} ${entry.title} › ${entry.name} renders without console errors`, async () => {
      problems = [];
      const mode = entry.type === 'docs' ? 'docs' : 'story';
      await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${mode}`);
      const selector = mode === 'docs' ? '#storybook-docs' : '#storybook-root';
      await page.waitForFunction(
        (sel) => {
          const el = document.querySelector(sel);
          return (
            el !== null &&
            el.childElementCount > 0 &&
            !document.body.classList.contains('sb-show-preparing-story')
          );
        },
        selector,
        { timeout: 20000 },
      );
      // Let any element finish its first update.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      const shownError = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
      assert.equal(shownError, false, 'Storybook shows an error for this entry');
      assert.deepEqual(problems, []);
    });
  }
});
