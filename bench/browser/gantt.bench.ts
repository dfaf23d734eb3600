import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProjectData } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { schedule } from '../../packages/core/src/schedule/index.js';
import { browserCase } from './harness.js';

/**
 * `<rl-gantt>` (task grid + timeline) against dhtmlx-gantt (MIT edition) and frappe-gantt, on the
 * same generated project (the tree shape of `generateProject`, seed 1) in the same run: time
 * until ready and painted, JS heap after load, and the frame work of a 100-step scroll from top to
 * bottom. The peers are benchmark-only devDependencies; their code is handed to the page as text.
 *
 * Every chart gets a 1280×720 box. The peers get the dates Roadline's engine computed (the MIT
 * edition of dhtmlx-gantt has no auto-scheduling, frappe-gantt none at all), so they draw the
 * same bars; Roadline schedules inside its clock. frappe-gantt has no hierarchy and no
 * virtualization: it gets the tasks flat, and is not run at 100k (it draws every bar).
 */

type Lib = 'roadline' | 'dhtmlx' | 'frappe';
type Metric = 'ready' | 'heap' | 'scroll-median' | 'scroll-p95';

interface Arg {
  lib: Lib;
  metric: Metric;
  /** The library's own input, as JSON text. */
  json: string;
  /** The peer's script and stylesheet, as text. */
  script?: string;
  css?: string;
}

const peerFile = (pkg: string, file: string): string =>
  readFileSync(fileURLToPath(new URL(`../../node_modules/${pkg}/${file}`, import.meta.url)), 'utf8');

const DHTMLX_LINK: Record<string, string> = { FS: '0', SS: '1', FF: '2', SF: '3' };

const projects = new Map<number, ProjectData>();
function project(tasks: number): ProjectData {
  let data = projects.get(tasks);
  if (!data) {
    data = generateProject({ tasks, seed: 1 });
    projects.set(tasks, data);
  }
  return data;
}

const scheduled = new Map<number, ReturnType<typeof schedule>>();
function dates(tasks: number): ReturnType<typeof schedule> {
  let result = scheduled.get(tasks);
  if (!result) {
    result = schedule(project(tasks));
    scheduled.set(tasks, result);
  }
  return result;
}

const spaced = (wall: string): string => (wall.includes('T') ? wall.replace('T', ' ') : `${wall} 00:00`);

function dhtmlxInput(tasks: number): string {
  const data = project(tasks);
  const result = dates(tasks);
  const parents = new Set(data.tasks.map((t) => t.parentId).filter((p) => p !== undefined));
  return JSON.stringify({
    data: data.tasks.map((t) => {
      const s = result.tasks.get(t.id);
      return {
        id: t.id,
        text: t.name,
        start_date: spaced(s?.start ?? data.start ?? '2026-01-05'),
        end_date: spaced(s?.end ?? s?.start ?? data.start ?? '2026-01-05'),
        parent: t.parentId ?? 0,
        progress: (t.progress ?? 0) / 100,
        open: true,
        ...(parents.has(t.id) ? { type: 'project' } : t.type === 'milestone' ? { type: 'milestone' } : {}),
      };
    }),
    links: (data.dependencies ?? []).map((d) => ({
      id: d.id,
      source: d.from,
      target: d.to,
      type: DHTMLX_LINK[d.type ?? 'FS'],
    })),
  });
}

function frappeInput(tasks: number): string {
  const data = project(tasks);
  const result = dates(tasks);
  const preds = new Map<string, string[]>();
  for (const d of data.dependencies ?? []) preds.set(d.to, [...(preds.get(d.to) ?? []), d.from]);
  return JSON.stringify(
    data.tasks.map((t) => {
      const s = result.tasks.get(t.id);
      const start = (s?.start ?? '2026-01-05').slice(0, 10);
      return {
        id: t.id,
        name: t.name,
        start,
        end: (s?.end ?? start).slice(0, 10),
        progress: t.progress ?? 0,
        dependencies: (preds.get(t.id) ?? []).join(','),
      };
    }),
  );
}

function prepare(lib: Lib, metric: Metric, tasks: number): () => Arg {
  return () => {
    if (lib === 'roadline') return { lib, metric, json: JSON.stringify(project(tasks)) };
    if (lib === 'dhtmlx') {
      return {
        lib,
        metric,
        json: dhtmlxInput(tasks),
        script: peerFile('dhtmlx-gantt', 'codebase/dhtmlxgantt.js'),
        css: peerFile('dhtmlx-gantt', 'codebase/dhtmlxgantt.css'),
      };
    }
    return {
      lib,
      metric,
      json: frappeInput(tasks),
      script: peerFile('frappe-gantt', 'dist/frappe-gantt.umd.js'),
      css: peerFile('frappe-gantt', 'dist/frappe-gantt.css'),
    };
  };
}

/**
 * Runs in the page. Loads the peer (outside the clock), parses the input (outside the clock),
 * mounts the chart and measures one metric. Self-contained: the page sees only this function.
 */
async function measure(arg: Arg): Promise<number> {
  type Gantt = HTMLElement & { project: unknown; updateComplete: Promise<unknown>; zoom: string };
  type Pane = HTMLElement & { updateComplete: Promise<unknown>; scrollTop: number };
  const w = window as unknown as Record<string, unknown> & {
    Roadline: { createProject(d: unknown): unknown };
    gc?: () => void;
  };
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const heap = (): number => {
    w.gc?.();
    return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  };
  if (arg.css) {
    const style = document.createElement('style');
    style.textContent = arg.css;
    document.head.append(style);
  }
  if (arg.script) {
    const script = document.createElement('script');
    script.textContent = arg.script;
    document.head.append(script);
  }
  const box = document.createElement('div');
  box.style.width = '1280px';
  box.style.height = '720px';
  box.style.overflow = 'hidden';
  document.body.append(box);

  const input: unknown = JSON.parse(arg.json);
  const heapBefore = arg.metric === 'heap' ? heap() : 0;
  const t0 = performance.now();
  let scroll: (fraction: number) => void = () => {};
  if (arg.lib === 'roadline') {
    const el = document.createElement('rl-gantt') as Gantt;
    el.style.setProperty('--rl-gantt-height', '720px');
    el.zoom = 'month';
    el.project = w.Roadline.createProject(input);
    box.append(el);
    await el.updateComplete;
    const grid = el.shadowRoot?.querySelector('rl-gantt-grid') as Pane;
    const timeline = el.shadowRoot?.querySelector('rl-timeline') as Pane;
    await grid.updateComplete;
    await timeline.updateComplete;
    const scroller = grid.shadowRoot?.querySelector('.grid') as HTMLElement;
    // The grid's scrolling box moved as a wheel or a scrollbar moves it (its `scrollTop` API
    // renders at once; a user's scroll renders from the scroll event, the path measured here).
    const end = scroller.scrollHeight - scroller.clientHeight;
    scroll = (f) => {
      scroller.scrollTop = f * end;
    };
  } else if (arg.lib === 'dhtmlx') {
    const gantt = w.gantt as {
      config: Record<string, unknown>;
      init(node: HTMLElement): void;
      parse(data: unknown): void;
      scrollTo(x: number | null, y: number | null): void;
      getScrollState(): { y: number; inner_height: number };
    };
    gantt.config.date_format = '%Y-%m-%d %H:%i';
    gantt.config.scale_unit = 'month';
    gantt.init(box);
    gantt.parse(input);
    const rows = (input as { data: unknown[] }).data.length;
    scroll = (f) => gantt.scrollTo(null, f * Math.max(0, rows * 35 - 600));
  } else {
    const Frappe = w.Gantt as new (node: HTMLElement, tasks: unknown, options: unknown) => unknown;
    new Frappe(box, input, { view_mode: 'Month' });
    scroll = (f) => {
      const s = box.querySelector('.gantt-container') as HTMLElement | null;
      if (s) s.scrollTop = f * (s.scrollHeight - s.clientHeight);
    };
  }
  await painted();
  const ready = performance.now() - t0;
  if (arg.metric === 'ready') return ready;
  if (arg.metric === 'heap') return (heap() - heapBefore) / 1_048_576;

  // Each step's main-thread work: the scroll call itself, then the next frame up to layout
  // (scroll events, re-rendering, style and layout), so work done either way counts.
  const frames: number[] = [];
  for (let i = 1; i <= 100; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    const s0 = performance.now();
    scroll(i / 100);
    document.body.getBoundingClientRect();
    const set = performance.now() - s0;
    const frame = await new Promise<number>((r) => requestAnimationFrame(r));
    await Promise.resolve();
    document.body.getBoundingClientRect();
    frames.push(set + performance.now() - frame);
  }
  frames.sort((a, b) => a - b);
  const at = arg.metric === 'scroll-p95' ? 0.95 : 0.5;
  return frames[Math.min(frames.length - 1, Math.floor(frames.length * at))] ?? 0;
}

const SIZES = [
  [1_000, '1k'],
  [10_000, '10k'],
  [100_000, '100k'],
] as const;
/** `GANTT_LIBS=roadline,dhtmlx` narrows a run (frappe-gantt alone takes minutes at 10k). */
const only = process.env.GANTT_LIBS?.split(',');
const ALL_LIBS: readonly (readonly [Lib, string])[] = [
  ['roadline', 'rl-gantt'],
  ['dhtmlx', 'dhtmlx-gantt'],
  ['frappe', 'frappe-gantt'],
];
const LIBS = ALL_LIBS.filter(([lib]) => only === undefined || only.includes(lib));
/** `GANTT_METRICS=heap,scroll-p95` narrows a run to some metrics. */
const onlyMetrics = process.env.GANTT_METRICS?.split(',');
const ALL_METRICS: readonly [Metric, string, string][] = [
  ['ready', 'ready', 'ms'],
  ['heap', 'heap after load', 'MB'],
  ['scroll-median', 'scroll 100 steps, median frame', 'ms'],
  ['scroll-p95', 'scroll 100 steps, p95 frame', 'ms'],
];
const METRICS = ALL_METRICS.filter(([m]) => onlyMetrics === undefined || onlyMetrics.includes(m));
const TARGETS: Partial<Record<string, string>> = {
  'ready 10k': '≤ 150 ms, ≤ 0.8× dhtmlx',
  'ready 100k': '≤ 1000 ms, ≤ 0.8× dhtmlx',
  'heap after load 10k': '≤ dhtmlx',
  'heap after load 100k': '≤ dhtmlx',
  'scroll 100 steps, p95 frame 100k': '≤ 16 ms',
};

const caseName = (label: string, metric: string, size: string, unit: string): string =>
  `gantt ${metric}, ${size} tasks (${unit}) · ${label}`;

export default METRICS.flatMap(([metric, metricName, unit]) =>
  SIZES.flatMap(([tasks, size]) =>
    LIBS.filter(([lib]) => !(lib === 'frappe' && tasks > 10_000))
      .filter(() => metric === 'ready' || metric === 'heap' || tasks >= 10_000)
      .map(([lib, label]) =>
        browserCase({
          name: caseName(label, metricName, size, unit),
          prepare: prepare(lib, metric, tasks),
          measure,
          runs: tasks >= 100_000 ? 3 : 5,
          ...(lib === 'roadline' && TARGETS[`${metricName} ${size}`]
            ? { target: TARGETS[`${metricName} ${size}`] as string }
            : {}),
          ...(lib === 'roadline' ? {} : { peerOf: caseName('rl-gantt', metricName, size, unit) }),
        }),
      ),
  ),
);
