/**
 * Runs every `bench/browser/*.bench.ts` in headless Chromium against the built script-tag bundle,
 * prints a table of medians and p95 and writes `bench-results/browser.json`. Needs `npm run build`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.js';
import { formatFigure, formatTable, median, percentile } from '../core/harness.js';
import type { BrowserBenchCase } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = join(root, 'packages/elements/dist');
if (!existsSync(join(dist, 'roadline.js'))) {
  console.error('bench:browser: no build found. Run npm run build first.');
  process.exit(1);
}
const filters = process.argv.slice(2);
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts') && (filters.length === 0 || filters.some((x) => f.includes(x))))
  .sort();

const server = await serveStatic([join(here, 'pages'), dist]);
// Precise heap figures and a callable gc() for the heap-after-load cases.
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const results: {
  file: string;
  name: string;
  median: number;
  p95: number;
  runs: number;
  target?: string;
  peerOf?: string;
}[] = [];
try {
  for (const file of files) {
    const cases = ((await import(pathToFileURL(join(here, file)).href)) as { default: BrowserBenchCase[] })
      .default;
    for (const c of cases) {
      const arg = c.prepare();
      const runs = c.runs ?? 5;
      const figures: number[] = [];
      for (let i = 0; i <= runs; i++) {
        const page = await browser.newPage();
        await page.goto(`${server.url}/bench.html`);
        await page.waitForFunction(() => 'Roadline' in window);
        const figure = await page.evaluate(c.measure, arg);
        await page.close();
        if (i > 0) figures.push(figure);
      }
      const result = {
        file: basename(file, '.bench.ts'),
        name: c.name,
        median: median(figures),
        p95: percentile(figures, 95),
        runs,
        ...(c.target ? { target: c.target } : {}),
        ...(c.peerOf ? { peerOf: c.peerOf } : {}),
      };
      results.push(result);
      console.log(`  ${result.file} · ${result.name}: ${formatFigure(result.median)} ms`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `\n${formatTable([
    ['suite', 'case', 'median ms', 'p95 ms', 'runs', 'target'],
    ...results.map((r) => [
      r.file,
      r.name,
      formatFigure(r.median),
      formatFigure(r.p95),
      String(r.runs),
      r.target ?? '',
    ]),
  ])}`,
);
const ratios = results.flatMap((r) => {
  const ours = results.find((o) => o.name === r.peerOf);
  return ours && r.median > 0 ? [[ours.name, r.name, `${(ours.median / r.median).toFixed(2)}×`]] : [];
});
if (ratios.length > 0) console.log(`\n${formatTable([['ours', 'peer', 'ours ÷ peer'], ...ratios])}`);
await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(
  join(root, 'bench-results/browser.json'),
  `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`,
);
console.log(`\nWrote bench-results/browser.json (${results.length} cases).`);
