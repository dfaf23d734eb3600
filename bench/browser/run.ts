/**
 * Runs every `bench/browser/*.bench.ts` in headless Chromium against the built script-tag bundle,
 * prints a table of medians and p95 and writes `bench-results/browser.json`. Needs `npm run build`.
 * Arguments narrow the run to files whose names contain them; `BENCH_CASE=<text>` to cases whose
 * names contain that text.
 *
 * `ROADLINE_BASE=<dist dir>` measures that build's `roadline.js` too (say a build of the previous
 * commit), page by page alternately with this one, so both builds meet the same machine load; the
 * table then has a row per build and the ratio of this build to the base. Peer cases run once.
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
const baseDist = process.env.ROADLINE_BASE ? resolve(process.env.ROADLINE_BASE) : undefined;
for (const dir of [dist, baseDist]) {
  if (dir !== undefined && !existsSync(join(dir, 'roadline.js'))) {
    console.error(`bench:browser: no roadline.js in ${dir}. Run npm run build first.`);
    process.exit(1);
  }
}
const filters = process.argv.slice(2);
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts') && (filters.length === 0 || filters.some((x) => f.includes(x))))
  .sort();

const onlyCase = process.env.BENCH_CASE;
const server = await serveStatic([join(here, 'pages'), dist]);
const baseServer = baseDist ? await serveStatic([join(here, 'pages'), baseDist]) : undefined;
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
  /** `base` for the figures of the `ROADLINE_BASE` build. */
  build?: string;
}[] = [];
try {
  for (const file of files) {
    const cases = ((await import(pathToFileURL(join(here, file)).href)) as { default: BrowserBenchCase[] })
      .default;
    for (const c of cases) {
      if (onlyCase && !c.name.includes(onlyCase)) continue;
      const arg = c.prepare();
      const runs = c.runs ?? 5;
      // A peer library's case does not load Roadline: it runs once, not per build.
      const builds = baseServer && !c.peerOf ? [server, baseServer] : [server];
      const figures: number[][] = builds.map(() => []);
      // One warm-up page per build, then the builds take turns, the first of a round alternating.
      for (let i = 0; i <= runs; i++) {
        for (let k = 0; k < builds.length; k++) {
          const b = (k + i) % builds.length;
          const page = await browser.newPage();
          await page.goto(`${(builds[b] as typeof server).url}/bench.html`);
          await page.waitForFunction(() => 'Roadline' in window);
          const figure = await page.evaluate(c.measure, arg);
          await page.close();
          if (i > 0) figures[b]?.push(figure);
        }
      }
      builds.forEach((_, b) => {
        const f = figures[b] as number[];
        const result = {
          file: basename(file, '.bench.ts'),
          name: c.name,
          ...(b > 0 ? { build: 'base' } : {}),
          median: median(f),
          p95: percentile(f, 95),
          runs,
          ...(c.target ? { target: c.target } : {}),
          ...(c.peerOf ? { peerOf: c.peerOf } : {}),
        };
        results.push(result);
        console.log(
          `  ${result.file} · ${result.name}${b > 0 ? ' (base)' : ''}: ${formatFigure(result.median)} ms`,
        );
      });
    }
  }
} finally {
  await browser.close();
  await server.close();
  await baseServer?.close();
}
console.log(
  `\n${formatTable([
    ['suite', 'case', 'median ms', 'p95 ms', 'runs', 'target'],
    ...results.map((r) => [
      r.file,
      r.build ? `${r.name} (base)` : r.name,
      formatFigure(r.median),
      formatFigure(r.p95),
      String(r.runs),
      r.target ?? '',
    ]),
  ])}`,
);
const ours = results.filter((r) => r.build === undefined);
const bases = results.filter((r) => r.build === 'base');
if (bases.length > 0) {
  const rows = bases.flatMap((b) => {
    const now = ours.find((o) => o.file === b.file && o.name === b.name);
    return now && b.median > 0
      ? [[b.name, formatFigure(now.median), formatFigure(b.median), `${(now.median / b.median).toFixed(2)}×`]]
      : [];
  });
  console.log(`\n${formatTable([['case', 'this build', 'base', 'this ÷ base'], ...rows])}`);
}
const ratios = ours.flatMap((peer) => {
  const mine = ours.find((o) => o.name === peer.peerOf);
  return mine && peer.median > 0
    ? [[mine.name, peer.name, `${(mine.median / peer.median).toFixed(2)}×`]]
    : [];
});
if (ratios.length > 0) console.log(`\n${formatTable([['ours', 'peer', 'ours ÷ peer'], ...ratios])}`);
await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(
  join(root, 'bench-results/browser.json'),
  `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`,
);
console.log(`\nWrote bench-results/browser.json (${results.length} cases).`);
