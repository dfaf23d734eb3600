/** Where a column header dragged sideways goes: from its index to the header under the release. */
export interface HeaderDragOptions {
  /** The grid's column headers (`role="columnheader"`, each with `data-col`). */
  headers(): Iterable<HTMLElement>;
  move(from: number, to: number): void;
}

/** How far a press must travel before it is a drag rather than a click. */
const DRAG_SLOP = 8;

/**
 * A header pressed and dragged sideways moves its column to the header it is released over.
 * No pointer capture: a plain press stays a click on the header (which sorts). A press on a
 * resize grip (`data-resize`) is the grip's.
 */
export function headerDrag(options: HeaderDragOptions): (event: PointerEvent) => void {
  return (event) => {
    if (event.button !== 0) return;
    let from: number | undefined;
    for (const node of event.composedPath()) {
      if (!(node instanceof HTMLElement)) continue;
      if (node.dataset.resize !== undefined) return;
      if (node.getAttribute('role') === 'columnheader') {
        from = Number(node.dataset.col);
        break;
      }
    }
    if (from === undefined || Number.isNaN(from)) return;
    const start = from;
    const startX = event.clientX;
    const up = (e: PointerEvent): void => {
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      if (e.type !== 'pointerup' || Math.abs(e.clientX - startX) < DRAG_SLOP) return;
      // Layout is read once, at the release, not while the pointer moves.
      for (const head of options.headers()) {
        const box = head.getBoundingClientRect();
        if (e.clientX < box.left || e.clientX >= box.right) continue;
        const to = Number(head.dataset.col);
        if (to !== start && !Number.isNaN(to)) options.move(start, to);
        return;
      }
    };
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
  };
}
