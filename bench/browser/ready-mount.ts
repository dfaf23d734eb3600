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
