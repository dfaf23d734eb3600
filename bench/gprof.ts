import { writeFileSync } from 'node:fs';
import { generateProject } from '@roadline/core/testing';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.js';
const labels = ['base', 'main'];
const servers: Record<string, { url: string; close(): Promise<void> }> = {};
for (const l of labels) servers[l] = await serveStatic(['/tmp/gprof', `/tmp/gprof/${l}`]);
const json = JSON.stringify(generateProject({ tasks: 10_000, seed: 1 }));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const agg: Record<string, Map<string, number>> = { base: new Map(), main: new Map() };
const totals: Record<string, number[]> = { base: [], main: [] };
const runs = Number(process.argv[2] ?? 5);
for (let i = 0; i <= runs; i++) {
  for (const l of i % 2 ? labels : [...labels].reverse()) {
    const page = await browser.newPage();
    await page.goto(`${servers[l]!.url}/bench.html`);
    await page.waitForFunction(() => 'Roadline' in window);
    await page.evaluate((text) => { const w = window as any; w.__project = w.Roadline.createProject(JSON.parse(text)); }, json);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate(async () => {
      const el = document.createElement('rl-gantt') as any;
      el.style.cssText = 'width:1280px;height:720px;--rl-gantt-height:720px';
      el.project = (window as any).__project;
      document.body.append(el);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    });
    const { profile } = (await cdp.send('Profiler.stop')) as any;
    await page.close();
    if (i === 0) continue;
    const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
    const self = new Map<number, number>();
    profile.samples.forEach((s: number, k: number) => self.set(s, (self.get(s) ?? 0) + (profile.timeDeltas[k] ?? 0)));
    let total = 0;
    for (const [id, us] of self) {
      const n = byId.get(id);
      const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
      if (key.startsWith('(idle)') || key.startsWith('(program)')) continue;
      total += us;
      agg[l]!.set(key, (agg[l]!.get(key) ?? 0) + us);
    }
    totals[l]!.push(total / 1000);
  }
}
await browser.close();
for (const l of labels) await servers[l]!.close();
for (const l of labels) {
  console.log(`\n== ${l}: sampled JS+GC ms per run`, totals[l]!.map((x) => x.toFixed(0)).join(' '));
  [...agg[l]!].sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, v]) => console.log((v / 1000 / runs).toFixed(1).padStart(7), k));
}
writeFileSync('/tmp/gprof/agg.json', JSON.stringify(Object.fromEntries(labels.map((l) => [l, [...agg[l]!]]))));
