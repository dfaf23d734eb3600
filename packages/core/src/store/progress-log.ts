import type { Operation } from '../model/operations.js';
import type { ProgressSnapshot, Task } from '../model/types.js';

/**
 * The store's own history of progress since it was loaded, as burndown snapshots: one per day on
 * which progress changed, holding each changed task's progress at the end of that day. The first
 * one also holds every task's progress from before the first change (dated the day the store was
 * loaded), so a burndown reads the whole history from it. Committed batches of every origin count
 * (local, undo, redo, remote); previews do not. Nothing is kept until progress first changes, so
 * a store that never records progress pays nothing.
 */
export class ProgressLog {
  readonly #now: () => string;
  readonly #loadedOn: string;
  /** Progress by task id, per day (`YYYY-MM-DD`), days in the order they came. */
  readonly #days = new Map<string, Map<string, number>>();
  #snapshots: readonly ProgressSnapshot[] = Object.freeze([]);
  #stale = false;

  /** `now` is the store's clock (`YYYY-MM-DDTHH:mm`). */
  constructor(now: () => string) {
    this.#now = now;
    this.#loadedOn = now().slice(0, 10);
  }

  /**
   * Notes a committed batch. `tasks` are the store's tasks after it, read only on the first batch
   * that changes progress (to keep what every task had before).
   */
  record(operations: readonly Operation[], tasks: () => Iterable<Readonly<Task>>): void {
    let changed: Map<string, number> | undefined;
    for (const op of operations) {
      // A removed task leaves the burndown's scope: nothing to record for it.
      if (op.entity !== 'task' || op.kind === 'remove') continue;
      const before = (op.before as Partial<Task> | undefined)?.progress ?? 0;
      const after = (op.after as Partial<Task> | undefined)?.progress ?? 0;
      // An added task with progress, or an update that moved it.
      if (before === after) continue;
      changed ??= new Map();
      changed.set(op.id, after);
    }
    if (changed === undefined) return;
    if (this.#days.size === 0) this.#days.set(this.#loadedOn, this.#before(operations, tasks));
    const day = this.#now().slice(0, 10);
    let today = this.#days.get(day);
    if (today === undefined) {
      today = new Map();
      this.#days.set(day, today);
    }
    for (const [id, progress] of changed) today.set(id, progress);
    this.#stale = true;
  }

  /** The snapshots, oldest first; the same array until progress changes again. */
  snapshots(): readonly ProgressSnapshot[] {
    if (this.#stale) {
      this.#stale = false;
      this.#snapshots = Object.freeze(
        [...this.#days]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([at, progress]) =>
            Object.freeze({ at, progress: Object.freeze(Object.fromEntries(progress)) }),
          ),
      );
    }
    return this.#snapshots;
  }

  /** Every task's progress before `operations` (the batch that first changed progress). */
  #before(operations: readonly Operation[], tasks: () => Iterable<Readonly<Task>>): Map<string, number> {
    const progress = new Map<string, number>();
    for (const task of tasks()) progress.set(task.id, task.progress ?? 0);
    // Undo the batch on the copy, newest operation first.
    for (let i = operations.length - 1; i >= 0; i--) {
      const op = operations[i] as Operation;
      if (op.entity !== 'task') continue;
      if (op.kind === 'add') progress.delete(op.id);
      else progress.set(op.id, (op.before as Partial<Task> | undefined)?.progress ?? 0);
    }
    return progress;
  }
}
