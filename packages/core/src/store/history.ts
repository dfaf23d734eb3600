import type { Operation } from '../model/operations.js';

/**
 * The undo and redo stacks: one entry per committed local transaction. Unlimited unless a limit
 * is given; past the limit the oldest entries are dropped.
 */
export class History {
  private readonly undoStack: (readonly Operation[])[] = [];
  private readonly redoStack: (readonly Operation[])[] = [];

  constructor(private readonly limit: number = Number.POSITIVE_INFINITY) {}

  /** Records a new local change; it clears redo. */
  record(operations: readonly Operation[]): void {
    this.redoStack.length = 0;
    this.pushUndo(operations);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The most recent undoable batch (still on the stack). */
  peekUndo(): readonly Operation[] | undefined {
    return this.undoStack[this.undoStack.length - 1];
  }

  peekRedo(): readonly Operation[] | undefined {
    return this.redoStack[this.redoStack.length - 1];
  }

  /** Moves the top undo entry to redo, once its inverse has been applied. */
  undone(): void {
    const entry = this.undoStack.pop();
    if (entry !== undefined) this.redoStack.push(entry);
  }

  /** Moves the top redo entry back to undo, once it has been re-applied. */
  redone(): void {
    const entry = this.redoStack.pop();
    if (entry !== undefined) this.pushUndo(entry);
  }

  /** Replaces every recorded operation by `map(op)` (ids renamed under the entries, say). */
  rewrite(map: (op: Operation) => Operation): void {
    for (const stack of [this.undoStack, this.redoStack]) {
      for (let i = 0; i < stack.length; i++) {
        const entry = stack[i] as readonly Operation[];
        let next: Operation[] | undefined;
        for (let j = 0; j < entry.length; j++) {
          const op = map(entry[j] as Operation);
          if (op === entry[j]) continue;
          next ??= [...entry];
          next[j] = op;
        }
        if (next !== undefined) stack[i] = Object.freeze(next);
      }
    }
  }

  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
  }

  private pushUndo(operations: readonly Operation[]): void {
    if (this.limit <= 0) return;
    this.undoStack.push(operations);
    if (this.undoStack.length > this.limit) this.undoStack.splice(0, this.undoStack.length - this.limit);
  }
}
