/**
 * Where a cold first render's JavaScript time goes, function by function: the same mount as
 * `ready-cpu.ts`, under V8's sampling profiler, for one build or two side by side. Build without
 * minifying so the names are readable (`ROADLINE_MINIFY=0 node --conditions=source --import tsx
 * scripts/build.ts bundle`), then:
 *
 *   ROADLINE_BASE=<dist dir> node --conditions=source --import tsx bench/browser/ready-profile.ts rl-timeline [runs]
 *
 * Prints, per build, the mean self and total time (ms per mount) of the heaviest functions, and
 * with a base the functions whose total time moved most between the two.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProject } from '@roadline/core/testing';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { loadedPage, mountOnce, serveBuilds, tracedStep } from './ready-mount.js';
import type { TraceEvent } from './trace-event.js';

type What = 'store' | 'rl-gantt' | 'rl-timeline' | 'rl-roadmap';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(resolve(here, '../..'), 'packages/elements/dist');
const base = process.env.ROADLINE_BASE;
const what = (process.argv[2] ?? 'rl-timeline') as What;
const runs = Number(process.argv[3] ?? 5);
const top = Number(process.env.TOP ?? 40);
const mode = process.env.MODE === 'trace' ? 'trace' : 'profile';
/** `SORT=self`: the difference between the builds ordered by self time instead of total; `SORT=total`: each build's functions ordered by total time. */
const bySelf = process.env.SORT === 'self';
for (const dir of [dist, base]) {
  if (dir !== undefined && !existsSync(join(dir, 'roadline.js'))) {
    console.error(`ready-profile: no roadline.js in ${dir}. Run npm run build first.`);
    process.exit(1);
  }
}

const json =
  what === 'rl-roadmap'
    ? JSON.stringify(generateProject({ tasks: 2000, groups: 20, statuses: true, people: 12, seed: 7 }))
    : JSON.stringify(generateProject({ tasks: 10_000, seed: 1 }));

/** Self and total ms per function key, summed over one profile. */
function attribute(profile: Profile, self: Map<string, number>, total: Map<string, number>): void {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const keyOf = (n: ProfileNode) => {
    const f = n.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url ? basename(f.url) : ''}`.trim();
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const k = keyOf(node);
    self.set(k, (self.get(k) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      const key = keyOf(n);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
}

/**
 * `MODE=trace`: the main thread's CPU between the marks by trace event name instead, self (an
 * event's CPU less its children's) and total; immune to the sampling noise of a loaded machine.
 */
function selfCpu(
  events: readonly TraceEvent[],
  start: TraceEvent,
  end: TraceEvent,
  self: Map<string, number>,
  total: Map<string, number>,
): void {
  const slices = events
    .filter(
      (e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.ts >= start.ts && e.ts <= end.ts,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { e: TraceEvent; children: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { e: TraceEvent; children: number };
      if (top.e.ts + (top.e.dur ?? 0) > until) break;
      stack.pop();
      const cpu = (top.e.tdur ?? 0) / 1000;
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + cpu - top.children);
      total.set(top.e.name, (total.get(top.e.name) ?? 0) + cpu);
      const parent = stack[stack.length - 1];
      if (parent) parent.children += cpu;
    }
  };
  for (const e of slices) {
    close(e.ts);
    stack.push({ e, children: 0 });
  }
  close(Number.POSITIVE_INFINITY);
}

const builds = base === undefined ? { this: dist } : { base, this: dist };
const servers = await serveBuilds(join(here, 'pages'), builds);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const figures: Record<string, { self: Map<string, number>; total: Map<string, number>; wall: number[] }> = {};
for (const label of Object.keys(builds)) figures[label] = { self: new Map(), total: new Map(), wall: [] };
try {
  for (let i = 0; i <= runs; i++) {
    const order = i % 2 === 0 ? Object.keys(builds) : Object.keys(builds).reverse();
    for (const label of order) {
      const page = await loadedPage(browser, servers[label]?.url, json, what !== 'store');
      const f = figures[label];
      if (!f) continue;
      if (mode === 'trace') {
        const step = await tracedStep(
          browser,
          page,
          ['toplevel', 'devtools.timeline', 'blink', 'v8', 'disabled-by-default-v8.compile'],
          () => page.evaluate(mountOnce, what),
          'ready-profile',
        );
        if (i === 0) continue;
        const wall = step.value;
        f.wall.push(wall);
        selfCpu(step.events, step.start, step.end, f.self, f.total);
        continue;
      }
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      const wall = await page.evaluate(mountOnce, what);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await page.close();
      if (i === 0) continue;
      f.wall.push(wall);
      attribute(profile, f.self, f.total);
    }
  }
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
}

const fmt = (ms: number) => (ms / runs).toFixed(2).padStart(8);
for (const [label, f] of Object.entries(figures)) {
  const wall = [...f.wall].sort((a, b) => a - b)[Math.floor(f.wall.length / 2)] ?? 0;
  console.log(`\n== ${label}: ${what}, median wall ${wall.toFixed(0)} ms; mean ms per mount (self, total)`);
  const rows = [...(process.env.SORT === 'total' ? f.total : f.self).entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k]) => [k, f.self.get(k) ?? 0] as const);
  for (const [k, s] of rows) console.log(`${fmt(s)} ${fmt(f.total.get(k) ?? 0)}  ${k}`);
}
if (base !== undefined) {
  const a = figures.base;
  const b = figures.this;
  if (a && b) {
    const keys = new Set([...a.total.keys(), ...b.total.keys()]);
    const moved = [...keys]
      .map((k) => ({
        k,
        total: (b.total.get(k) ?? 0) - (a.total.get(k) ?? 0),
        self: (b.self.get(k) ?? 0) - (a.self.get(k) ?? 0),
      }))
      .sort((x, y) => (bySelf ? Math.abs(y.self) - Math.abs(x.self) : Math.abs(y.total) - Math.abs(x.total)))
      .slice(0, top);
    console.log(`\n== this − base, mean ms per mount (self, total), by |${bySelf ? 'self' : 'total'}|`);
    for (const m of moved) console.log(`${fmt(m.self)} ${fmt(m.total)}  ${m.k}`);
  }
}
