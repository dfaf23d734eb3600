/**
 * The frame cases of `timeline.bench.ts` replayed under a Chromium trace, reporting the main
 * thread's CPU time of each frame (the trace's thread durations) instead of wall-clock time. On a
 * machine shared with other jobs a frame's wall time includes waiting for a core; its CPU time is
 * the element's own cost. Needs the build, like `run.ts`:
 *
 *   node --conditions=source --import tsx bench/browser/timeline-cpu.ts [runs]
 *
 * `ROADLINE_DIST=<dir>` measures another build's `roadline.js` (to compare two versions).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.js';
import { formatFigure, formatTable, median, percentile } from '../core/harness.js';
import { big, dragFrames, type FrameArg, fan, scrollFrames } from './timeline.bench.js';
import { frameTimes, type TraceEvent } from './trace-event.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.ROADLINE_DIST ?? join(resolve(here, '../..'), 'packages/elements/dist');
if (!existsSync(join(dist, 'roadline.js'))) {
  console.error('timeline-cpu: no build found. Run npm run build first.');
  process.exit(1);
}
const runs = Number(process.argv[2] ?? 5);

const cases: {
  name: string;
  json: () => string;
  measure: (arg: FrameArg) => Promise<number>;
  critical?: boolean;
}[] = [
  { name: 'scroll 100k tasks, 100 steps', json: big, measure: scrollFrames },
  { name: 'drag a task with 100 successors, 20 steps', json: fan, measure: dragFrames },
  { name: 'drag a linked task in 100k tasks, 20 steps', json: big, measure: dragFrames },
  { name: 'drag a critical task in 100k tasks, 20 steps', json: big, measure: dragFrames, critical: true },
];

const server = await serveStatic([join(here, 'pages'), dist]);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const rows: string[][] = [];
try {
  for (const c of cases) {
    const json = c.json();
    const firsts: number[] = [];
    const medians: number[] = [];
    const p95s: number[] = [];
    const maxima: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/bench.html`);
      await page.waitForFunction(() => 'Roadline' in window);
      await browser.startTracing(page, {
        categories: [
          'toplevel',
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink.user_timing',
        ],
      });
      await page.evaluate(c.measure, { json, figure: 'median', critical: c.critical } satisfies FrameArg);
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      await page.close();
      if (i === 0) continue; // warm-up, as in run.ts
      const frames = frameTimes(trace.traceEvents, 'timeline-cpu');
      firsts.push(frames[0] ?? 0);
      medians.push(median(frames));
      p95s.push(percentile(frames, 95));
      maxima.push(Math.max(...frames));
    }
    rows.push([
      c.name,
      formatFigure(median(firsts)),
      formatFigure(median(medians)),
      formatFigure(median(p95s)),
      formatFigure(median(maxima)),
      String(runs),
    ]);
    console.log(`  ${c.name}: median frame ${formatFigure(median(medians))} ms CPU`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `\nMain-thread CPU per frame (ms), medians over runs:\n${formatTable([
    ['case', 'first frame', 'median frame', 'p95 frame', 'max frame', 'runs'],
    ...rows,
  ])}`,
);
