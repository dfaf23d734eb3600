/**
 * The task grids' one virtualizer: row slots. Only the rows in the window (core's `rowWindow`)
 * are in the DOM, each absolutely placed at its row's offset; row `r` renders in slot
 * `r % slots`, so a row that stays in view keeps its node and, guarded by what it shows, is not
 * rendered again, and a row scrolled in takes over the node of one scrolled out (the same
 * template, so only its values change). The slot count only grows, so scrolling back and forth
 * never moves a row that stayed in view.
 *
 * A grid may keep one row (the active one, holding focus) out of the slots and render it in a
 * place of its own, so the focused node is never reused for another row.
 */
export class RowSlots {
  private size = 0;

  /** The row each slot shows for the window `[first, end)`, −1 for an empty slot; `skip` left out. */
  place(first: number, end: number, skip = -1): number[] {
    this.size = Math.max(this.size, end - first);
    const slots: number[] = new Array(this.size).fill(-1);
    for (let r = first; r < end; r++) if (r !== skip) slots[r % this.size] = r;
    return slots;
  }
}
