/**
 * The host's box before its first render, for a view to draw only what fits from the start
 * instead of a default size: laying the page out while the shadow root is still empty is cheap,
 * and the measure after the render then finds (about) the same windows and redraws nothing.
 * `undefined` while the host has no size (not in the document, or hidden).
 */
export function hostBoxBeforeRender(host: Element): { width: number; height: number } | undefined {
  const box = host.getBoundingClientRect();
  return box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : undefined;
}
