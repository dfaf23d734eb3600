import type { Operation } from '../model/operations.js';
import type { StatusTransition, StatusHistory } from '../model/types.js';

/**
 * The store's own history of status changes since it was loaded: one {@link StatusTransition}
 * per task whose status a committed batch changed, with the batch's origin and the store's clock.
 * Committed batches of every origin count (local, undo, redo, remote); previews do not. A task
 * added counts as entering its status (`from: null`), one removed as leaving it (`to: null`).
 * The log keeps raw facts; what an undo means for the flow is the reader's choice (`workflow` in
 * analytics cancels the step an undo reverts). Nothing is allocated until a status first changes.
 */
export class StatusLog {
  readonly #now: () => string;
  readonly #since: string;
  readonly #list: StatusTransition[] = [];
  #history: StatusHistory;

  /** `now` is the store's clock (`YYYY-MM-DDTHH:mm`). */
  constructor(now: () => string) {
    this.#now = now;
    this.#since = now();
    this.#history = Object.freeze({ since: this.#since, transitions: Object.freeze([]) });
  }

  /** Notes a committed batch of `origin`. */
  record(operations: readonly Operation[], origin: StatusTransition['origin']): void {
    let at: string | undefined;
    for (const op of operations) {
      if (op.entity !== 'task') continue;
      const from = op.kind === 'add' ? null : statusOf(op.before);
      const to = op.kind === 'remove' ? null : statusOf(op.after);
      // Snapshots are whole tasks: an update that left the status alone (most do) is no step.
      if (from === to) continue;
      at ??= this.#now();
      this.#list.push(Object.freeze({ at, task: op.id, from, to, origin }));
    }
    if (at !== undefined) {
      this.#history = Object.freeze({ since: this.#since, transitions: Object.freeze(this.#list.slice()) });
    }
  }

  /** The history; the same object until a status changes again. */
  history(): StatusHistory {
    return this.#history;
  }
}

/** A task's status in an operation's snapshot: `''` for none. */
function statusOf(snapshot: unknown): string {
  const status = (snapshot as { status?: unknown } | undefined)?.status;
  return typeof status === 'string' ? status : '';
}
