/**
 * What showing presence costs rl-roadmap to mount: the main thread's CPU time (its tasks' thread
 * durations, from a Chromium trace) of 200 mounts and unmounts of a small roadmap and of one cold
 * first render of 2k features, each with no session and in a shared project (status `synced`, three
 * peers, one of them selecting a feature), in both views. Each run is a fresh page. Needs the build:
 *
 *   node --conditions=source --import tsx bench/browser/roadmap-presence-cpu.ts [runs]
 *
 * `ROADLINE_BASE=<dist dir>` measures that build's `roadline.js` too, page by page alternately with
 * this one, and prints both (on a loaded machine, judge a change by these side-by-side figures).
 * `CASES=<text>` runs only the cases whose name contains it (e.g. `CASES="200 mounts"`).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProject } from '@roadline/core/testing';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { formatFigure, formatTable, median } from '../core/harness.js';
import { serveBuilds, tracedStep } from './ready-mount.js';
import { threadCpu } from './trace-event.js';

interface Case {
  name: string;
  /** Mounts and unmounts this many roadmaps one after another (1: one cold first render). */
  mounts: number;
  shared: boolean;
  view: 'timeline' | 'buckets';
  json: () => string;
}

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(resolve(here, '../..'), 'packages/elements/dist');
const base = process.env.ROADLINE_BASE;
for (const dir of [dist, base]) {
  if (dir !== undefined && !existsSync(join(dir, 'roadline.js'))) {
    console.error(`roadmap-presence-cpu: no roadline.js in ${dir}. Run npm run build first.`);
    process.exit(1);
  }
}
const runs = Number(process.argv[2] ?? 5);

const small = () => JSON.stringify(generateProject({ tasks: 40, groups: 4, statuses: true, seed: 3 }));
const features2k = () =>
  JSON.stringify(generateProject({ tasks: 2000, groups: 20, statuses: true, people: 12, seed: 7 }));
const CASES: Case[] = [];
for (const view of ['timeline', 'buckets'] as const) {
  for (const shared of [false, true]) {
    const who = shared ? 'shared, 3 peers' : 'no session';
    CASES.push({ name: `200 mounts, 40 features, ${view}, ${who}`, mounts: 200, shared, view, json: small });
    CASES.push({
      name: `first render, 2k features, ${view}, ${who}`,
      mounts: 1,
      shared,
      view,
      json: features2k,
    });
  }
}

const only = process.env.CASES;
const chosen = only === undefined ? CASES : CASES.filter((c) => c.name.includes(only));

/** Runs in the page: the measured mounts only (the store is loaded and the session set before). */
async function mountAll(c: { mounts: number; view: string }): Promise<number> {
  const w = window as unknown as { __project: unknown };
  const t0 = performance.now();
  for (let i = 0; i < c.mounts; i++) {
    const el = document.createElement('rl-roadmap') as HTMLElement & {
      project: unknown;
      updateComplete: Promise<unknown>;
    };
    el.style.cssText = 'width:1280px;--rl-roadmap-height:720px';
    el.setAttribute('today', '2026-03-02');
    el.setAttribute('view', c.view);
    el.project = w.__project;
    document.body.append(el);
    await el.updateComplete;
    if (c.mounts === 1) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      break;
    }
    // Styled and laid out, as a mount the user sees; then gone.
    el.getBoundingClientRect();
    el.remove();
  }
  return performance.now() - t0;
}

const builds = base === undefined ? { this: dist } : { base, this: dist };
const servers = await serveBuilds(join(here, 'pages'), builds);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const rows: string[][] = [];
try {
  for (const c of chosen) {
    const json = c.json();
    const figures = Object.fromEntries(
      Object.keys(builds).map((label) => [label, { wall: [] as number[], main: [] as number[] }]),
    );
    for (let i = 0; i <= runs; i++) {
      const order = i % 2 === 0 ? Object.keys(builds) : Object.keys(builds).reverse();
      for (const label of order) {
        const page = await browser.newPage();
        await page.goto(`${servers[label]?.url}/bench.html`);
        await page.waitForFunction(() => 'Roadline' in window);
        await page.evaluate(
          ([text, shared]) => {
            type Presence = {
              setStatus(s: string): void;
              setPeers(p: unknown[]): void;
            };
            const w = window as unknown as Record<string, unknown> & {
              Roadline: {
                createProject(data: unknown): { wbsOrder(): string[] };
                presenceOf(p: unknown): Presence;
              };
            };
            const project = w.Roadline.createProject(JSON.parse(text as string));
            w.__project = project;
            if (!shared) return;
            const presence = w.Roadline.presenceOf(project);
            presence.setStatus('synced');
            const first = project.wbsOrder().at(-1) as string;
            presence.setPeers([
              { clientId: 1, user: { id: 'd', name: 'Dana Scully', color: '#c2185b' }, selection: [first] },
              { clientId: 2, user: { id: 'e', name: 'Eli Okafor', color: '#1565c0' } },
              { clientId: 3, user: { id: 's', name: 'Sam Ito', color: '#2e7d32' } },
            ]);
          },
          [json, c.shared] as const,
        );
        const step = await tracedStep(
          browser,
          page,
          ['toplevel'],
          () => page.evaluate(mountAll, { mounts: c.mounts, view: c.view }),
          'roadmap-presence-cpu',
        );
        if (i === 0) continue; // warm-up
        const { value: wall, events, start, end } = step;
        figures[label]?.wall.push(wall);
        figures[label]?.main.push(threadCpu(events, start.pid, start.tid, start.ts, end.ts));
      }
    }
    for (const [label, f] of Object.entries(figures)) {
      const row = [
        c.name,
        ...(base === undefined ? [] : [label]),
        formatFigure(median(f.wall)),
        formatFigure(median(f.main)),
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
  `\nrl-roadmap mount with and without presence, medians over runs (ms):\n${formatTable([
    ['case', ...(base === undefined ? [] : ['build']), 'wall', 'main-thread CPU', 'runs'],
    ...rows,
  ])}`,
);
