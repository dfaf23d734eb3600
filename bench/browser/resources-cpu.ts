/**
 * The scroll cases of `resources.bench.ts` (`rl-resource-histogram`, 50 people × 2 years, week
 * zoom, 1200 × 600, 100 steps) replayed under a Chromium trace, reporting the main thread's CPU
 * time of each frame instead of its wall-clock time, as `timeline-cpu.ts` does: on a machine
 * shared with other jobs a frame's wall time is mostly waiting for a core. Needs the build:
 *
 *   node --conditions=source --import tsx bench/browser/resources-cpu.ts [runs]
 *
 * `RESOURCES_BASE=<checkout>` also bundles that checkout's histogram (say a worktree at `main`)
 * and measures both in turns, side by side in one run.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.js';
import { formatFigure, formatTable, median, percentile } from '../core/harness.js';
import { bundle, type ScrollArg, scrollFrames, team } from './resources.bench.js';
import { frameTimes, type TraceEvent } from './trace-event.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = join(root, 'packages/elements/dist');
if (!existsSync(join(dist, 'roadline.js'))) {
  console.error('resources-cpu: no build found. Run npm run build first.');
  process.exit(1);
}
const runs = Number(process.argv[2] ?? 5);
const base = process.env.RESOURCES_BASE ? resolve(process.env.RESOURCES_BASE) : undefined;

const builds: { name: string; dir: string }[] = [
  { name: 'this checkout', dir: mkdtempSync(join(tmpdir(), 'rl-res-')) },
];
bundle(root, (builds[0] as { dir: string }).dir);
if (base) {
  const dir = mkdtempSync(join(tmpdir(), 'rl-res-base-'));
  bundle(base, dir);
  builds.push({ name: `base (${base})`, dir });
}
const servers = await Promise.all(builds.map((b) => serveStatic([join(here, 'pages'), b.dir, dist])));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const json = team();
const rows: string[][] = [];
try {
  for (const axis of ['x', 'y'] as const) {
    const medians: number[][] = builds.map(() => []);
    const p95s: number[][] = builds.map(() => []);
    const maxima: number[][] = builds.map(() => []);
    for (let i = 0; i <= runs; i++) {
      for (let k = 0; k < builds.length; k++) {
        const b = (k + i) % builds.length;
        const page = await browser.newPage();
        await page.goto(`${servers[b]?.url}/bench.html`);
        await page.waitForFunction(() => 'Roadline' in window);
        await browser.startTracing(page, {
          categories: [
            'toplevel',
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'blink.user_timing',
          ],
        });
        await page.evaluate(scrollFrames, { json, axis, figure: 'median' } satisfies ScrollArg);
        const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
        await page.close();
        if (i === 0) continue; // warm-up
        const frames = frameTimes(trace.traceEvents, 'resources-cpu');
        medians[b]?.push(median(frames));
        p95s[b]?.push(percentile(frames, 95));
        maxima[b]?.push(Math.max(...frames));
      }
    }
    builds.forEach((build, b) => {
      const name = `scroll ${axis === 'x' ? 'across time' : 'through people'}, ${build.name}`;
      rows.push([
        name,
        formatFigure(median(medians[b] as number[])),
        formatFigure(median(p95s[b] as number[])),
        formatFigure(median(maxima[b] as number[])),
        String(runs),
      ]);
      console.log(`  ${name}: p95 frame ${formatFigure(median(p95s[b] as number[]))} ms CPU`);
    });
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
console.log(
  `\nrl-resource-histogram, 50 people × 2 years: main-thread CPU per frame (ms), medians over runs:\n${formatTable(
    [['case', 'median frame', 'p95 frame', 'max frame', 'runs'], ...rows],
  )}`,
);
