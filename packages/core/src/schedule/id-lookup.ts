/** How many ids after the last one found are compared before the map is asked. */
const LOOKAHEAD = 4;

/**
 * Resolves task ids to task numbers during one pass over references in data order (parents,
 * link ends). Data lists tasks in outline order and links beside the tasks they join, so the id
 * wanted is usually the one found last or one of the next few: those are compared first (in
 * cache), and only a miss probes the map (a table as large as the project, a cache miss per
 * probe at a million tasks). Always exact: a miss costs a few string comparisons.
 */
export class IdLookup {
  readonly #ids: readonly string[];
  readonly #index: ReadonlyMap<string, number>;
  #last = 0;

  constructor(ids: readonly string[], index: ReadonlyMap<string, number>) {
    this.#ids = ids;
    this.#index = index;
  }

  /** The task number of `id`, or -1 when no task has it (or it is not a string). */
  find(id: unknown): number {
    const ids = this.#ids;
    const last = this.#last;
    const end = Math.min(last + LOOKAHEAD, ids.length);
    for (let j = last; j < end; j++) {
      if (ids[j] === id) {
        this.#last = j;
        return j;
      }
    }
    const j = typeof id === 'string' ? this.#index.get(id) : undefined;
    if (j === undefined) return -1;
    this.#last = j;
    return j;
  }
}
