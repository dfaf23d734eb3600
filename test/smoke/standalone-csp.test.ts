/**
 * Every element that registers from its own entry only (not the script-tag bundle; the list is
 * `scripts/standalone-elements.ts`), bundled from the built `dist/` as a host's bundler would, on a
 * plain page under a strict Content-Security-Policy. The views are fed by inline JSON; the import
 * wizard and the export menu get a store from the page's own module. Each renders; the wizard
 * imports a CSV and an XLSX file (its parsers load on demand); the menu makes every format; and
 * the page records no CSP violation, no error and no warning. `elements-csp.test.ts` covers the
 * bundle's elements.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type ProjectData, softwareDevelopment } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { toCSV } from '@roadline/core/io/csv';
import { toXLSX } from '@roadline/core/io/xlsx';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { STANDALONE_ELEMENTS } from '../../scripts/standalone-elements.js';
import { type StaticServer, serveStatic } from '../../scripts/static-server.js';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'packages/elements/dist');
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const TAGS = [...STANDALONE_ELEMENTS];
/** Elements that take a store (`.project`), not inline JSON: the page's module gives them one. */
const STORE_FED = new Set(['rl-import', 'rl-export-menu']);

const plan = softwareDevelopment('2026-03-02');
const json = JSON.stringify(plan).replaceAll('</', '<\\/');
/** The page's module: a store from the page's JSON for the store-fed elements, and a record of exports. */
const PAGE_MODULE = `
import { createProject } from ${JSON.stringify(join(root, 'packages/core/dist/index.js'))};
const data = JSON.parse(document.getElementById('plan').textContent);
const project = createProject(data);
window.roadline = { project, exports: [], imports: [] };
for (const el of document.querySelectorAll(${JSON.stringify([...STORE_FED].join(','))})) el.project = project;
document.addEventListener('rl-export', (e) => {
  e.preventDefault();
  window.roadline.exports.push({ format: e.detail.format, size: e.detail.blob.size });
});
document.addEventListener('rl-import', (e) => window.roadline.imports.push(e.detail.format));
`;
const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Standalone elements under a strict CSP</title><link rel="icon" href="data:,">
<script src="/csp-watch.js"></script><script type="module" src="/standalone.js"></script></head>
<body><main>
<script type="application/json" id="plan">${json}</script>
${TAGS.map((tag) => `<section aria-label="${tag}"><${tag}>${STORE_FED.has(tag) ? '' : `<script type="application/json">${json}</script>`}</${tag}></section>`).join('\n')}
</main></body></html>`;

/** What the page's module keeps on `window`. */
interface RoadlinePage {
  roadline: {
    project: { wbsOrder(): readonly string[] };
    exports: { format: string; size: number }[];
    imports: string[];
  };
}

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
      TAGS.map((tag) => `import ${JSON.stringify(join(dist, `define/${tag.slice(3)}.js`))};`).join('\n') +
        PAGE_MODULE,
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
    it(`<${tag}> renders${STORE_FED.has(tag) ? '' : ' from inline JSON'}`, async () => {
      await tab.waitForFunction(
        (t) => {
          const root = document.querySelector(t)?.shadowRoot;
          // The network's cards, the flow's statuses, the resource views' rows, the wizard's drop
          // zone, the menu's select; the automations editor's first render.
          const drawn = root?.querySelectorAll(
            '[part~="node"], [part~="status"], [part~="rule"], [part~="empty"], [part~="row"], [part~="drop"], [part~="select"]:not([disabled])',
          );
          return (drawn?.length ?? 0) > 0 || (t === 'rl-automations' && (root?.childElementCount ?? 0) > 0);
        },
        tag,
        { timeout: 15000 },
      );
    });
  }

  it('<rl-import> imports a CSV and an XLSX file into the store', async () => {
    const tasks = () =>
      tab.evaluate(() => (window as unknown as RoadlinePage).roadline.project.wbsOrder().length);
    // Plans of other sizes than the page's, so a count tells that the store was replaced.
    const csvPlan: ProjectData = generateProject({ tasks: 37, seed: 4 });
    const xlsxPlan: ProjectData = generateProject({ tasks: 23, seed: 9 });
    const files = [
      { name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(toCSV(csvPlan)), tasks: 37 },
      {
        name: 'plan.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await toXLSX(xlsxPlan)),
        tasks: 23,
      },
    ];
    for (const [i, { tasks: expected, ...file }] of files.entries()) {
      await tab.locator('rl-import input[type=file]').setInputFiles(file);
      const button = tab.locator('rl-import [part~="import"]');
      await button.waitFor({ state: 'visible', timeout: 15000 });
      await tab.locator('rl-import [part~="mode"] input[value="replace"]').check();
      await button.click();
      await tab.waitForFunction(
        (n) => (window as unknown as RoadlinePage).roadline.imports.length === n,
        i + 1,
        { timeout: 15000 },
      );
      assert.equal(await tasks(), expected, `${file.name}: the file's tasks replaced the store's`);
    }
    const formats = await tab.evaluate(() => (window as unknown as RoadlinePage).roadline.imports);
    assert.deepEqual(formats, ['csv', 'xlsx']);
  });

  it('<rl-export-menu> makes every format', async () => {
    const select = tab.locator('rl-export-menu select');
    const formats = (
      await select.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))
    ).filter(Boolean);
    assert.ok(formats.includes('xlsx') && formats.includes('ics'), `formats: ${formats}`);
    for (const format of formats) await select.selectOption(format);
    await tab.waitForFunction(
      (n) => (window as unknown as RoadlinePage).roadline.exports.length === n,
      formats.length,
      { timeout: 15000 },
    );
    const made = await tab.evaluate(() => (window as unknown as RoadlinePage).roadline.exports);
    assert.deepEqual(made.map((e) => e.format).sort(), [...formats].sort());
    for (const e of made) assert.ok(e.size > 100, `${e.format}: ${e.size} bytes`);
  });

  it('records no CSP violation, error or warning', async () => {
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
    const violations = await tab.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  });
});
