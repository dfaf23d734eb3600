/** Where a scroll container stood before an export laid its element out whole. */
interface ScrollMark {
  readonly el: Element;
  readonly top: number;
  readonly left: number;
}

/** The scrolled containers inside `host` (its shadow trees included), and the host itself. */
function scrolled(host: Element): ScrollMark[] {
  const marks: ScrollMark[] = [];
  const visit = (el: Element): void => {
    if (el.scrollTop !== 0 || el.scrollLeft !== 0) marks.push({ el, top: el.scrollTop, left: el.scrollLeft });
    for (const child of el.shadowRoot ? el.shadowRoot.children : []) visit(child);
    for (const child of el.children) visit(child);
  };
  visit(host);
  return marks;
}

/** The element focused inside `host`'s shadow tree, if any. */
function focusedIn(host: Element): Element | null {
  let focused = host.shadowRoot?.activeElement ?? null;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

/**
 * Runs `draw` (a picture of `host`, `domToSvg`) with the host laid out whole, then puts it back:
 * `lift(true)` renders it synchronously without virtualization and scroll limits, `lift(false)`
 * as before. The host's own scroll stands at its start while drawing, so the picture begins at
 * the content's start. Every scroll position inside the host and the page's own are restored, so
 * is the focus (on the node that took the place of a focused one, by its `data-id`), and all of
 * it runs in one task, so the browser never paints the whole layout: no flicker.
 */
export function drawWhole<T>(host: HTMLElement, lift: (whole: boolean) => void, draw: () => T): T {
  const marks = scrolled(host);
  const page = { x: globalThis.scrollX, y: globalThis.scrollY };
  const focused = focusedIn(host);
  lift(true);
  try {
    host.scrollTop = 0;
    host.scrollLeft = 0;
    return draw();
  } finally {
    lift(false);
    for (const { el, top, left } of marks) {
      el.scrollTop = top;
      el.scrollLeft = left;
    }
    const id = focused?.getAttribute('data-id');
    if (focused && !focused.isConnected && id)
      host.shadowRoot
        ?.querySelector<HTMLElement>(`${focused.localName}[data-id="${CSS.escape(id)}"]`)
        ?.focus({ preventScroll: true });
    if (globalThis.scrollX !== page.x || globalThis.scrollY !== page.y) globalThis.scrollTo(page.x, page.y);
  }
}
