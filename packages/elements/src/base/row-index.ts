import type { Project } from '@roadline/core';

/**
 * Where a task's row is in the list of rows a view shows. While the rows are the store's own WBS
 * order (nothing hidden or sorted), the store's shared index answers; otherwise a map of the list
 * is made on first use and kept while the view shows the same list.
 */
export class RowIndex {
  #rows: readonly string[] | undefined;
  #map: Map<string, number> | undefined;

  /** The row of `id` in `rows` (−1: not shown). */
  of(project: Project, rows: readonly string[], id: string): number {
    if (rows === project.wbsOrder()) return project.wbsIndex(id);
    if (rows !== this.#rows) {
      this.#rows = rows;
      this.#map = undefined;
    }
    if (this.#map === undefined) {
      const map = new Map<string, number>();
      for (let i = 0; i < rows.length; i++) map.set(rows[i] as string, i);
      this.#map = map;
    }
    return this.#map.get(id) ?? -1;
  }
}
