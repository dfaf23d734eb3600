import type { Browser, Page } from 'playwright-core';
import { type StaticServer, serveStatic } from '../../scripts/static-server.js';
import type { TraceEvent } from './trace-event.js';

/** One static server per build, by label: the bench pages (`pages/`) beside the build's `dist`. */
export async function serveBuilds(
  pages: string,
  builds: Readonly<Record<string, string | undefined>>,
): Promise<Record<string, StaticServer>> {
  return Object.fromEntries(
    await Promise.all(
      Object.entries(builds).map(
        async ([label, dir]) => [label, await serveStatic([pages, dir as string])] as const,
      ),
    ),
  );
}

/**
 * A fresh page of `url`'s bench page with the data parsed (`__data`) and, when `loadStore`, a
 * store loaded from it (`__project`): what a first render is measured from.
 */
export async function loadedPage(
  browser: Browser,
  url: string | undefined,
  json: string,
  loadStore: boolean,
): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${url}/bench.html`);
  await page.waitForFunction(() => 'Roadline' in window);
  await page.evaluate(
    ([text, load]) => {
      const w = window as unknown as Record<string, unknown> & {
        Roadline: { createProject(data: unknown): unknown };
      };
      w.__data = JSON.parse(text as string);
      if (load) w.__project = w.Roadline.createProject(w.__data);
    },
    [json, loadStore] as const,
  );
  return page;
}

/**
 * Runs in the page (`page.evaluate(mountOnce, what)`), so it is self-contained: the measured step
 * of a cold first render, the data parsed and the store loaded before. `store` loads the store
 * again; an element tag mounts that element on the loaded store at 1280 × 720 and waits for its
 * first frame. Returns the wall time in ms.
 */
export async function mountOnce(what: 'store' | 'rl-gantt' | 'rl-timeline' | 'rl-roadmap'): Promise<number> {
  const w = window as unknown as {
    Roadline: { createProject(data: unknown): unknown };
    __data: unknown;
    __project: unknown;
  };
  const t0 = performance.now();
  if (what === 'store') {
    w.Roadline.createProject(w.__data);
    return performance.now() - t0;
  }
  const el = document.createElement(what) as HTMLElement & {
    project: unknown;
    updateComplete: Promise<unknown>;
  };
  el.style.cssText = 'width:1280px;height:720px;--rl-gantt-height:720px;--rl-roadmap-height:720px';
  if (what === 'rl-roadmap') el.setAttribute('today', '2026-03-02');
  el.project = w.__project;
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
}

/**
 * Runs `measure` on `page` under a Chromium trace of `categories`, between two user-timing marks,
 * then closes the page: what `measure` returned, the trace's events, and the two marks (their
 * `pid`, `tid` and `ts` bound the measured step). `tool` names the caller in the error when the
 * trace has no marks.
 */
export async function tracedStep<T>(
  browser: Browser,
  page: Page,
  categories: readonly string[],
  measure: () => Promise<T>,
  tool: string,
): Promise<{ value: T; events: TraceEvent[]; start: TraceEvent; end: TraceEvent }> {
  await browser.startTracing(page, { categories: [...categories, 'blink.user_timing', '__metadata'] });
  await page.evaluate(() => performance.mark('rl-step-start'));
  const value = await measure();
  await page.evaluate(() => performance.mark('rl-step-end'));
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
    .traceEvents;
  await page.close();
  const start = events.find((e) => e.name === 'rl-step-start');
  const end = events.find((e) => e.name === 'rl-step-end');
  if (!start || !end) throw new Error(`${tool}: the trace has no marks`);
  return { value, events, start, end };
}
