/**
 * Where a cold first render's time goes: each case runs in a fresh page under a Chromium trace and
 * reports the wall time, the main thread's CPU time (its tasks' thread durations), and the CPU of
 * V8's background compilers (Maglev and Turbofan jobs on the renderer's worker threads). On a
 * two-core machine those compilers and Chromium's own processes take turns with the main thread,
 * so a cold load's wall time is well above its main-thread CPU; the CPU figure is the one a change
 * moves (and the one to compare two builds by on a shared machine). Needs the build, like `run.ts`:
 *
 *   node --conditions=source --import tsx bench/browser/ready-cpu.ts [runs]
 *
 * `ROADLINE_BASE=<dist dir>` measures that build's `roadline.js` too, page by page alternately
 * with this one, and prints both (to judge a change by its own figures rather than by noise).
 * The fastest run's main-thread CPU is printed too: on a loaded machine waiting only adds to it.
 * `READY_CASES=rl-timeline,rl-gantt` runs only the cases whose name contains one of those words.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProject } from '@roadline/core/testing';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { formatFigure, formatTable, median } from '../core/harness.js';
import { loadedPage, mountOnce, serveBuilds, tracedStep } from './ready-mount.js';
import { type TraceEvent, threadCpu } from './trace-event.js';

/** What a case mounts: `store` is `createProject` alone; an element gets a store loaded beforehand. */
interface ReadyCase {
  name: string;
  what: 'store' | 'rl-gantt' | 'rl-timeline' | 'rl-roadmap';
  json: () => string;
}

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(resolve(here, '../..'), 'packages/elements/dist');
const base = process.env.ROADLINE_BASE;
for (const dir of [dist, base]) {
  if (dir !== undefined && !existsSync(join(dir, 'roadline.js'))) {
    console.error(`ready-cpu: no roadline.js in ${dir}. Run npm run build first.`);
    process.exit(1);
  }
}
const runs = Number(process.argv[2] ?? 7);

const tasks10k = () => JSON.stringify(generateProject({ tasks: 10_000, seed: 1 }));
const features2k = () =>
  JSON.stringify(generateProject({ tasks: 2000, groups: 20, statuses: true, people: 12, seed: 7 }));
const ALL_CASES: ReadyCase[] = [
  { name: 'createProject, 10k tasks', what: 'store', json: tasks10k },
  { name: 'rl-gantt from a loaded store, 10k tasks', what: 'rl-gantt', json: tasks10k },
  { name: 'rl-timeline from a loaded store, 10k tasks', what: 'rl-timeline', json: tasks10k },
  { name: 'rl-roadmap from a loaded store, 2k features', what: 'rl-roadmap', json: features2k },
];
const only = process.env.READY_CASES?.split(',').filter(Boolean);
const CASES = only ? ALL_CASES.filter((c) => only.some((word) => c.name.includes(word))) : ALL_CASES;

/** CPU (ms) of V8's optimizing-compiler jobs in the renderer between two instants. */
function compilerCpu(events: readonly TraceEvent[], pid: number, from: number, to: number): number {
  return (
    events
      .filter(
        (e) =>
          e.pid === pid &&
          e.ph === 'X' &&
          (e.name === 'V8.TurbofanTask' || e.name === 'V8.MaglevTask') &&
          e.ts >= from &&
          e.ts <= to,
      )
      .reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000
  );
}

const builds = base === undefined ? { this: dist } : { base, this: dist };
const servers = await serveBuilds(join(here, 'pages'), builds);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const rows: string[][] = [];
try {
  for (const c of CASES) {
    const json = c.json();
    const figures = Object.fromEntries(
      Object.keys(builds).map((label) => [
        label,
        { wall: [] as number[], main: [] as number[], jit: [] as number[] },
      ]),
    );
    for (let i = 0; i <= runs; i++) {
      // Alternate which build goes first, so neither always meets the machine in the same state.
      const order = i % 2 === 0 ? Object.keys(builds) : Object.keys(builds).reverse();
      for (const label of order) {
        const page = await loadedPage(browser, servers[label]?.url, json, c.what !== 'store');
        const step = await tracedStep(
          browser,
          page,
          ['toplevel', 'v8', 'disabled-by-default-v8.compile'],
          () => page.evaluate(mountOnce, c.what),
          'ready-cpu',
        );
        if (i === 0) continue; // warm-up, as in run.ts
        const { value: wall, events, start, end } = step;
        const f = figures[label];
        f?.wall.push(wall);
        f?.main.push(threadCpu(events, start.pid, start.tid, start.ts, end.ts));
        f?.jit.push(compilerCpu(events, start.pid, start.ts, end.ts));
      }
    }
    for (const [label, f] of Object.entries(figures)) {
      const row = [
        c.name,
        ...(base === undefined ? [] : [label]),
        formatFigure(median(f.wall)),
        formatFigure(median(f.main)),
        formatFigure(Math.min(...f.main)),
        formatFigure(median(f.jit)),
        String(runs),
      ];
      rows.push(row);
      console.log(`  ${row.slice(0, -1).join(' · ')}`);
    }
  }
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
}
console.log(
  `\nCold first render, medians over runs (ms):\n${formatTable([
    [
      'case',
      ...(base === undefined ? [] : ['build']),
      'wall',
      'main-thread CPU',
      'min main-thread CPU',
      'V8 compiler CPU',
      'runs',
    ],
    ...rows,
  ])}`,
);
