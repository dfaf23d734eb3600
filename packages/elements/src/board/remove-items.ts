import { Announcer } from '../controllers/announcer.js';
import { removeTasks } from '../editing/remove-tasks.js';
import type { BoardHost, BoardSource } from './board-host.js';
import type { TableSelection } from './table-selection.js';

/**
 * Delete and Backspace on the board: the focused card, or the table's selected rows, go through
 * the one delete path (`rl-before-task-remove`, one undo step, `rl-task-remove`, announced). The
 * board's items are leaf tasks, so no question is asked.
 */
export class BoardRemoval {
  private readonly host: BoardHost;
  private readonly source: BoardSource;
  private readonly announcer: Announcer;

  constructor(host: BoardHost, source: BoardSource) {
    this.host = host;
    this.source = source;
    this.announcer = new Announcer(host);
  }

  /** Deletes `ids` when the key is Delete or Backspace; whether it was. */
  onKey(event: KeyboardEvent, ids: readonly string[]): boolean {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return false;
    event.preventDefault();
    void this.remove(ids);
    return true;
  }

  /** Delete on a table row: the selection when the row is in it, else the row; the selection lets them go. */
  async removeRows(id: string, selection: TableSelection): Promise<void> {
    const ids = selection.has(id) ? selection.ids() : [id];
    selection.drop(await this.remove(ids));
  }

  /** Deletes the items, unless the board is read-only. */
  async remove(ids: readonly string[]): Promise<readonly string[]> {
    const project = this.source.store();
    if (!project || this.host.readonly || ids.length === 0) return [];
    return removeTasks(
      {
        element: this.host,
        announce: (message) => this.announcer.announce(message),
        // Only summaries ask, and a board's items are leaves.
        confirm: () => Promise.resolve(false),
        t: this.source.t,
      },
      project,
      ids,
    );
  }
}
